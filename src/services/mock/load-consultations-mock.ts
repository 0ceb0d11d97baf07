/** H5 and tests: the consultations mock is a chunk of its own, fetched on the first consultations call. */
export const loadConsultationsMock = () => import(/* webpackChunkName: "consultations-mock" */ './consultations-mock')
