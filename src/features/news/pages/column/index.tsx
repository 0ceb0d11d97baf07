import { ActionButton } from '../../../../shared/ui/action-button'
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro'
import { pickText } from '../../../../shared/i18n/translate'
import { useTranslate } from '../../../../shared/i18n/use-translate'
import { usePreferences } from '../../../../shared/preferences/app-preferences'
import { Screen } from '../../../../shared/ui/screen'
import { EmptyState, ErrorState } from '../../../../shared/ui/state-views'
import { WindowedList } from '../../../../shared/ui/windowed-list'
import { useCity } from '../../../../shared/use-city'
import { ARTICLE_ROW_HEIGHT, ArticleCard } from '../../components/article-card'
import { FeedStates } from '../../components/feed-states'
import type { FeedState } from '../../feed-model'
import { useFeed } from '../../hooks/use-feed'
import '../../news.scss'

export default function ColumnPage() {
  const { t, language } = useTranslate()
  const city = useCity()
  const columnId = useRouter().params.columnId ?? ''
  const column = city.newsColumns.find((c) => c.id === columnId)
  const title = column ? pickText(column.name, language) : t('article.notFound')

  return (
    <Screen title={title}>
      {column ? <ColumnFeed columnId={column.id} /> : <EmptyState title={t('state.error.not-found')} />}
    </Screen>
  )
}

function ColumnFeed({ columnId }: { columnId: string }) {
  const { t } = useTranslate()
  const city = useCity()
  const elderly = usePreferences((s) => s.elderlyMode)
  const { state, refresh, loadMore } = useFeed(city.id, columnId)
  const now = Date.now()

  usePullDownRefresh(async () => {
    await refresh()
    void Taro.stopPullDownRefresh()
  })
  useReachBottom(() => void loadMore())

  return (
    <View className='feed-list'>
      <FeedStates feed={state} onRetry={refresh} skeletonRows={5}>
        {() => (
          <>
            {state.fromCache ? <Text className='offline-banner'>{t('state.offlineCopy')}</Text> : null}
            <WindowedList
              id='column-feed'
              items={state.items}
              rowHeight={elderly ? ARTICLE_ROW_HEIGHT.elderly : ARTICLE_ROW_HEIGHT.normal}
              getKey={(article) => article.id}
              renderRow={(article) => <ArticleCard article={article} now={now} />}
            />
            <FeedFooter state={state} onLoadMore={loadMore} />
          </>
        )}
      </FeedStates>
    </View>
  )
}

/** The end of the list: load more (also reached by scrolling), its progress, its error, or the end. */
function FeedFooter({ state, onLoadMore }: { state: FeedState; onLoadMore: () => void }) {
  const { t } = useTranslate()
  let content
  if (state.loadingMore) content = <Text>{t('feed.loadingMore')}</Text>
  else if (state.moreError) content = <ErrorState error={state.moreError} onRetry={onLoadMore} />
  else if (state.nextCursor) content = <ActionButton onClick={onLoadMore}>{t('feed.loadMore')}</ActionButton>
  else content = <Text>{t('feed.end')}</Text>
  return <View className='feed-footer'>{content}</View>
}
