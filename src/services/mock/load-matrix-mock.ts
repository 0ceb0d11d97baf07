/** H5 and tests: the matrix mock is a chunk of its own, fetched on the first matrix call. */
export const loadMatrixMock = () => import(/* webpackChunkName: "matrix-mock" */ './matrix-mock')
