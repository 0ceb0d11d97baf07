import { formatDateTime } from '../../../shared/format/time'
import type { ServiceDeclaration } from '../declaration'
import { DISTRICT_FIELD, labelOf } from './shared-fields'

const CONDITIONS = {
  sunny: { zh: '晴', en: 'Sunny' },
  cloudy: { zh: '多云', en: 'Cloudy' },
  overcast: { zh: '阴', en: 'Overcast' },
  'light-rain': { zh: '小雨', en: 'Light rain' },
  rain: { zh: '雨', en: 'Rain' },
  snow: { zh: '雪', en: 'Snow' },
  fog: { zh: '雾', en: 'Fog' },
  haze: { zh: '霾', en: 'Haze' },
}

/** The national AQI bands (HJ 633-2012). */
function aqiBand(aqi: number) {
  if (aqi <= 50) return { zh: '优', en: 'Good' }
  if (aqi <= 100) return { zh: '良', en: 'Moderate' }
  if (aqi <= 150) return { zh: '轻度污染', en: 'Unhealthy for sensitive groups' }
  if (aqi <= 200) return { zh: '中度污染', en: 'Unhealthy' }
  if (aqi <= 300) return { zh: '重度污染', en: 'Very unhealthy' }
  return { zh: '严重污染', en: 'Hazardous' }
}

export const weather: ServiceDeclaration<'weather'> = {
  id: 'weather',
  fields: [DISTRICT_FIELD],
  toQuery: ({ districtId }) => ({ districtId }),
  present(result, context) {
    const { pick } = context
    const condition = labelOf(CONDITIONS, context)
    const { now } = result
    return [
      {
        title: pick({ zh: '现在', en: 'Now' }),
        layout: 'key-value',
        rows: [
          { label: pick({ zh: '天气', en: 'Weather' }), value: `${condition(now.condition)} ${now.temperature}°C` },
          { label: pick({ zh: '湿度', en: 'Humidity' }), value: `${now.humidity}%` },
          {
            label: pick({ zh: '风力', en: 'Wind' }),
            value: pick({ zh: `${now.windScale} 级`, en: `Force ${now.windScale}` }),
          },
          { label: pick({ zh: '空气质量', en: 'Air quality' }), value: `${now.aqi} ${pick(aqiBand(now.aqi))}` },
          { label: pick({ zh: '发布时间', en: 'Issued' }), value: formatDateTime(result.updatedAt) },
        ],
      },
      {
        title: pick({ zh: '未来三天', en: 'Next three days' }),
        layout: 'table',
        columns: [
          pick({ zh: '日期', en: 'Date' }),
          pick({ zh: '天气', en: 'Weather' }),
          pick({ zh: '气温', en: 'Temperature' }),
        ],
        rows: result.days.map((day) => [day.date.slice(5), condition(day.condition), `${day.low}–${day.high}°C`]),
      },
    ]
  },
  emptyText: { zh: '暂无天气预报', en: 'No forecast available' },
  guide: {
    eligibility: { zh: '所有市民', en: 'Everyone' },
    materials: [{ zh: '无需材料', en: 'Nothing needed' }],
    fee: { zh: '免费', en: 'Free' },
    promisedTime: { zh: '实时查询', en: 'Immediate' },
    legalTime: { zh: '无', en: 'None' },
    visits: 0,
  },
}
