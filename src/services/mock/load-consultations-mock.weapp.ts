type ConsultationsMockModule = typeof import('./consultations-mock')

// The main package cannot afford the consultations mock and its fixtures, so it ships in the
// consultations subpackage, whose pages hand it over (provide-consultations-mock.weapp.ts) as they load.
// A call made before then waits for it.
let provided: ConsultationsMockModule | null = null
const waiting: ((mock: ConsultationsMockModule) => void)[] = []

export function consultationsMockProvided(mock: ConsultationsMockModule): void {
  provided = mock
  waiting.splice(0).forEach((resolve) => resolve(mock))
}

export function loadConsultationsMock(): Promise<ConsultationsMockModule> {
  return provided ? Promise.resolve(provided) : new Promise((resolve) => waiting.push(resolve))
}
