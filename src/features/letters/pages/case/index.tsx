import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import type { Case, Rating } from '../../../../services/letters/letters-schemas'
import { canApply } from '../../../../services/letters/letters-workflow'
import { useApi } from '../../../../shared/api-context'
import { formatDateTime } from '../../../../shared/format/time'
import { navigateTo } from '../../../../shared/navigation'
import { a11y } from '../../../../shared/ui/a11y'
import { ActionButton } from '../../../../shared/ui/action-button'
import { Screen } from '../../../../shared/ui/screen'
import { ErrorState, Skeleton } from '../../../../shared/ui/state-views'
import { useAsync } from '../../../../shared/use-async'
import { useCity } from '../../../../shared/use-city'
import { caseUrgency } from '../../case-deadline'
import { CaseTimeline } from '../../components/case-timeline'
import { DeadlineNote } from '../../components/deadline-note'
import { RatingPanel } from '../../components/rating-panel'
import { useLettersConfig } from '../../hooks/use-letters-config'
import { useLettersText, type LettersText } from '../../hooks/use-letters-text'
import { myLetters } from '../../stores/my-letters-store'
import '../../letters.scss'
import '../../provide-mock'

function Receipt({ caseNumber, lt }: { caseNumber: string; lt: LettersText }) {
  return (
    <View className='card receipt' {...a11y(undefined, 'status')}>
      <Text className='receipt__title'>✓ {lt('receipt.title')}</Text>
      <Text className='field__label'>{lt('receipt.caseNumber')}</Text>
      <Text className='receipt__number' userSelect>
        {caseNumber}
      </Text>
      <Text className='field__hint'>{lt('receipt.keep')}</Text>
      <ActionButton
        onClick={() =>
          void Taro.setClipboardData({ data: caseNumber })
            .then(() => Taro.showToast({ title: lt('receipt.copied'), icon: 'none' }))
            .catch(() => undefined)
        }
      >
        {lt('receipt.copy')}
      </ActionButton>
      <ActionButton onClick={() => navigateTo('lettersMine', {})}>{lt('receipt.allLetters')}</ActionButton>
    </View>
  )
}

export default function CasePage() {
  const { lt } = useLettersText()
  const city = useCity()
  const { letters } = useApi()
  const { caseNumber = '', receipt } = useRouter().params
  const config = useLettersConfig()
  const found = useAsync(() => letters.getCase(city.id, caseNumber), `${city.id}:${caseNumber}`)

  // The city may have moved the case on while the citizen was elsewhere.
  useDidShow(() => {
    if (found.status !== 'loading') found.retry()
  })
  usePullDownRefresh(() => {
    found.retry()
    void Taro.stopPullDownRefresh()
  })
  useEffect(() => {
    if (found.status === 'success') myLetters.getState().caseOpened(city.id, found.data)
  }, [found.status, found.data, city.id])

  const rate = async (current: Case, rating: Rating, comment: string) => {
    await letters.rate(city.id, current.caseNumber, rating, comment || undefined)
    found.retry() // the fresh case reaches My letters through the effect above
    void Taro.showToast({ title: lt('rating.thanks'), icon: 'none' }).catch(() => undefined)
  }

  return (
    <Screen className='letters-page' title={lt('case.title')}>
      {receipt === '1' ? <Receipt caseNumber={caseNumber} lt={lt} /> : null}
      {found.status === 'loading' ? <Skeleton rows={2} /> : null}
      {found.status === 'error' ? <ErrorState error={found.error} onRetry={found.retry} /> : null}
      {found.status === 'success' ? (
        <CaseDetails
          current={found.data}
          urgency={config.status === 'success' ? caseUrgency(found.data, config.data, Date.now()) : null}
          lt={lt}
          onRate={(rating, comment) => rate(found.data, rating, comment)}
        />
      ) : null}
    </Screen>
  )
}

function CaseDetails({
  current,
  urgency,
  lt,
  onRate,
}: {
  current: Case
  urgency: ReturnType<typeof caseUrgency>
  lt: LettersText
  onRate: (rating: Rating, comment: string) => Promise<void>
}) {
  const latestReply = [...current.timeline].reverse().find((entry) => entry.step === 'reply')
  return (
    <View>
      <View className='card case'>
        <Text className='case__title' {...a11y(undefined, 'heading', { level: 1 })}>
          {current.title}
        </Text>
        <Text className='field__hint'>
          {current.caseNumber} · {lt(`type.${current.type}`)}
        </Text>
        <View className='case__status'>
          <Text className={`case-state case-state--${current.state}`}>{lt(`caseState.${current.state}`)}</Text>
          {current.extended ? <Text className='case-state'>{lt('case.extended')}</Text> : null}
        </View>
        <Text className='case__line'>{lt('deadline.due', { date: current.due })}</Text>
        <DeadlineNote urgency={urgency} lt={lt} />
        {current.department ? (
          <Text className='case__line'>{lt('case.department', { department: current.department })}</Text>
        ) : null}
        <Text className='field__hint'>{lt('case.submittedAt', { time: formatDateTime(current.submittedAt) })}</Text>
      </View>
      {latestReply?.note ? (
        <View className='card'>
          <Text className='section-label'>{lt('case.reply')}</Text>
          <Text className='case__reply'>{latestReply.note}</Text>
        </View>
      ) : null}
      {current.rating ? (
        <View className='card'>
          <Text>{lt('rating.done', { rating: lt(`rating.${current.rating}`) })}</Text>
        </View>
      ) : canApply(current, 'rate') ? (
        <RatingPanel lt={lt} onRate={onRate} />
      ) : null}
      <Text className='section-title'>{lt('case.timeline')}</Text>
      <View className='card'>
        <CaseTimeline current={current} lt={lt} />
      </View>
    </View>
  )
}
