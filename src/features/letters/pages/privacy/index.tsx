import { Text, View } from '@tarojs/components'
import { a11y } from '../../../../shared/ui/a11y'
import { Screen } from '../../../../shared/ui/screen'
import { useCity } from '../../../../shared/use-city'
import { useLettersText } from '../../hooks/use-letters-text'
import '../../letters.scss'

/** What the letters portal collects, why, who sees it and how long it is kept: the text consent points to. */
export default function LettersPrivacyPage() {
  const { lt } = useLettersText()
  const city = useCity()
  return (
    <Screen className='letters-page' title={lt('privacy.title')}>
      <View className='card privacy'>
        <Text className='case__title' {...a11y(undefined, 'heading', { level: 1 })}>
          {lt('privacy.title')}
        </Text>
        <Text className='privacy__para'>{lt('privacy.body1')}</Text>
        <Text className='privacy__para'>{lt('privacy.body2')}</Text>
        <Text className='privacy__para'>{lt('privacy.body3')}</Text>
        <Text className='privacy__para'>{lt('privacy.body4', { hotline: city.hotline })}</Text>
      </View>
    </Screen>
  )
}
