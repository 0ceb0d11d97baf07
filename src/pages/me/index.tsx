import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { getCityConfig, availableCities } from '../../cities/city-registry'
import { useUnreadBadge } from '../../features/letters/hooks/use-unread-badge'
import { ServiceTiles } from '../../features/services/components/service-tiles'
import { useShortcuts } from '../../features/services/stores/shortcuts-store'
import { apiMode, canSwitchCity, isStaffBuild } from '../../settings'
import { pickText } from '../../shared/i18n/translate'
import { useTranslate } from '../../shared/i18n/use-translate'
import { usePreferences } from '../../shared/preferences/app-preferences'
import type { Language } from '../../shared/preferences/preferences-store'
import { a11y } from '../../shared/ui/a11y'
import { Choice, SwitchRow } from '../../shared/ui/controls'
import { Screen } from '../../shared/ui/screen'
import { navigateTo } from '../../shared/navigation'
import { clearMyData } from '../../shared/storage/clear-my-data'
import { useCity } from '../../shared/use-city'
import './index.scss'

const LANGUAGES: { id: Language; label: string }[] = [
  { id: 'zh', label: '简体中文' },
  { id: 'en', label: 'English' },
]

export default function MePage() {
  const { t, language } = useTranslate()
  const city = useCity()
  const elderly = usePreferences((s) => s.elderlyMode)
  const { elderlyModeToggled, languageChosen, cityChosen } = usePreferences((s) => s)
  const unread = useUnreadBadge()
  // The city's catalogue decides: a favourite it no longer offers is not shown.
  const saved = useShortcuts(city.id).favourites
  const favourites = city.services.filter((id) => saved.includes(id))

  const askToClearData = () => {
    void Taro.showModal({
      title: t('me.clearData'),
      content: t('me.clearConfirm'),
      confirmText: t('me.clearConfirmButton'),
      confirmColor: '#b3261e',
    }).then(({ confirm }) => {
      if (!confirm) return
      clearMyData()
      void Taro.showToast({ title: t('me.cleared'), icon: 'success' })
    })
  }

  return (
    <Screen title={t('me.title')}>
      <View className='card'>
        <View
          className='setting setting--row'
          onClick={() => navigateTo('lettersMine', {})}
          {...a11y(
            unread > 0 ? `${t('me.myLetters')}，${t('me.unread', { count: unread })}` : t('me.myLetters'),
            'link',
          )}
        >
          <Text className='setting__label'>{t('me.myLetters')}</Text>
          {unread > 0 ? <Text className='unread'>{t('me.unread', { count: unread })}</Text> : <Text>›</Text>}
        </View>
        <View
          className='setting setting--row'
          onClick={() => navigateTo('questionsMine', {})}
          {...a11y(t('interact.myQuestions'), 'link')}
        >
          <Text className='setting__label'>{t('interact.myQuestions')}</Text>
          <Text>›</Text>
        </View>
        <View
          className='setting setting--row'
          onClick={() => navigateTo('consultationsMine', {})}
          {...a11y(t('me.myComments'), 'link')}
        >
          <Text className='setting__label'>{t('me.myComments')}</Text>
          <Text>›</Text>
        </View>
      </View>
      <Text className='section-title' {...a11y(undefined, 'heading', { level: 2 })}>
        {t('me.favourites')}
      </Text>
      {favourites.length > 0 ? (
        <ServiceTiles services={favourites} />
      ) : (
        <Text className='me__hint'>{t('me.noFavourites')}</Text>
      )}
      <Text className='section-title'>{t('me.settings')}</Text>
      <View className='card'>
        <SwitchRow label={t('me.elderly')} hint={t('me.elderlyHint')} checked={elderly} onToggle={elderlyModeToggled} />
        <Choice label={t('me.language')} options={LANGUAGES} value={language} onChoose={languageChosen} />
        {canSwitchCity && availableCities.length > 1 ? (
          <Choice
            label={t('me.city')}
            options={availableCities.map((id) => ({ id, label: pickText(getCityConfig(id).name, language) }))}
            value={city.id}
            onChoose={cityChosen}
          />
        ) : null}
        {isStaffBuild ? (
          <View className='setting setting--row'>
            <Text className='setting__label'>{t('me.dataMode')}</Text>
            <Text>{t(apiMode === 'http' ? 'me.dataMode.http' : 'me.dataMode.mock')}</Text>
          </View>
        ) : null}
        <View className='setting setting--row'>
          <Text className='setting__label'>{t('me.hotline')}</Text>
          <Text>{city.hotline}</Text>
        </View>
      </View>
      <Text className='section-title'>{t('me.privacy')}</Text>
      <View className='card'>
        <View
          className='setting setting--row'
          onClick={() => navigateTo('privacy', {})}
          {...a11y(t('me.privacyPolicy'), 'link')}
        >
          <Text className='setting__label'>{t('me.privacyPolicy')}</Text>
          <Text>›</Text>
        </View>
        <View className='setting setting--row' onClick={askToClearData} {...a11y(t('me.clearData'), 'button')}>
          <View className='setting__text'>
            <Text className='setting__label'>{t('me.clearData')}</Text>
            <Text className='setting__hint'>{t('me.clearDataHint')}</Text>
          </View>
          <Text>›</Text>
        </View>
      </View>
    </Screen>
  )
}
