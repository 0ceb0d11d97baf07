import { createMockHandover } from './mock-handover'

// The main package cannot afford this mock: its subpackage's pages hand it over (mock-handover.ts).
const handover = createMockHandover<typeof import('./lookups-mock')>()

export const lookupsMockProvided = handover.provide
export const loadLookupsMock = handover.load
