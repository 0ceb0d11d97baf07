import type { ConsultationsPort } from './consultations/consultations-port'
import type { LettersPort } from './letters/letters-port'
import type { LookupsPort } from './lookups/lookups-port'
import type { NewsPort } from './news/news-port'
import type { QuestionsPort } from './questions/questions-port'

/** Every port the app talks to. Each portal's issue adds its own. */
export interface Api {
  news: NewsPort
  letters: LettersPort
  lookups: LookupsPort
  questions: QuestionsPort
  consultations: ConsultationsPort
}
