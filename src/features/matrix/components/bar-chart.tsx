import { Text, View } from '@tarojs/components'
import { a11y } from '../../../shared/ui/a11y'

export interface Bar {
  key: string
  label: string
  /** 0–1; null: nothing to show yet (an empty track and the words for it). */
  share: number | null
  /** The value in words, e.g. 85%. */
  value: string
  /** The bar's accessible name, label and value together. */
  name: string
  onClick?: () => void
}

/**
 * A small horizontal bar chart of Views, so it draws the same on WeChat and H5: each bar carries its
 * value in text and an accessible name, so nothing is said by length or colour alone.
 */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  return (
    <View className='bar-chart' {...a11y(title, 'list')}>
      <Text className='section-label'>{title}</Text>
      {bars.map((bar) => (
        <View
          key={bar.key}
          className='bar'
          onClick={bar.onClick}
          {...a11y(bar.name, bar.onClick ? 'link' : 'listitem')}
        >
          <Text className='bar__label'>{bar.label}</Text>
          <View className='bar__row'>
            <View className='bar__track'>
              <View className='bar__fill' style={{ width: `${Math.round((bar.share ?? 0) * 100)}%` }} />
            </View>
            <Text className='bar__value'>{bar.value}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
