import { useTranslate } from '../../shared/i18n/use-translate'
import { Screen } from '../../shared/ui/screen'
import { EmptyState } from '../../shared/ui/state-views'
import { useCity } from '../../shared/use-city'
import { useUnreadBadge } from '../../features/letters/hooks/use-unread-badge'

// The service catalogue arrives with its own issue; until then the tab tells citizens where to get help.
export default function ServicesPage() {
  const { t } = useTranslate()
  useUnreadBadge()
  const city = useCity()
  return (
    <Screen title={t('services.title')}>
      <EmptyState title={t('services.pending')} hint={t('services.pendingHint', { hotline: city.hotline })} />
    </Screen>
  )
}
