import type { CityId } from '../../../config/settings'
import type { LettersPort } from '../../services/letters/letters-port'
import { showUnreadOnMeTab } from './hooks/use-unread-badge'
import { refreshMyLetters } from './refresh-my-letters'
import { myLetters, unreadReplies } from './stores/my-letters-store'

/** Replies that came while the app was closed: fetched at start and counted on the Me tab. */
export async function checkMyLettersAtLaunch(letters: LettersPort, city: CityId): Promise<void> {
  await refreshMyLetters(letters, city).catch(() => false)
  showUnreadOnMeTab(unreadReplies(myLetters.getState().byCity[city] ?? []))
}
