import { Text, View } from '@tarojs/components'
import type { ServiceContact } from '../../../cities/city-config'
import type { ServiceGuide as Guide } from '../declaration'
import { useServicesText } from '../hooks/use-services-text'

/** 办事指南: who can use the service, what it takes, how long, how many visits, and whom to call. */
export function ServiceGuide({ guide, contact }: { guide: Guide; contact: ServiceContact }) {
  const { st, pick } = useServicesText()
  const rows: [string, string][] = [
    [st('guide.department'), pick(contact.department)],
    [st('guide.hotline'), contact.hotline],
    [st('guide.eligibility'), pick(guide.eligibility)],
    [st('guide.materials'), guide.materials.map((material, i) => `${i + 1}. ${pick(material)}`).join('\n')],
    [st('guide.fee'), pick(guide.fee)],
    [st('guide.promisedTime'), pick(guide.promisedTime)],
    [st('guide.legalTime'), pick(guide.legalTime)],
    [
      st('guide.visits'),
      guide.visits === 0 ? st('guide.visits.zero') : st('guide.visits.some', { count: guide.visits }),
    ],
  ]
  return (
    <View className='card'>
      {rows.map(([label, value]) => (
        <View key={label} className='guide__row'>
          <Text className='guide__label'>{label}</Text>
          <Text className='guide__value'>{value}</Text>
        </View>
      ))}
    </View>
  )
}
