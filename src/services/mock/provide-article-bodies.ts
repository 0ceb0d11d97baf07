// H5 and tests load article bodies on demand (load-fixtures.ts): nothing to provide.
export {}
