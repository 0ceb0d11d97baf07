import type { CityId } from '../../../config/settings'
import type { LettersPort } from '../../services/letters/letters-port'
import type { CaseState } from '../../services/letters/letters-schemas'
import { myLetters } from './stores/my-letters-store'

/** A case in one of these states changes only if the citizen acts (rates it), so it is not asked again. */
const SETTLED: readonly CaseState[] = ['closed', 'not-accepted', 'merged']

/**
 * Asks the service for every case of the citizen's that can still change and stores what it says, so
 * new replies show as unread. Resolves to false when any of them could not be fetched.
 */
export async function refreshMyLetters(letters: LettersPort, city: CityId): Promise<boolean> {
  const open = (myLetters.getState().byCity[city] ?? []).filter((c) => !SETTLED.includes(c.state))
  if (open.length === 0) return true
  const answers = await Promise.allSettled(open.map((c) => letters.getCase(city, c.caseNumber)))
  const fresh = answers.flatMap((answer) => (answer.status === 'fulfilled' ? [answer.value] : []))
  myLetters.getState().casesRefreshed(city, fresh)
  return fresh.length === open.length
}
