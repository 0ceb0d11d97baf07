import { Text, View } from '@tarojs/components'
import { getCityConfig, availableCities } from '../../cities/city-registry'
import { apiMode, canSwitchCity, isStaffBuild } from '../../settings'
import { pickText } from '../../shared/i18n/translate'
import { useTranslate } from '../../shared/i18n/use-translate'
import { usePreferences } from '../../shared/preferences/app-preferences'
import type { Language } from '../../shared/preferences/preferences-store'
import { a11y } from '../../shared/ui/a11y'
import { Screen } from '../../shared/ui/screen'
import { useCity } from '../../shared/use-city'
import './index.scss'

const LANGUAGES: { id: Language; label: string }[] = [
  { id: 'zh', label: '简体中文' },
  { id: 'en', label: 'English' },
]

/** One choice among a few, as a row of buttons: large targets, and the choice is written, not coloured. */
function Choice<T extends string>({
  label,
  options,
  value,
  onChoose,
}: {
  label: string
  options: { id: T; label: string }[]
  value: T
  onChoose: (id: T) => void
}) {
  return (
    <View className='setting' {...a11y(label, 'radiogroup')}>
      <Text className='setting__label'>{label}</Text>
      <View className='choice'>
        {options.map((option) => (
          <View
            key={option.id}
            className={`choice__option ${option.id === value ? 'choice__option--chosen' : ''}`}
            onClick={() => onChoose(option.id)}
            {...a11y(option.label, 'radio', { checked: option.id === value })}
          >
            <Text>
              {option.id === value ? '✓ ' : ''}
              {option.label}
            </Text>
          </View>
        ))}
      </View>
    </View>
  )
}

export default function MePage() {
  const { t, language } = useTranslate()
  const city = useCity()
  const elderly = usePreferences((s) => s.elderlyMode)
  const { elderlyModeToggled, languageChosen, cityChosen } = usePreferences((s) => s)

  return (
    <Screen title={t('me.title')}>
      <Text className='section-title'>{t('me.settings')}</Text>
      <View className='card'>
        {/* The whole row is the switch: a large target, named by its own words. */}
        <View
          className='setting setting--row'
          onClick={elderlyModeToggled}
          {...a11y(t('me.elderly'), 'switch', { checked: elderly })}
        >
          <View>
            <Text className='setting__label'>{t('me.elderly')}</Text>
            <Text className='setting__hint'>{t('me.elderlyHint')}</Text>
          </View>
          <View className={`toggle ${elderly ? 'toggle--on' : ''}`}>
            <View className='toggle__knob' />
          </View>
        </View>
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
    </Screen>
  )
}
