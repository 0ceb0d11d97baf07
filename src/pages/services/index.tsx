import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useUnreadBadge } from '../../features/letters/hooks/use-unread-badge'
import { CATALOGUE, SERVICE_THEMES, searchCatalogue } from '../../features/services/catalogue'
import { ServiceTiles } from '../../features/services/components/service-tiles'
import { useShortcuts } from '../../features/services/stores/shortcuts-store'
import { useTranslate } from '../../shared/i18n/use-translate'
import { a11y } from '../../shared/ui/a11y'
import { Screen } from '../../shared/ui/screen'
import { EmptyState } from '../../shared/ui/state-views'
import { useCity } from '../../shared/use-city'
import './index.scss'

/** The city's service catalogue: a search box, the citizen's favourites and recent services, then themes. */
export default function ServicesPage() {
  const { t } = useTranslate()
  useUnreadBadge()
  const city = useCity()
  const [text, setText] = useState('')
  const { favourites, recent } = useShortcuts(city.id)
  // A city can drop a service: shortcuts show only what its catalogue still offers.
  const offered = (ids: readonly string[]) => city.services.filter((id) => ids.includes(id))
  const matches = searchCatalogue(city.services, text)

  const section = (title: string, services: readonly (typeof city.services)[number][]) =>
    services.length ? (
      <View key={title} className='services-section'>
        <Text className='section-title' {...a11y(undefined, 'heading', { level: 2 })}>
          {title}
        </Text>
        <ServiceTiles services={services} />
      </View>
    ) : null

  return (
    <Screen title={t('services.title')}>
      <View className='services-search'>
        <Input
          className='services-search__input'
          type='text'
          confirmType='search'
          value={text}
          placeholder={t('services.searchPlaceholder')}
          onInput={(e) => setText(e.detail.value)}
          aria-label={t('services.search')}
        />
      </View>
      {text.trim() ? (
        matches.length ? (
          section(t('services.matches'), matches)
        ) : (
          <EmptyState
            title={t('services.noMatch', { text: text.trim() })}
            hint={t('services.noMatchHint', { hotline: city.hotline })}
          />
        )
      ) : (
        <>
          {section(t('services.favourites'), offered(favourites))}
          {section(
            t('services.recent'),
            recent.filter((id) => city.services.includes(id)),
          )}
          {SERVICE_THEMES.map((theme) =>
            section(
              t(`services.theme.${theme}`),
              city.services.filter((id) => CATALOGUE[id].theme === theme),
            ),
          )}
        </>
      )}
    </Screen>
  )
}
