import { Text, View } from '@tarojs/components'
import type { Case, TimelineEntry } from '../../../services/letters/letters-schemas'
import { isPoorRating } from '../../../services/letters/letters-workflow'
import { formatDateTime } from '../../../shared/format/time'
import { a11y } from '../../../shared/ui/a11y'
import type { LettersText } from '../hooks/use-letters-text'

function entryNotes(entry: TimelineEntry, lt: LettersText): string[] {
  const notes: string[] = []
  // The citizen's own steps (sending, rating) are not a department's.
  if (entry.department && entry.step !== 'submit' && entry.step !== 'rate')
    notes.push(lt('case.department', { department: entry.department }))
  if (entry.step === 'reply' && entry.note) notes.push(entry.note)
  else if (entry.note) notes.push(lt('step.reason', { reason: entry.note }))
  if (entry.newDue) notes.push(lt('step.newDue', { date: entry.newDue }))
  if (entry.intoCase) notes.push(lt('step.intoCase', { caseNumber: entry.intoCase }))
  if (entry.rightChannel) notes.push(lt('step.rightChannel', { channel: entry.rightChannel }))
  if (entry.rating) notes.push(lt(`rating.${entry.rating}`))
  return notes
}

/** Every step of the case, newest first, each with its time and department. */
export function CaseTimeline({ current, lt }: { current: Case; lt: LettersText }) {
  const entries = [...current.timeline].reverse()
  return (
    <View className='timeline' {...a11y(lt('case.timeline'), 'list')}>
      {entries.map((entry, index) => {
        const reopened = entry.step === 'rate' && entry.rating !== undefined && isPoorRating(entry.rating)
        return (
          <View
            key={`${entry.step}-${entry.at}-${index}`}
            className={`timeline__entry ${index === 0 ? 'timeline__entry--latest' : ''}`}
            {...a11y(undefined, 'listitem')}
          >
            <Text className='timeline__step'>{lt(`step.${entry.step}`)}</Text>
            <Text className='timeline__time'>{formatDateTime(entry.at)}</Text>
            {entryNotes(entry, lt).map((note) => (
              <Text key={note} className='timeline__note'>
                {note}
              </Text>
            ))}
            {reopened && current.followedUp ? <Text className='timeline__note'>{lt('step.followUp')}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
