/** H5 and tests: the look-ups mock is a chunk of its own, fetched on the first look-up. */
export const loadLookupsMock = () => import(/* webpackChunkName: "lookups-mock" */ './lookups-mock')
