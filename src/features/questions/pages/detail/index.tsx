import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { Question } from '../../../../services/questions/questions-schemas'
import { useApi } from '../../../../shared/api-context'
import { formatDateTime } from '../../../../shared/format/time'
import { navigateTo } from '../../../../shared/navigation'
import { deviceId } from '../../../../shared/storage/device-id'
import { a11y } from '../../../../shared/ui/a11y'
import { ActionButton } from '../../../../shared/ui/action-button'
import { Screen } from '../../../../shared/ui/screen'
import { ErrorState, Skeleton } from '../../../../shared/ui/state-views'
import { useAsync } from '../../../../shared/use-async'
import { useCity } from '../../../../shared/use-city'
import { useQuestionsConfig } from '../../hooks/use-questions-config'
import { useQuestionsText } from '../../hooks/use-questions-text'
import { myQuestions, useHelpfulMarks } from '../../stores/question-stores'
import '../../provide-mock'
import '../../questions.scss'

/**
 * One question: what was asked, by whom (as they chose to be shown), and the department's answer with
 * its "helpful" count, which this device can add to once. The asker also sees a question still waiting,
 * or passed on to the letters channel with the reason.
 */
export default function QuestionDetailPage() {
  const { qt, pick } = useQuestionsText()
  const city = useCity()
  const { questions } = useApi()
  const { id = '', receipt } = useRouter().params
  const config = useQuestionsConfig()
  const loaded = useAsync(() => questions.getQuestion(city.id, id), `${city.id}:${id}`)
  const [helpfulCount, setHelpfulCount] = useState<number>()
  const [helpfulError, setHelpfulError] = useState<unknown>()
  const marked = useHelpfulMarks(city.id).includes(id)

  const question: Question | undefined = loaded.status === 'success' ? loaded.data : undefined
  // A question of the citizen's own: keep My questions up to date with what the city says now.
  useEffect(() => {
    if (question && myQuestions.getState().byCity[city.id]?.some((q) => q.id === question.id))
      myQuestions.getState().questionSeen(city.id, question)
  }, [question, city.id])

  const departmentName = (departmentId: string | null) => {
    const department =
      config.status === 'success' ? config.data.departments.find((d) => d.id === departmentId) : undefined
    return department ? pick(department.name) : ''
  }
  const count = helpfulCount ?? question?.helpfulCount ?? 0
  const markHelpful = () => {
    if (marked) return
    setHelpfulError(undefined)
    questions.markHelpful(city.id, id, deviceId()).then(
      (answer) => {
        myQuestions.getState().markedHelpful(city.id, id)
        setHelpfulCount(answer.helpfulCount)
      },
      (error: unknown) => setHelpfulError(error),
    )
  }

  return (
    <Screen className='questions-page' title={qt('detail.title')}>
      {loaded.status === 'loading' ? <Skeleton rows={2} /> : null}
      {loaded.status === 'error' ? <ErrorState error={loaded.error} onRetry={loaded.retry} /> : null}
      {question ? (
        <>
          {receipt === '1' ? (
            <View className='card receipt' {...a11y(undefined, 'status')}>
              <Text className='receipt__title'>✓ {qt('receipt.title')}</Text>
              <Text>{qt('receipt.hint')}</Text>
            </View>
          ) : null}
          <View className='card'>
            <Text className='question__title' {...a11y(undefined, 'heading', { level: 1 })}>
              {question.title}
            </Text>
            <Text className='field__hint'>
              {qt('detail.askedBy', { name: question.askedBy, time: formatDateTime(question.askedAt) })}
            </Text>
            <Text className='question__body'>{question.body}</Text>
            <Text className={`question-state question-state--${question.state}`}>{qt(`state.${question.state}`)}</Text>
          </View>
          {question.reply ? (
            <View className='card question__reply'>
              <Text className='field__label' {...a11y(undefined, 'heading', { level: 2 })}>
                {qt('detail.reply', { department: departmentName(question.departmentId) })}
              </Text>
              <Text className='question__reply-text'>{question.reply.text}</Text>
              <Text className='field__hint'>{formatDateTime(question.reply.repliedAt)}</Text>
              <View
                className={`helpful ${marked ? 'helpful--done' : ''}`}
                onClick={markHelpful}
                {...a11y(qt('detail.helpfulA11y', { count }), 'button')}
              >
                <Text>{marked ? `✓ ${qt('detail.helpfulDone', { count })}` : qt('detail.helpful', { count })}</Text>
              </View>
              {helpfulError !== undefined ? <ErrorState error={helpfulError} onRetry={markHelpful} /> : null}
            </View>
          ) : null}
          {question.state === 'waiting' ? (
            <View className='card'>
              <Text className='field__label'>
                {question.departmentId ? qt('detail.waiting') : qt('detail.routing')}
              </Text>
              <Text className='field__hint'>{qt('detail.waitingHint')}</Text>
            </View>
          ) : null}
          {question.redirect ? (
            <View className='card'>
              <Text className='field__label'>{qt('state.redirected')}</Text>
              <Text>{qt('detail.redirectedHint', { reason: question.redirect.reason })}</Text>
              <ActionButton
                primary
                onClick={() => navigateTo('lettersWrite', { channelId: question.redirect?.channelId ?? '' })}
              >
                {qt('detail.writeLetter')}
              </ActionButton>
            </View>
          ) : null}
        </>
      ) : null}
    </Screen>
  )
}
