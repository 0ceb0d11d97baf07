import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { CityId } from '../../../../config/settings'
import type { Department } from '../../../cities/city-config'
import { QUESTION_BODY_LENGTH, QUESTION_TITLE_LENGTH } from '../../../services/questions/questions-schemas'
import { useApi } from '../../../shared/api-context'
import { useDraft } from '../../../shared/drafts/drafts-store'
import { redirectTo } from '../../../shared/navigation'
import { a11y } from '../../../shared/ui/a11y'
import { ActionButton } from '../../../shared/ui/action-button'
import { FieldError, FoldedChoice, SwitchRow } from '../../../shared/ui/controls'
import { ErrorState } from '../../../shared/ui/state-views'
import { TextField } from '../../../shared/ui/text-field'
import { useQuestionsText, type QuestionsText } from '../hooks/use-questions-text'
import {
  checkQuestion,
  EMPTY_QUESTION,
  NOT_SURE,
  QUESTION_FIELDS,
  toQuestionSubmission,
  type QuestionDraft,
  type QuestionField,
  type QuestionProblem,
} from '../question-draft'
import { myQuestions, questionDrafts } from '../stores/question-stores'

function problemMessage(field: QuestionField, problem: QuestionProblem, qt: QuestionsText): string {
  const name = qt(`short.${field}`)
  switch (problem.kind) {
    case 'consent':
      return qt('problem.consent')
    case 'choose':
      return qt('problem.choose', { field: qt('field.departmentId') })
    case 'required':
      return qt('problem.required', { field: name })
    case 'too-short':
      return qt('problem.too-short', { field: name, min: problem.min })
    case 'too-long':
      return qt('problem.too-long', { field: name, max: problem.max })
  }
}

/**
 * The ask form. Like the letter form it rests on shared/drafts: every change is kept on the device at
 * once, and the draft goes only when the city confirms the question, so a failed send, a crash or a
 * back press loses nothing and a retry asks once (the draft's idempotency key).
 */
export function QuestionForm({ cityId, departments }: { cityId: CityId; departments: Department[] }) {
  const { qt, pick, language } = useQuestionsText()
  const { questions } = useApi()
  const stored = useDraft(questionDrafts, cityId)
  const draft: QuestionDraft = stored ?? EMPTY_QUESTION
  const [restored] = useState(() => stored !== undefined)
  const [touched, setTouched] = useState<Set<QuestionField>>(new Set())
  const [showAll, setShowAll] = useState(false)
  const [sending, setSending] = useState(false)
  const [sendError, setSendError] = useState<unknown>()

  const edit = (change: Partial<QuestionDraft>) => questionDrafts.getState().draftEdited(cityId, change)
  const touch = (field: QuestionField) => setTouched((before) => new Set(before).add(field))
  const problems = checkQuestion(
    draft,
    departments.map((d) => d.id),
  )
  const missing = QUESTION_FIELDS.filter((field) => problems[field])
  const errorFor = (field: QuestionField) => {
    const problem = problems[field]
    return problem && (showAll || touched.has(field)) ? problemMessage(field, problem, qt) : undefined
  }

  const send = () => {
    if (sending) return
    if (missing.length > 0 || !stored) {
      setShowAll(true)
      void Taro.pageScrollTo({ selector: `#field-${missing[0] ?? 'departmentId'}`, duration: 200 }).catch(
        () => undefined,
      )
      return
    }
    setSending(true)
    setSendError(undefined)
    questions
      .ask(cityId, toQuestionSubmission(draft), stored.idempotencyKey)
      .then(
        (asked) => {
          myQuestions.getState().questionSeen(cityId, asked)
          questionDrafts.getState().draftFiled(cityId)
          redirectTo('questionsDetail', { id: asked.id, receipt: '1' })
        },
        (error: unknown) => setSendError(error),
      )
      .finally(() => setSending(false))
  }

  return (
    <View className='question-form'>
      <View className='card'>
        <Text className='field__hint'>{qt('ask.hint')}</Text>
        <Text className='field__hint'>{restored ? qt('draft.restored') : qt('draft.savedHint')}</Text>
      </View>
      <View className='card'>
        <FoldedChoice
          id='field-departmentId'
          label={qt('field.departmentId')}
          changeLabel={qt('list.change')}
          options={[
            { id: NOT_SURE, label: qt('field.notSure') },
            ...departments.map((d) => ({ id: d.id, label: pick(d.name) })),
          ]}
          value={draft.departmentId || NOT_SURE}
          onChoose={(departmentId) => edit({ departmentId })}
        />
        <TextField
          id='title'
          label={qt('field.title')}
          value={draft.title}
          placeholder={qt('field.titlePlaceholder', QUESTION_TITLE_LENGTH)}
          onChange={(title) => edit({ title })}
          onBlur={() => touch('title')}
          count={qt('field.count', { count: draft.title.trim().length, max: QUESTION_TITLE_LENGTH.max })}
          error={errorFor('title')}
        />
        <TextField
          id='body'
          multiline
          label={qt('field.body')}
          value={draft.body}
          placeholder={qt('field.bodyPlaceholder', QUESTION_BODY_LENGTH)}
          onChange={(body) => edit({ body })}
          onBlur={() => touch('body')}
          count={qt('field.count', { count: draft.body.trim().length, max: QUESTION_BODY_LENGTH.max })}
          error={errorFor('body')}
        />
        {draft.anonymous ? null : (
          <TextField
            id='nickname'
            label={qt('field.nickname')}
            value={draft.nickname}
            placeholder={qt('field.nicknamePlaceholder')}
            hint={qt('field.nicknameHint')}
            onChange={(nickname) => edit({ nickname })}
            onBlur={() => touch('nickname')}
            error={errorFor('nickname')}
          />
        )}
        <SwitchRow
          label={qt('field.anonymous')}
          hint={qt('field.anonymousHint')}
          checked={draft.anonymous}
          onToggle={() => edit({ anonymous: !draft.anonymous })}
        />
        <View id='field-consent'>
          <SwitchRow
            role='checkbox'
            label={qt('field.consent')}
            checked={draft.consent}
            onToggle={() => edit({ consent: !draft.consent })}
          />
          <FieldError message={errorFor('consent')} />
        </View>
      </View>
      {sendError !== undefined ? (
        <View className='card send-error' {...a11y(undefined, 'alert')}>
          <Text className='send-error__title'>{qt('submit.failed')}</Text>
          <Text>{qt('submit.failedHint')}</Text>
          <ErrorState error={sendError} />
        </View>
      ) : null}
      <View className='form-actions'>
        <ActionButton primary className='question-form__send' onClick={send}>
          {sending
            ? qt('submit.sending')
            : missing.length > 0
              ? qt('submit.missing', {
                  fields: missing.map((field) => qt(`short.${field}`)).join(language === 'en' ? ', ' : '、'),
                })
              : sendError !== undefined
                ? qt('submit.retry')
                : qt('submit.send')}
        </ActionButton>
      </View>
    </View>
  )
}
