import { Text } from '@tarojs/components'
import type { CaseUrgency } from '../case-deadline'
import type { LettersText } from '../hooks/use-letters-text'

/** Orange when little time is left, red when overdue: always with the words, never colour alone. */
export function DeadlineNote({ urgency, lt }: { urgency: CaseUrgency | null; lt: LettersText }) {
  if (!urgency) return null
  const words =
    urgency.state === 'overdue'
      ? lt('deadline.overdue')
      : lt(urgency.state === 'due-soon' ? 'deadline.dueSoon' : 'deadline.onTime', { days: urgency.workingDaysLeft })
  return <Text className={`deadline deadline--${urgency.state}`}>{words}</Text>
}
