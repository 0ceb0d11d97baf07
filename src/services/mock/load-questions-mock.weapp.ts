type QuestionsMockModule = typeof import('./questions-mock')

// The main package cannot afford the questions mock and its fixtures, so it ships in the questions
// subpackage, whose pages hand it over (provide-questions-mock.weapp.ts) as they load. A call made
// before then waits for it.
let provided: QuestionsMockModule | null = null
const waiting: ((mock: QuestionsMockModule) => void)[] = []

export function questionsMockProvided(mock: QuestionsMockModule): void {
  provided = mock
  waiting.splice(0).forEach((resolve) => resolve(mock))
}

export function loadQuestionsMock(): Promise<QuestionsMockModule> {
  return provided ? Promise.resolve(provided) : new Promise((resolve) => waiting.push(resolve))
}
