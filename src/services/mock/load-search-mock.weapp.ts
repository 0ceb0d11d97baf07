import { createMockHandover } from './mock-handover'

// The main package cannot afford this mock: its subpackage's pages hand it over (mock-handover.ts).
const handover = createMockHandover<typeof import('./search-mock')>()

export const searchMockProvided = handover.provide
export const loadSearchMock = handover.load
