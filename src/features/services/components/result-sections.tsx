import { Text, View } from '@tarojs/components'
import { a11y } from '../../../shared/ui/a11y'
import type { ResultSection } from '../declaration'

const hasRows = (section: ResultSection) =>
  (section.layout === 'key-value' || section.layout === 'table'
    ? section.rows
    : section.layout === 'timeline'
      ? section.entries
      : section.items
  ).length > 0

/** The sections worth showing; none means the city has nothing on record (the empty state). */
export const sectionsWithContent = (sections: ResultSection[]) => sections.filter(hasRows)

function KeyValue({ rows }: { rows: { label: string; value: string }[] }) {
  return (
    <View className='kv'>
      {rows.map((row, i) => (
        <View key={i} className='kv__row'>
          <Text className='kv__label'>{row.label}</Text>
          <Text className='kv__value'>{row.value}</Text>
        </View>
      ))}
    </View>
  )
}

/** A table as rows of cells; each cell carries its column's name for screen readers. */
function Table({ columns, rows }: { columns: string[]; rows: string[][] }) {
  return (
    <View className={`table ${columns.length > 3 ? 'table--wide' : ''}`} {...a11y(undefined, 'table')}>
      <View className='table__row table__row--head' {...a11y(undefined, 'row')}>
        {columns.map((column) => (
          <Text key={column} className='table__cell' {...a11y(undefined, 'columnheader')}>
            {column}
          </Text>
        ))}
      </View>
      {rows.map((row, i) => (
        <View key={i} className='table__row' {...a11y(undefined, 'row')}>
          {row.map((cell, j) => (
            <Text key={j} className='table__cell' {...a11y(undefined, 'cell')}>
              {cell}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}

function Timeline({ entries }: { entries: { time: string; title: string; detail?: string }[] }) {
  return (
    <View className='result-timeline' {...a11y(undefined, 'list')}>
      {entries.map((entry, i) => (
        <View key={i} className='result-timeline__entry' {...a11y(undefined, 'listitem')}>
          <Text className='result-timeline__time'>{entry.time}</Text>
          <Text className='result-timeline__title'>{entry.title}</Text>
          {entry.detail ? <Text className='result-timeline__detail'>{entry.detail}</Text> : null}
        </View>
      ))}
    </View>
  )
}

function List({ items }: { items: { title: string; detail?: string; tag?: string }[] }) {
  return (
    <View className='result-list' {...a11y(undefined, 'list')}>
      {items.map((item, i) => (
        <View key={i} className='result-list__item' {...a11y(undefined, 'listitem')}>
          <View className='result-list__head'>
            <Text className='result-list__title'>{item.title}</Text>
            {item.tag ? <Text className='result-list__tag'>{item.tag}</Text> : null}
          </View>
          {item.detail ? <Text className='result-list__detail'>{item.detail}</Text> : null}
        </View>
      ))}
    </View>
  )
}

/** Renders any declaration's result: each section in its layout. */
export function ResultSections({ sections }: { sections: ResultSection[] }) {
  return (
    <>
      {sections.map((section, i) => (
        <View key={i} className='card result-section'>
          {section.title ? (
            <Text className='result-section__title' {...a11y(undefined, 'heading', { level: 3 })}>
              {section.title}
            </Text>
          ) : null}
          {section.layout === 'key-value' ? <KeyValue rows={section.rows} /> : null}
          {section.layout === 'table' ? <Table columns={section.columns} rows={section.rows} /> : null}
          {section.layout === 'timeline' ? <Timeline entries={section.entries} /> : null}
          {section.layout === 'list' ? <List items={section.items} /> : null}
        </View>
      ))}
    </>
  )
}
