import { Text, View } from '@tarojs/components'
import { fillPlaceholders, pickText } from '../../../../shared/i18n/translate'
import { useTranslate } from '../../../../shared/i18n/use-translate'
import { switchTab } from '../../../../shared/navigation'
import { a11y } from '../../../../shared/ui/a11y'
import { ActionButton } from '../../../../shared/ui/action-button'
import { Screen } from '../../../../shared/ui/screen'
import { useCity } from '../../../../shared/use-city'
import { PRIVACY_SECTIONS } from '../../privacy-text'
import '../../me.scss'

/** The app's privacy notice: what is collected, who receives it, what stays on the phone. */
export default function PrivacyPage() {
  const { t, language } = useTranslate()
  const city = useCity()
  const fill = (text: string) =>
    fillPlaceholders(text, { account: pickText(city.accountName, language), hotline: city.hotline })
  return (
    <Screen className='me-page' title={t('me.privacyPolicy')}>
      {PRIVACY_SECTIONS.map((section) => (
        <View key={section.title.en} className='card'>
          <Text className='privacy-section__title' {...a11y(undefined, 'heading', { level: 2 })}>
            {pickText(section.title, language)}
          </Text>
          <Text className='privacy-section__body'>{fill(pickText(section.body, language))}</Text>
        </View>
      ))}
      <View className='form-actions'>
        <ActionButton onClick={() => switchTab('me')}>{t('me.backToMe')}</ActionButton>
      </View>
    </Screen>
  )
}
