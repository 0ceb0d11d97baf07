import type { ConsultationsPort } from './consultations/consultations-port'
import type { LettersPort } from './letters/letters-port'
import type { LookupsPort } from './lookups/lookups-port'
import type { MatrixPort } from './matrix/matrix-port'
import type { NewsPort } from './news/news-port'
import type { QuestionsPort } from './questions/questions-port'
import type { StoriesPort } from './stories/stories-port'
import type { SearchPort } from './search/search-port'

/** Every port the app talks to. Each portal's issue adds its own. */
export interface Api {
  news: NewsPort
  letters: LettersPort
  lookups: LookupsPort
  questions: QuestionsPort
  consultations: ConsultationsPort
  matrix: MatrixPort
  search: SearchPort
  stories: StoriesPort
}
