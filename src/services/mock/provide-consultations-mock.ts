// H5 and tests load the consultations mock on demand (load-consultations-mock.ts): nothing to provide.
export {}
