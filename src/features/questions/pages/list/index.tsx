import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { useApi } from '../../../../shared/api-context'
import { navigateTo } from '../../../../shared/navigation'
import { a11y } from '../../../../shared/ui/a11y'
import { ActionButton } from '../../../../shared/ui/action-button'
import { FoldedChoice } from '../../../../shared/ui/controls'
import { PagedFooter } from '../../../../shared/ui/paged-footer'
import { SearchBox } from '../../../../shared/ui/search-box'
import { Screen } from '../../../../shared/ui/screen'
import { EmptyState, ErrorState, Skeleton } from '../../../../shared/ui/state-views'
import { usePagedList } from '../../../../shared/use-paged-list'
import { useCity } from '../../../../shared/use-city'
import { QuestionCard } from '../../components/question-card'
import { useQuestionsConfig } from '../../hooks/use-questions-config'
import { useQuestionsText } from '../../hooks/use-questions-text'
import '../../provide-mock'
import '../../questions.scss'

const ALL = 'all'

/**
 * Answered questions, newest answer first: searchable, by department and topic. Opened from one of the
 * city's interaction columns (Shanghai's #Reply, Yinchuan's 问政银川 …), it carries that column's name
 * and, where it has one, its topic.
 */
export default function QuestionListPage() {
  const { qt, pick } = useQuestionsText()
  const city = useCity()
  const { questions } = useApi()
  const config = useQuestionsConfig()
  const columnId = useRouter().params.columnId
  const column = city.interaction.find((c) => c.id === columnId && c.kind === 'questions')
  const [query, setQuery] = useState({ text: '', departmentId: ALL, topicId: column?.topicId ?? ALL })
  const { listing, loadMore, reload } = usePagedList(
    (cursor) =>
      questions.listAnswered({
        city: city.id,
        text: query.text || undefined,
        departmentId: query.departmentId === ALL ? undefined : query.departmentId,
        topicId: query.topicId === ALL ? undefined : query.topicId,
        cursor,
      }),
    `${city.id}:${query.departmentId}:${query.topicId}:${query.text}`,
  )
  const departmentName = (id: string | null) => {
    const department = config.status === 'success' ? config.data.departments.find((d) => d.id === id) : undefined
    return department ? pick(department.name) : ''
  }

  return (
    <Screen className='questions-page' title={column ? pick(column.name) : qt('list.title')}>
      <View className='entry-row'>
        <ActionButton primary onClick={() => navigateTo('questionsAsk', {})}>
          {qt('list.ask')}
        </ActionButton>
        <ActionButton onClick={() => navigateTo('questionsMine', {})}>{qt('list.mine')}</ActionButton>
      </View>
      <View className='card'>
        <SearchBox
          label={qt('list.search')}
          buttonLabel={qt('list.searchButton')}
          onSearch={(text) => setQuery({ ...query, text })}
        />
        {config.status === 'success' ? (
          <>
            <FoldedChoice
              label={qt('list.department')}
              changeLabel={qt('list.change')}
              options={[
                { id: ALL, label: qt('list.all') },
                ...config.data.departments.map((d) => ({ id: d.id, label: pick(d.name) })),
              ]}
              value={query.departmentId}
              onChoose={(departmentId) => setQuery({ ...query, departmentId })}
            />
            {column?.topicId ? null : (
              <FoldedChoice
                label={qt('list.topic')}
                changeLabel={qt('list.change')}
                options={[
                  { id: ALL, label: qt('list.all') },
                  ...config.data.topics.map((topic) => ({ id: topic.id, label: pick(topic.name) })),
                ]}
                value={query.topicId}
                onChoose={(topicId) => setQuery({ ...query, topicId })}
              />
            )}
          </>
        ) : null}
      </View>
      {listing.status === 'loading' ? <Skeleton rows={3} /> : null}
      {listing.status === 'error' ? <ErrorState error={listing.error} onRetry={reload} /> : null}
      {listing.status === 'ready' && listing.items.length === 0 ? (
        <EmptyState title={qt('list.empty')} hint={qt('list.emptyHint')} />
      ) : null}
      {listing.status === 'ready' && listing.items.length > 0 ? (
        <>
          <View {...a11y(column ? pick(column.name) : qt('list.title'), 'list')}>
            {listing.items.map((question) => (
              <QuestionCard key={question.id} question={question} department={departmentName(question.departmentId)} />
            ))}
          </View>
          <PagedFooter listing={listing} onMore={loadMore} moreLabel={qt('list.more')} endLabel={qt('list.end')} />
        </>
      ) : null}
    </Screen>
  )
}
