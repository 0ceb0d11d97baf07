// H5 and tests load the look-ups mock on demand (load-lookups-mock.ts): nothing to provide.
export {}
