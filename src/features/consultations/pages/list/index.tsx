import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { ConsultationStatus } from '../../../../services/consultations/consultations-schemas'
import { useApi } from '../../../../shared/api-context'
import { navigateTo } from '../../../../shared/navigation'
import { a11y } from '../../../../shared/ui/a11y'
import { PagedFooter } from '../../../../shared/ui/paged-footer'
import { Screen } from '../../../../shared/ui/screen'
import { EmptyState, ErrorState, Skeleton } from '../../../../shared/ui/state-views'
import { usePagedList } from '../../../../shared/use-paged-list'
import { useCity } from '../../../../shared/use-city'
import { Countdown } from '../../components/countdown'
import { useConsultationsText } from '../../hooks/use-consultations-text'
import { useDepartmentName } from '../../hooks/use-departments'
import '../../consultations.scss'
import '../../provide-mock'

/** Drafts open for comment (closing soonest first) and closed ones (with their feedback, once out). */
export default function ConsultationListPage() {
  const { ct, pick } = useConsultationsText()
  const city = useCity()
  const { consultations } = useApi()
  const departmentName = useDepartmentName()
  const columnId = useRouter().params.columnId
  const column = city.interaction.find((c) => c.id === columnId && c.kind === 'consultations')
  const [status, setStatus] = useState<ConsultationStatus>('open')
  const { listing, loadMore, reload } = usePagedList(
    (cursor) => consultations.listConsultations({ city: city.id, status, cursor }),
    `${city.id}:${status}`,
  )
  const title = column ? pick(column.name) : ct('list.title')

  return (
    <Screen className='consultations-page' title={title}>
      <View className='status-tabs' {...a11y(undefined, 'tablist')}>
        {(['open', 'closed'] as const).map((id) => (
          <View
            key={id}
            className={`status-tab ${status === id ? 'status-tab--chosen' : ''}`}
            onClick={() => setStatus(id)}
            {...a11y(undefined, 'tab', { selected: status === id })}
          >
            <Text>{ct(id === 'open' ? 'list.open' : 'list.closed')}</Text>
          </View>
        ))}
      </View>
      {listing.status === 'loading' ? <Skeleton rows={3} /> : null}
      {listing.status === 'error' ? <ErrorState error={listing.error} onRetry={reload} /> : null}
      {listing.status === 'ready' && listing.items.length === 0 ? (
        <EmptyState title={ct(status === 'open' ? 'list.emptyOpen' : 'list.emptyClosed')} hint={ct('list.emptyHint')} />
      ) : null}
      {listing.status === 'ready' && listing.items.length > 0 ? (
        <>
          <View {...a11y(title, 'list')}>
            {listing.items.map((item) => {
              const department = departmentName(item.departmentId)
              return (
                <View
                  key={item.id}
                  className='card consultation-card'
                  onClick={() => navigateTo('consultationsDetail', { id: item.id })}
                  {...a11y(undefined, 'listitem')}
                >
                  <Text className='consultation-card__title' {...a11y(undefined, 'link')}>
                    {item.title}
                  </Text>
                  {department ? <Text className='field__hint'>{pick(department)}</Text> : null}
                  <Text className='field__hint'>{ct('item.period', { start: item.startDate, end: item.endDate })}</Text>
                  <View className='consultation-card__meta'>
                    <Countdown endDate={item.endDate} closed={item.status === 'closed'} />
                    <Text>{ct('item.comments', { count: item.commentCount })}</Text>
                    {item.hasFeedback ? (
                      <Text className='consultation-card__feedback'>{ct('item.feedback')}</Text>
                    ) : null}
                  </View>
                </View>
              )
            })}
          </View>
          <PagedFooter listing={listing} onMore={loadMore} moreLabel={ct('list.more')} endLabel={ct('list.end')} />
        </>
      ) : null}
    </Screen>
  )
}
