import { useRouter } from '@tarojs/taro'
import { pickText } from '../../../../shared/i18n/translate'
import { goBackOrHome } from '../../../../shared/navigation'
import { ActionButton } from '../../../../shared/ui/action-button'
import { Screen } from '../../../../shared/ui/screen'
import { EmptyState, ErrorState, Skeleton } from '../../../../shared/ui/state-views'
import { useCity } from '../../../../shared/use-city'
import { LetterForm } from '../../components/letter-form'
import { useLettersConfig } from '../../hooks/use-letters-config'
import { useLettersText } from '../../hooks/use-letters-text'
import '../../letters.scss'
import '../../provide-mock'

export default function WriteLetterPage() {
  const { t, lt, language } = useLettersText()
  const city = useCity()
  const channelId = useRouter().params.channelId ?? ''
  const config = useLettersConfig()
  const channel = config.status === 'success' ? config.data.channels.find((c) => c.id === channelId) : undefined

  return (
    <Screen className='letters-page' title={channel ? pickText(channel.name, language) : lt('channels.title')}>
      {config.status === 'loading' ? <Skeleton rows={3} /> : null}
      {config.status === 'error' ? <ErrorState error={config.error} onRetry={config.retry} /> : null}
      {config.status === 'success' && !channel ? (
        <EmptyState title={t('state.error.not-found')} hint={lt('channels.choose')}>
          <ActionButton onClick={goBackOrHome}>{t('article.backHome')}</ActionButton>
        </EmptyState>
      ) : null}
      {config.status === 'success' && channel ? (
        // Keyed by channel: each channel has its own draft and its own form state.
        <LetterForm key={`${city.id}:${channel.id}`} cityId={city.id} channel={channel} config={config.data} />
      ) : null}
    </Screen>
  )
}
