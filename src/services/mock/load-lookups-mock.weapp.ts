type LookupsMockModule = typeof import('./lookups-mock')

// The main package cannot afford the look-ups mock and its data, so it ships in the services
// subpackage, whose pages hand it over (provide-lookups-mock.weapp.ts) as they load. A call made before
// then waits for it.
let provided: LookupsMockModule | null = null
const waiting: ((mock: LookupsMockModule) => void)[] = []

export function lookupsMockProvided(mock: LookupsMockModule): void {
  provided = mock
  waiting.splice(0).forEach((resolve) => resolve(mock))
}

export function loadLookupsMock(): Promise<LookupsMockModule> {
  return provided ? Promise.resolve(provided) : new Promise((resolve) => waiting.push(resolve))
}
