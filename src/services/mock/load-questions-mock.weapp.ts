import { createMockHandover } from './mock-handover'

// The main package cannot afford this mock: its subpackage's pages hand it over (mock-handover.ts).
const handover = createMockHandover<typeof import('./questions-mock')>()

export const questionsMockProvided = handover.provide
export const loadQuestionsMock = handover.load
