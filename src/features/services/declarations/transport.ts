import { formatDateTime } from '../../../shared/format/time'
import type { ServiceDeclaration } from '../declaration'
import { DISTRICT_FIELD, labelOf, PUBLIC_LOOKUP } from './shared-fields'

const CROWDING = {
  seats: { zh: '有座', en: 'Seats free' },
  standing: { zh: '较拥挤', en: 'Standing room' },
  crowded: { zh: '拥挤', en: 'Crowded' },
}

export const busArrival: ServiceDeclaration<'bus-arrival'> = {
  id: 'bus-arrival',
  fields: [
    {
      id: 'lineId',
      kind: 'choice',
      label: { zh: '线路', en: 'Line' },
      options: ({ config }) => config.busLines,
    },
    {
      id: 'stopId',
      kind: 'choice',
      label: { zh: '站点', en: 'Stop' },
      options: ({ config, values }) => config.busLines.find((line) => line.id === values.lineId)?.stops ?? [],
    },
  ],
  toQuery: ({ lineId, stopId }) => ({ lineId, stopId }),
  present(result, context) {
    const crowding = labelOf(CROWDING, context)
    const { pick } = context
    return [
      {
        title: pick({ zh: `开往 ${result.towards.zh}`, en: `Towards ${result.towards.en}` }),
        layout: 'table',
        columns: [
          pick({ zh: '到站', en: 'Arrives in' }),
          pick({ zh: '距离', en: 'Stops away' }),
          pick({ zh: '车辆', en: 'Bus' }),
        ],
        rows: result.arrivals.map((bus) => [
          bus.minutes === 0
            ? pick({ zh: '即将进站', en: 'Arriving' })
            : pick({ zh: `${bus.minutes} 分钟`, en: `${bus.minutes} min` }),
          pick({ zh: `${bus.stopsAway} 站`, en: `${bus.stopsAway}` }),
          `${bus.plate} · ${crowding(bus.crowding)}`,
        ]),
      },
      {
        layout: 'key-value',
        rows: result.arrivals.length
          ? [{ label: pick({ zh: '更新时间', en: 'Updated' }), value: formatDateTime(result.updatedAt) }]
          : [],
      },
    ]
  },
  emptyText: {
    zh: '这一站暂时没有车辆，末班车可能已经开过',
    en: 'No buses due at this stop; the last one may have gone',
  },
  guide: {
    eligibility: { zh: '所有乘客', en: 'Anyone taking the bus' },
    ...PUBLIC_LOOKUP,
  },
}

const LEVELS = {
  smooth: { zh: '畅通', en: 'Smooth' },
  slow: { zh: '缓行', en: 'Slow' },
  congested: { zh: '拥堵', en: 'Congested' },
  blocked: { zh: '严重拥堵', en: 'Gridlocked' },
}
const INCIDENTS = {
  accident: { zh: '交通事故', en: 'Accident' },
  roadworks: { zh: '道路施工', en: 'Roadworks' },
  closure: { zh: '交通管制', en: 'Road closed' },
  event: { zh: '大型活动', en: 'Event' },
}

export const traffic: ServiceDeclaration<'traffic'> = {
  id: 'traffic',
  fields: [
    {
      id: 'areaId',
      kind: 'choice',
      label: { zh: '道路或区县', en: 'Road or district' },
      options: ({ config }) => [...config.roads, ...config.districts],
    },
  ],
  toQuery: ({ areaId }) => ({ areaId }),
  present(result, context) {
    const { pick } = context
    return [
      {
        layout: 'key-value',
        rows: [
          { label: pick({ zh: '路况', en: 'Conditions' }), value: labelOf(LEVELS, context)(result.level) },
          { label: pick({ zh: '平均车速', en: 'Average speed' }), value: `${Math.round(result.averageSpeedKmh)} km/h` },
          { label: pick({ zh: '更新时间', en: 'Updated' }), value: formatDateTime(result.updatedAt) },
        ],
      },
      {
        title: pick({ zh: '交通事件', en: 'Incidents' }),
        layout: 'timeline',
        entries: result.incidents.map((incident) => ({
          time: formatDateTime(incident.at),
          title: `${labelOf(INCIDENTS, context)(incident.kind)} · ${pick(incident.place)}`,
          detail: pick(incident.detail),
        })),
      },
    ]
  },
  emptyText: { zh: '暂无路况信息', en: 'No traffic information' },
  guide: {
    eligibility: { zh: '所有出行者', en: 'Anyone travelling' },
    ...PUBLIC_LOOKUP,
  },
}

export const parking: ServiceDeclaration<'parking'> = {
  id: 'parking',
  fields: [DISTRICT_FIELD],
  toQuery: ({ districtId }) => ({ districtId }),
  present({ carParks, updatedAt }, { pick }) {
    return [
      {
        layout: 'list',
        items: carParks.map((park) => ({
          title: pick(park.name),
          detail: `${pick(park.address)}\n${pick({
            zh: `共 ${park.totalSpaces} 个车位 · ${park.fee.zh}`,
            en: `${park.totalSpaces} spaces · ${park.fee.en}`,
          })}`,
          tag:
            park.freeSpaces === 0
              ? pick({ zh: '已满', en: 'Full' })
              : pick({ zh: `空位 ${park.freeSpaces}`, en: `${park.freeSpaces} free` }),
        })),
      },
      {
        layout: 'key-value',
        rows: carParks.length
          ? [{ label: pick({ zh: '更新时间', en: 'Updated' }), value: formatDateTime(updatedAt) }]
          : [],
      },
    ]
  },
  emptyText: { zh: '这个区县暂无公共停车场信息', en: 'No public car parks listed for this district' },
  guide: {
    eligibility: { zh: '所有驾车出行者', en: 'Anyone driving' },
    materials: [{ zh: '无需材料', en: 'Nothing needed' }],
    fee: {
      zh: '查询免费；停车按各停车场公示标准收费',
      en: 'Free to look up; parking is charged at each car park’s posted rates',
    },
    promisedTime: { zh: '实时查询', en: 'Immediate' },
    legalTime: { zh: '无', en: 'None' },
    visits: 0,
  },
}
