import { useTranslate } from '../../shared/i18n/use-translate'
import { Screen } from '../../shared/ui/screen'
import { EmptyState } from '../../shared/ui/state-views'
import { useCity } from '../../shared/use-city'

// Letters, questions and consultations arrive with their own issues; until then, the hotline.
export default function InteractPage() {
  const { t } = useTranslate()
  const city = useCity()
  return (
    <Screen title={t('interact.title')}>
      <EmptyState title={t('interact.pending')} hint={t('interact.pendingHint', { hotline: city.hotline })} />
    </Screen>
  )
}
