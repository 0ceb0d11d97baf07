import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useApi } from '../../../../shared/api-context'
import { formatDateTime } from '../../../../shared/format/time'
import { pickText } from '../../../../shared/i18n/translate'
import { a11y } from '../../../../shared/ui/a11y'
import { FoldedChoice } from '../../../../shared/ui/controls'
import { PagedFooter } from '../../../../shared/ui/paged-footer'
import { SearchBox } from '../../../../shared/ui/search-box'
import { Screen } from '../../../../shared/ui/screen'
import { EmptyState, ErrorState, Skeleton } from '../../../../shared/ui/state-views'
import { usePagedList } from '../../../../shared/use-paged-list'
import { useCity } from '../../../../shared/use-city'
import { useLettersConfig } from '../../hooks/use-letters-config'
import { useLettersText } from '../../hooks/use-letters-text'
import '../../letters.scss'
import '../../provide-mock'

const ALL = 'all'

/** Replies to letters their citizens made public, without anything that identifies them; searchable. */
export default function PublicRepliesPage() {
  const { lt, language } = useLettersText()
  const city = useCity()
  const { letters } = useApi()
  const config = useLettersConfig()
  const [query, setQuery] = useState({ text: '', departmentId: ALL })
  const { listing, loadMore, reload } = usePagedList(
    (cursor) =>
      letters.listPublicReplies({
        city: city.id,
        text: query.text || undefined,
        departmentId: query.departmentId === ALL ? undefined : query.departmentId,
        cursor,
      }),
    `${city.id}:${query.departmentId}:${query.text}`,
  )

  return (
    <Screen className='letters-page' title={lt('public.title')}>
      <View className='card'>
        <SearchBox
          label={lt('public.search')}
          buttonLabel={lt('public.searchButton')}
          onSearch={(text) => setQuery({ ...query, text })}
        />
        {config.status === 'success' ? (
          <FoldedChoice
            label={lt('public.department')}
            changeLabel={lt('field.departmentChoose')}
            options={[
              { id: ALL, label: lt('public.allDepartments') },
              ...config.data.departments.map((d) => ({ id: d.id, label: pickText(d.name, language) })),
            ]}
            value={query.departmentId}
            onChoose={(departmentId) => setQuery({ ...query, departmentId })}
          />
        ) : null}
      </View>
      {listing.status === 'loading' ? <Skeleton rows={3} /> : null}
      {listing.status === 'error' ? <ErrorState error={listing.error} onRetry={reload} /> : null}
      {listing.status === 'ready' && listing.items.length === 0 ? (
        <EmptyState title={lt('public.empty')} hint={lt('public.emptyHint')} />
      ) : null}
      {listing.status === 'ready' && listing.items.length > 0 ? (
        <>
          <View {...a11y(lt('public.title'), 'list')}>
            {listing.items.map((reply) => (
              <View key={reply.caseNumber} className='card public-reply' {...a11y(undefined, 'listitem')}>
                <Text className='case-row__title'>{reply.title}</Text>
                <Text className='field__hint'>
                  {lt(`type.${reply.type}`)} · {formatDateTime(reply.submittedAt)}
                </Text>
                <Text className='public-reply__letter'>{reply.description}</Text>
                <View className='public-reply__answer'>
                  <Text className='field__label'>{lt('public.reply', { department: reply.department })}</Text>
                  <Text>{reply.reply}</Text>
                  <Text className='field__hint'>{formatDateTime(reply.repliedAt)}</Text>
                </View>
              </View>
            ))}
          </View>
          <PagedFooter listing={listing} onMore={loadMore} moreLabel={lt('public.more')} endLabel={lt('public.end')} />
        </>
      ) : null}
    </Screen>
  )
}
