// H5 and tests load the stories mock on demand (load-stories-mock.ts): nothing to provide.
export {}
