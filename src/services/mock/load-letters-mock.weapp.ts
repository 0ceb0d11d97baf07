import { createMockHandover } from './mock-handover'

// The main package cannot afford this mock: its subpackage's pages hand it over (mock-handover.ts).
const handover = createMockHandover<typeof import('./letters-mock')>()

export const lettersMockProvided = handover.provide
export const loadLettersMock = handover.load
