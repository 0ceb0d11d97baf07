/** H5 and tests: the questions mock is a chunk of its own, fetched on the first questions call. */
export const loadQuestionsMock = () => import(/* webpackChunkName: "questions-mock" */ './questions-mock')
