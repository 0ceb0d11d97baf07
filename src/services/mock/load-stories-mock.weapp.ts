import { createMockHandover } from './mock-handover'

// The main package cannot afford this mock: its subpackage's pages hand it over (mock-handover.ts).
const handover = createMockHandover<typeof import('./stories-mock')>()

export const storiesMockProvided = handover.provide
export const loadStoriesMock = handover.load
