import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { useApi } from '../../../../shared/api-context'
import { formatDateTime } from '../../../../shared/format/time'
import { navigateTo } from '../../../../shared/navigation'
import { a11y } from '../../../../shared/ui/a11y'
import { ActionButton } from '../../../../shared/ui/action-button'
import { Screen } from '../../../../shared/ui/screen'
import { EmptyState } from '../../../../shared/ui/state-views'
import { useCity } from '../../../../shared/use-city'
import { useQuestionsText } from '../../hooks/use-questions-text'
import { myQuestions, useMyQuestions } from '../../stores/question-stores'
import '../../provide-mock'
import '../../questions.scss'

/**
 * The questions this device asked (there is no sign-in), with their state. Each time the page shows,
 * the unanswered ones are asked about again; what is kept on the device shows meanwhile, and when the
 * city cannot be reached.
 */
export default function MyQuestionsPage() {
  const { qt } = useQuestionsText()
  const city = useCity()
  const { questions } = useApi()
  const asked = useMyQuestions(city.id)
  const [refresh, setRefresh] = useState<'refreshing' | 'done' | 'failed'>('done')

  const reload = useCallback(() => {
    const open = (myQuestions.getState().byCity[city.id] ?? []).filter((q) => q.state === 'waiting')
    if (open.length === 0) return
    setRefresh('refreshing')
    void Promise.allSettled(
      open.map((q) =>
        questions.getQuestion(city.id, q.id).then((fresh) => myQuestions.getState().questionSeen(city.id, fresh)),
      ),
    ).then((results) => setRefresh(results.every((r) => r.status === 'fulfilled') ? 'done' : 'failed'))
  }, [questions, city.id])
  useDidShow(reload)

  return (
    <Screen className='questions-page' title={qt('mine.title')}>
      {refresh === 'refreshing' ? (
        <Text className='refresh-note' {...a11y(undefined, 'status')}>
          {qt('mine.refreshing')}
        </Text>
      ) : null}
      {refresh === 'failed' ? (
        <Text className='refresh-note' {...a11y(undefined, 'status')}>
          {qt('mine.refreshFailed')}
        </Text>
      ) : null}
      {asked.length === 0 ? (
        <EmptyState title={qt('mine.empty')} hint={qt('mine.emptyHint')}>
          <ActionButton primary onClick={() => navigateTo('questionsAsk', {})}>
            {qt('list.ask')}
          </ActionButton>
        </EmptyState>
      ) : (
        <View {...a11y(qt('mine.title'), 'list')}>
          {asked.map((q) => (
            <View
              key={q.id}
              className='card question-row'
              onClick={() => navigateTo('questionsDetail', { id: q.id })}
              {...a11y(undefined, 'listitem')}
            >
              <Text className='question-card__title' {...a11y(undefined, 'link')}>
                {q.title}
              </Text>
              <Text className={`question-state question-state--${q.state}`}>{qt(`state.${q.state}`)}</Text>
              <Text className='field__hint'>{formatDateTime(q.askedAt)}</Text>
            </View>
          ))}
        </View>
      )}
    </Screen>
  )
}
