// H5 and tests load the letters mock on demand (load-letters-mock.ts): nothing to provide.
export {}
