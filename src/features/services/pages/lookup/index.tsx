import { useRouter } from '@tarojs/taro'
import type { ServiceId } from '../../../../services/lookups/lookup-schemas'
import { goBackOrHome } from '../../../../shared/navigation'
import { ActionButton } from '../../../../shared/ui/action-button'
import { Screen } from '../../../../shared/ui/screen'
import { EmptyState, ErrorState, Skeleton } from '../../../../shared/ui/state-views'
import { useCity } from '../../../../shared/use-city'
import { CATALOGUE } from '../../catalogue'
import { ServiceLookup } from '../../components/service-lookup'
import { DECLARATIONS } from '../../declarations/registry'
import { useServicesConfig } from '../../hooks/use-services-config'
import { useServicesText } from '../../hooks/use-services-text'
import '../../provide-mock'
import '../../services.scss'

/** Any service of the city's catalogue, rendered from its declaration. */
export default function LookupPage() {
  const { t, st, pick } = useServicesText()
  const city = useCity()
  const params = useRouter().params
  const serviceId = params.serviceId ?? ''
  const offered = city.services.find((id): id is ServiceId => id === serviceId)
  const config = useServicesConfig()

  if (!offered) {
    return (
      <Screen className='services-page' title={st('unknownService.title')}>
        <EmptyState title={st('unknownService.title')} hint={st('unknownService.hint')}>
          <ActionButton onClick={goBackOrHome}>{t('article.backHome')}</ActionButton>
        </EmptyState>
      </Screen>
    )
  }
  return (
    <Screen className='services-page' title={pick(CATALOGUE[offered].name)}>
      {config.status === 'loading' ? <Skeleton rows={2} /> : null}
      {config.status === 'error' ? <ErrorState error={config.error} onRetry={config.retry} /> : null}
      {config.status === 'success' ? (
        <ServiceLookup
          // A new city or service is a new form: nothing of one carries over to the other.
          key={`${city.id}:${offered}`}
          cityId={city.id}
          declaration={DECLARATIONS[offered]}
          config={config.data}
          openOnGuide={params.guide === '1'}
        />
      ) : null}
    </Screen>
  )
}
