/** H5 and tests: the search mock is a chunk of its own, fetched on the first search call. */
export const loadSearchMock = () => import(/* webpackChunkName: "search-mock" */ './search-mock')
