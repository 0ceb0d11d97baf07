type LettersMockModule = typeof import('./letters-mock')

// The main package cannot afford the letters mock, so it ships in the letters subpackage, whose pages
// hand it over (provide-letters-mock.weapp.ts) as they load. A call made before then (the launch-time
// refresh of the citizen's letters) waits for it.
let provided: LettersMockModule | null = null
const waiting: ((mock: LettersMockModule) => void)[] = []

export function lettersMockProvided(mock: LettersMockModule): void {
  provided = mock
  waiting.splice(0).forEach((resolve) => resolve(mock))
}

export function loadLettersMock(): Promise<LettersMockModule> {
  return provided ? Promise.resolve(provided) : new Promise((resolve) => waiting.push(resolve))
}
