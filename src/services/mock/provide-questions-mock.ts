// H5 and tests load the questions mock on demand (load-questions-mock.ts): nothing to provide.
export {}
