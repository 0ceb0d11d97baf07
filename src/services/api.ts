import type { LettersPort } from './letters/letters-port'
import type { NewsPort } from './news/news-port'

/** Every port the app talks to. Each portal's issue adds its own. */
export interface Api {
  news: NewsPort
  letters: LettersPort
}
