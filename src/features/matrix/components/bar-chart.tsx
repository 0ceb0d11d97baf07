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
    <View className='bar-chart'>
      <Text className='section-label' {...a11y(undefined, 'heading', { level: 2 })}>
        {title}
      </Text>
      {/* A list holds only its items: the title sits outside it, and a bar that opens a board is an
          item whose label is the link. */}
      <View {...a11y(title, 'list')}>
        {bars.map((bar) => (
          <View key={bar.key} className='bar' onClick={bar.onClick} {...a11y(bar.name, 'listitem')}>
            <Text className='bar__label' {...(bar.onClick ? a11y(bar.name, 'link') : {})}>
              {bar.label}
            </Text>
            <View className='bar__row'>
              <View className='bar__track'>
                <View className='bar__fill' style={{ width: `${Math.round((bar.share ?? 0) * 100)}%` }} />
              </View>
              <Text className='bar__value'>{bar.value}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}
