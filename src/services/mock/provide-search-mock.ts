// H5 and tests load the search mock on demand (load-search-mock.ts): nothing to provide.
export {}
