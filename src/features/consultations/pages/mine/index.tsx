import { Text, View } from '@tarojs/components'
import { formatDateTime } from '../../../../shared/format/time'
import { navigateTo } from '../../../../shared/navigation'
import { a11y } from '../../../../shared/ui/a11y'
import { ActionButton } from '../../../../shared/ui/action-button'
import { Screen } from '../../../../shared/ui/screen'
import { EmptyState } from '../../../../shared/ui/state-views'
import { useCity } from '../../../../shared/use-city'
import { useConsultationsText } from '../../hooks/use-consultations-text'
import { useMyComments } from '../../stores/my-comments'
import '../../consultations.scss'

/** The comments this device sent (kept on the device only; "clear my data" removes them). */
export default function MyCommentsPage() {
  const { ct } = useConsultationsText()
  const city = useCity()
  const comments = useMyComments(city.id)
  return (
    <Screen className='consultations-page' title={ct('mine.title')}>
      {comments.length === 0 ? (
        <EmptyState title={ct('mine.empty')} hint={ct('mine.emptyHint')}>
          <ActionButton primary onClick={() => navigateTo('consultationsList', {})}>
            {ct('mine.browse')}
          </ActionButton>
        </EmptyState>
      ) : (
        <View {...a11y(ct('mine.title'), 'list')}>
          {comments.map((comment) => (
            <View
              key={comment.id}
              className='card'
              onClick={() => navigateTo('consultationsDetail', { id: comment.consultationId })}
              {...a11y(undefined, 'listitem')}
            >
              <Text className='consultation-card__title' {...a11y(undefined, 'link')}>
                {comment.consultationTitle}
              </Text>
              <Text className='my-comment__text'>{comment.text}</Text>
              <Text className='field__hint'>{ct('mine.sentAt', { time: formatDateTime(comment.submittedAt) })}</Text>
            </View>
          ))}
        </View>
      )}
    </Screen>
  )
}
