import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { useApi } from '../../../../shared/api-context'
import { formatDateTime } from '../../../../shared/format/time'
import { navigateTo, switchTab } from '../../../../shared/navigation'
import { a11y } from '../../../../shared/ui/a11y'
import { ActionButton } from '../../../../shared/ui/action-button'
import { Screen } from '../../../../shared/ui/screen'
import { EmptyState } from '../../../../shared/ui/state-views'
import { useCity } from '../../../../shared/use-city'
import { caseUrgency } from '../../case-deadline'
import { DeadlineNote } from '../../components/deadline-note'
import { useLettersConfig } from '../../hooks/use-letters-config'
import { useLettersText } from '../../hooks/use-letters-text'
import { refreshMyLetters } from '../../refresh-my-letters'
import { useMyLetters } from '../../stores/my-letters-store'
import '../../letters.scss'
import '../../provide-mock'

type Refresh = 'refreshing' | 'done' | 'failed'

/** The citizen's own cases, newest first, from the device's memory and refreshed from the service. */
export default function MyLettersPage() {
  const { t, lt } = useLettersText()
  const city = useCity()
  const { letters } = useApi()
  const tracked = useMyLetters(city.id)
  const config = useLettersConfig()
  const [refresh, setRefresh] = useState<Refresh>('refreshing')

  const reload = useCallback(() => {
    setRefresh('refreshing')
    void refreshMyLetters(letters, city.id).then((complete) => setRefresh(complete ? 'done' : 'failed'))
  }, [letters, city.id])
  useDidShow(reload)
  usePullDownRefresh(() => {
    reload()
    void Taro.stopPullDownRefresh()
  })

  if (tracked.length === 0) {
    return (
      <Screen className='letters-page' title={lt('mine.title')}>
        <EmptyState title={lt('mine.empty')} hint={lt('mine.emptyHint')}>
          <ActionButton primary onClick={() => switchTab('interact')}>
            {lt('mine.write')}
          </ActionButton>
        </EmptyState>
      </Screen>
    )
  }
  const now = Date.now()
  return (
    <Screen className='letters-page' title={lt('mine.title')}>
      {refresh === 'refreshing' ? (
        <Text className='refresh-note' {...a11y(undefined, 'status')}>
          {t('state.loading')}
        </Text>
      ) : null}
      {refresh === 'failed' ? (
        <View className='card send-error' {...a11y(undefined, 'alert')}>
          <Text>{lt('mine.refreshFailed')}</Text>
          <ActionButton onClick={reload}>{t('state.retry')}</ActionButton>
        </View>
      ) : null}
      <View {...a11y(lt('mine.title'), 'list')}>
        {tracked.map((c) => {
          const unread = c.replies > c.repliesRead
          return (
            <View
              key={c.caseNumber}
              className='card case-row'
              onClick={() => navigateTo('lettersCase', { caseNumber: c.caseNumber })}
              {...a11y(undefined, 'link')}
            >
              <View className='case-row__head'>
                <Text className='case-row__title'>{c.title}</Text>
                {unread ? <Text className='unread'>{lt('mine.unread')}</Text> : null}
              </View>
              <Text className='field__hint'>
                {c.caseNumber} · {formatDateTime(c.submittedAt)}
              </Text>
              <View className='case__status'>
                <Text className={`case-state case-state--${c.state}`}>{lt(`caseState.${c.state}`)}</Text>
                <DeadlineNote urgency={config.status === 'success' ? caseUrgency(c, config.data, now) : null} lt={lt} />
              </View>
            </View>
          )
        })}
      </View>
    </Screen>
  )
}
