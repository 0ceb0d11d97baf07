/** H5 and tests: the letters mock is a chunk of its own, fetched on the first letters call. */
export const loadLettersMock = () => import(/* webpackChunkName: "letters-mock" */ './letters-mock')
