import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { SearchResults } from '../../../../services/search/search-schemas'
import { useApi } from '../../../../shared/api-context'
import { a11y } from '../../../../shared/ui/a11y'
import { ActionButton } from '../../../../shared/ui/action-button'
import { SearchBox } from '../../../../shared/ui/search-box'
import { Screen } from '../../../../shared/ui/screen'
import { EmptyState, ErrorState, Skeleton } from '../../../../shared/ui/state-views'
import { useAsync } from '../../../../shared/use-async'
import { useCity } from '../../../../shared/use-city'
import { useSearchText } from '../../hooks/use-search-text'
import { openResult, SEARCH_EXAMPLES } from '../../model'
import '../../provide-mock'
import '../../search.scss'

const NOTHING: SearchResults = { groups: [] }

/** The mini program hands query values over still encoded, H5 decoded: decode once, never throw. */
function decodeParam(value: string | undefined): string {
  try {
    return decodeURIComponent(value ?? '')
  } catch {
    return value ?? ''
  }
}

/**
 * One-stop search: one box over the city's news, services, answered questions, consultations and
 * departments, in Chinese or pinyin (full or initials), results grouped by kind. Opened with `q`, it
 * searches at once.
 */
export default function SearchPage() {
  const { st } = useSearchText()
  const city = useCity()
  const { search } = useApi()
  const opened = useRouter().params.q
  const [words, setWords] = useState(() => decodeParam(opened).trim())
  const results = useAsync(
    () => (words ? search.search(city.id, words) : Promise.resolve(NOTHING)),
    `${city.id}:${words}`,
  )
  const found = results.status === 'success' ? results.data.groups.reduce((n, g) => n + g.total, 0) : 0

  return (
    <Screen className='search-page' title={st('page.title')}>
      <View className='card'>
        <SearchBox
          key={words}
          label={st('box.label')}
          buttonLabel={st('box.button')}
          initial={words}
          onSearch={setWords}
        />
      </View>
      {!words ? (
        <View className='card search-idle'>
          <Text className='search-idle__title' {...a11y(undefined, 'heading', { level: 2 })}>
            {st('idle.title')}
          </Text>
          <Text className='search-idle__hint'>{st('idle.hint')}</Text>
          <View className='search-idle__examples'>
            {SEARCH_EXAMPLES.map((example) => (
              <ActionButton key={example} onClick={() => setWords(example)}>
                {example}
              </ActionButton>
            ))}
          </View>
        </View>
      ) : null}
      {words && results.status === 'loading' ? <Skeleton rows={3} /> : null}
      {results.status === 'error' ? <ErrorState error={results.error} onRetry={results.retry} /> : null}
      {words && results.status === 'success' && found === 0 ? (
        <EmptyState title={st('empty.title', { words })} hint={st('empty.hint')} />
      ) : null}
      {words && results.status === 'success' && found > 0 ? (
        <View className='search-results'>
          <Text className='search-results__count' {...a11y(undefined, 'status')}>
            {st('results.count', { count: found })}
          </Text>
          {results.data.groups.map((group) => {
            const kind = st(`kind.${group.kind}`)
            return (
              <View key={group.kind} className='card search-group'>
                <Text className='search-group__heading' {...a11y(undefined, 'heading', { level: 2 })}>
                  {st('group.heading', { kind, count: group.total })}
                </Text>
                <View {...a11y(kind, 'list')}>
                  {group.items.map((item) => (
                    <View key={item.id} {...a11y(undefined, 'listitem')}>
                      <View
                        className='search-item'
                        onClick={() => openResult(group.kind, item.id)}
                        {...a11y(st('item.open', { kind, title: item.title }), 'link')}
                      >
                        <Text className='search-item__title'>{item.title}</Text>
                        {item.snippet ? <Text className='search-item__snippet'>{item.snippet}</Text> : null}
                      </View>
                    </View>
                  ))}
                </View>
                {group.total > group.items.length ? (
                  <Text className='search-group__more'>
                    {st('group.more', { count: group.total - group.items.length })}
                  </Text>
                ) : null}
              </View>
            )
          })}
        </View>
      ) : null}
    </Screen>
  )
}
