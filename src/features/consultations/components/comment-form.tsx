import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CityId } from '../../../../config/settings'
import { CONSULTATION_CLOSED_STATUS } from '../../../services/consultations/consultations-port'
import {
  COMMENT_LENGTH,
  type CommentReceipt,
  type Consultation,
} from '../../../services/consultations/consultations-schemas'
import { isServiceError } from '../../../services/errors'
import { useApi } from '../../../shared/api-context'
import { useDraft } from '../../../shared/drafts/drafts-store'
import { goBackOrHome } from '../../../shared/navigation'
import { a11y } from '../../../shared/ui/a11y'
import { ActionButton } from '../../../shared/ui/action-button'
import { FieldError, SwitchRow } from '../../../shared/ui/controls'
import { ErrorState } from '../../../shared/ui/state-views'
import { TextField } from '../../../shared/ui/text-field'
import { checkComment, EMPTY_COMMENT, type CommentProblem } from '../consultation-window'
import { useConsultationsText, type ConsultationsText } from '../hooks/use-consultations-text'
import { commentDrafts } from '../stores/comment-drafts'
import { myComments } from '../stores/my-comments'

const problemMessage = (problem: CommentProblem, ct: ConsultationsText) =>
  problem.kind === 'too-short'
    ? ct('comment.problem.too-short', { min: problem.min })
    : problem.kind === 'too-long'
      ? ct('comment.problem.too-long', { max: problem.max })
      : ct(`comment.problem.${problem.kind}`)

/**
 * A comment on an open consultation, kept on the device as it is typed (shared/drafts) and sent once.
 * Whether it is still open is the city's to say, not the phone clock's: a comment sent after the end
 * date is refused by the city (409), and the citizen is told so in words, with their text kept.
 */
export function CommentForm({
  cityId,
  consultation,
  department,
  hotline,
  onSent,
  onClosed,
}: {
  cityId: CityId
  consultation: Consultation
  department: string
  hotline: string
  onSent: (receipt: CommentReceipt) => void
  /** The city says it has closed: the page shows it as closed. */
  onClosed: () => void
}) {
  const { ct, language } = useConsultationsText()
  const { consultations } = useApi()
  const key = `${cityId}:${consultation.id}`
  const stored = useDraft(commentDrafts, key)
  const draft = stored ?? EMPTY_COMMENT
  const [restored] = useState(() => stored !== undefined)
  const [touched, setTouched] = useState(false)
  const [showAll, setShowAll] = useState(false)
  const [sending, setSending] = useState(false)
  const [outcome, setOutcome] = useState<{ sent: true } | { closed: true } | { error: unknown }>()

  const edit = (change: Partial<typeof draft>) => commentDrafts.getState().draftEdited(key, change)
  const problems = checkComment(draft)
  const missing = (['text', 'consent'] as const).filter((field) => problems[field])

  const send = () => {
    if (sending) return
    if (missing.length > 0 || !stored) return setShowAll(true)
    setSending(true)
    setOutcome(undefined)
    consultations
      .comment(cityId, consultation.id, { text: draft.text.trim(), consent: true }, stored.idempotencyKey)
      .then(
        (receipt) => {
          myComments.getState().commentSent(cityId, {
            id: receipt.id,
            consultationId: consultation.id,
            consultationTitle: consultation.title,
            text: draft.text.trim(),
            submittedAt: receipt.submittedAt,
          })
          commentDrafts.getState().draftFiled(key)
          setOutcome({ sent: true })
          onSent(receipt)
        },
        (error: unknown) => {
          if (isServiceError(error) && error.status === CONSULTATION_CLOSED_STATUS) {
            setOutcome({ closed: true })
            onClosed()
          } else setOutcome({ error })
        },
      )
      .finally(() => setSending(false))
  }

  if (outcome && 'sent' in outcome) {
    return (
      <View className='card receipt' {...a11y(undefined, 'status')}>
        <Text className='receipt__title'>✓ {ct('comment.sent')}</Text>
        <Text>{ct('comment.sentHint', { department })}</Text>
        <ActionButton onClick={goBackOrHome}>{ct('comment.back')}</ActionButton>
      </View>
    )
  }
  return (
    <View className='card comment-form'>
      <Text className='section-label' {...a11y(undefined, 'heading', { level: 2 })}>
        {ct('comment.title')}
      </Text>
      <Text className='field__hint'>{restored ? ct('comment.restored') : ct('comment.saved')}</Text>
      <TextField
        id='comment'
        multiline
        label={ct('comment.field')}
        value={draft.text}
        placeholder={ct('comment.placeholder', COMMENT_LENGTH)}
        onChange={(text) => edit({ text })}
        onBlur={() => setTouched(true)}
        count={ct('comment.count', { count: draft.text.trim().length, max: COMMENT_LENGTH.max })}
        error={problems.text && (showAll || touched) ? problemMessage(problems.text, ct) : undefined}
      />
      <SwitchRow
        role='checkbox'
        label={ct('comment.consent')}
        checked={draft.consent}
        onToggle={() => edit({ consent: !draft.consent })}
      />
      <FieldError message={problems.consent && showAll ? problemMessage(problems.consent, ct) : undefined} />
      {outcome && 'closed' in outcome ? (
        <View className='send-error' {...a11y(undefined, 'alert')}>
          <Text className='send-error__title'>{ct('comment.closed', { date: consultation.endDate })}</Text>
          <Text>{ct('comment.closedHint', { hotline })}</Text>
        </View>
      ) : null}
      {outcome && 'error' in outcome ? (
        <View className='send-error' {...a11y(undefined, 'alert')}>
          <Text className='send-error__title'>{ct('comment.failed')}</Text>
          <Text>{ct('comment.failedHint')}</Text>
          <ErrorState error={outcome.error} />
        </View>
      ) : null}
      {outcome && 'closed' in outcome ? null : (
        <ActionButton primary className='comment-form__send' onClick={send}>
          {sending
            ? ct('comment.sending')
            : missing.length > 0
              ? ct('comment.missing', {
                  fields: missing.map((field) => ct(`comment.short.${field}`)).join(language === 'en' ? ', ' : '、'),
                })
              : outcome && 'error' in outcome
                ? ct('comment.retry')
                : ct('comment.send')}
        </ActionButton>
      )}
    </View>
  )
}
