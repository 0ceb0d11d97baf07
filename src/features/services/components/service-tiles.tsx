import { Text, View } from '@tarojs/components'
import type { ServiceId } from '../../../services/lookups/lookup-schemas'
import { pickText } from '../../../shared/i18n/translate'
import { useTranslate } from '../../../shared/i18n/use-translate'
import { navigateTo } from '../../../shared/navigation'
import { a11y } from '../../../shared/ui/a11y'
import { CATALOGUE } from '../catalogue'
import './service-tiles.scss'

/** Services as large tiles, two to a row (one in elderly mode); a tap opens the look-up. */
export function ServiceTiles({ services }: { services: readonly ServiceId[] }) {
  const { t, language } = useTranslate()
  return (
    <View className='service-tiles'>
      {services.map((id) => {
        const entry = CATALOGUE[id]
        const name = pickText(entry.name, language)
        return (
          <View
            key={id}
            className='service-tile'
            onClick={() => navigateTo('servicesLookup', { serviceId: id })}
            {...a11y(entry.personal ? `${name}，${t('services.personal')}` : name, 'link')}
          >
            <Text className='service-tile__name'>{name}</Text>
            {entry.personal ? <Text className='service-tile__tag'>{t('services.personal')}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
