// H5 and tests load the matrix mock on demand (load-matrix-mock.ts): nothing to provide.
export {}
