import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { RATING_COMMENT_MAX, RATINGS, type Rating } from '../../../services/letters/letters-schemas'
import { ActionButton } from '../../../shared/ui/action-button'
import { Choice, FieldError } from '../../../shared/ui/controls'
import { ErrorState } from '../../../shared/ui/state-views'
import type { LettersText } from '../hooks/use-letters-text'

/** The five 好差评 levels, an optional comment, and one send. */
export function RatingPanel({
  lt,
  onRate,
}: {
  lt: LettersText
  onRate: (rating: Rating, comment: string) => Promise<void>
}) {
  const [rating, setRating] = useState<Rating | ''>('')
  const [comment, setComment] = useState('')
  const [status, setStatus] = useState<
    { kind: 'idle' | 'sending' | 'needs-choice' } | { kind: 'failed'; error: unknown }
  >({
    kind: 'idle',
  })

  const send = async () => {
    if (!rating) return setStatus({ kind: 'needs-choice' })
    setStatus({ kind: 'sending' })
    try {
      await onRate(rating, comment.trim())
      setStatus({ kind: 'idle' })
    } catch (error) {
      setStatus({ kind: 'failed', error })
    }
  }

  return (
    <View className='card rating'>
      <Choice
        label={lt('rating.title')}
        options={RATINGS.map((id) => ({ id, label: lt(`rating.${id}`) }))}
        value={rating}
        onChoose={(chosen) => {
          setRating(chosen)
          setStatus({ kind: 'idle' })
        }}
        error={status.kind === 'needs-choice' ? lt('rating.choose') : undefined}
      />
      <Text className='field__hint'>{lt('rating.hint')}</Text>
      <Text className='field__label'>{lt('rating.comment')}</Text>
      <Textarea
        className='field__input field__input--multiline'
        value={comment}
        maxlength={RATING_COMMENT_MAX}
        autoHeight
        onInput={(e) => setComment(e.detail.value)}
        aria-label={lt('rating.comment')}
        // On H5 the label must reach the inner <textarea>, not only Taro's wrapper element.
        nativeProps={{ 'aria-label': lt('rating.comment') }}
      />
      {comment.length >= RATING_COMMENT_MAX ? (
        <FieldError message={lt('rating.commentLimit', { max: RATING_COMMENT_MAX })} />
      ) : null}
      {status.kind === 'failed' ? <ErrorState error={status.error} /> : null}
      <ActionButton primary onClick={() => void send()}>
        {status.kind === 'sending' ? lt('submit.sending') : lt('rating.submit')}
      </ActionButton>
    </View>
  )
}
