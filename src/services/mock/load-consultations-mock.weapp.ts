import { createMockHandover } from './mock-handover'

// The main package cannot afford this mock: its subpackage's pages hand it over (mock-handover.ts).
const handover = createMockHandover<typeof import('./consultations-mock')>()

export const consultationsMockProvided = handover.provide
export const loadConsultationsMock = handover.load
