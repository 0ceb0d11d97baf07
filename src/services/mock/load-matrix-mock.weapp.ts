import { createMockHandover } from './mock-handover'

// The main package cannot afford this mock: its subpackage's pages hand it over (mock-handover.ts).
const handover = createMockHandover<typeof import('./matrix-mock')>()

export const matrixMockProvided = handover.provide
export const loadMatrixMock = handover.load
