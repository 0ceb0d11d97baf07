/** H5 and tests: the stories mock is a chunk of its own, fetched on the first stories call. */
export const loadStoriesMock = () => import(/* webpackChunkName: "stories-mock" */ './stories-mock')
