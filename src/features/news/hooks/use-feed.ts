import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react'
import type { CityId } from '../../../../config/settings'
import { useApi } from '../../../shared/api-context'
import { taroStorage } from '../../../shared/storage/taro-storage'
import { createFeedCache, type FeedCache } from '../feed-cache'
import { feedReducer, initialFeed } from '../feed-model'

const appFeedCache = createFeedCache(taroStorage)

/**
 * A column's feed: the cached first page at once, then the network; refresh, and load more by cursor.
 * Answers for a city or column the citizen has already left are dropped.
 */
export function useFeed(city: CityId, columnId: string, cache: FeedCache = appFeedCache) {
  const { news } = useApi()
  const [state, dispatch] = useReducer(feedReducer, initialFeed)
  const generation = useRef(0)
  const stateRef = useRef(state)
  stateRef.current = state

  const refresh = useCallback(async () => {
    const current = ++generation.current
    dispatch({ type: 'refreshStarted' })
    try {
      const page = await news.listArticles({ city, columnId })
      if (current !== generation.current) return
      cache.writeFirstPage(city, columnId, page)
      dispatch({ type: 'firstPageLoaded', ...page })
    } catch (error) {
      if (current === generation.current) dispatch({ type: 'firstPageFailed', error })
    }
  }, [news, city, columnId, cache])

  const loadMore = useCallback(async () => {
    const { nextCursor, loadingMore, loading } = stateRef.current
    if (!nextCursor || loadingMore || loading) return
    const current = generation.current
    dispatch({ type: 'moreStarted' })
    try {
      const page = await news.listArticles({ city, columnId, cursor: nextCursor })
      if (current === generation.current) dispatch({ type: 'moreLoaded', ...page })
    } catch (error) {
      if (current === generation.current) dispatch({ type: 'moreFailed', error })
    }
  }, [news, city, columnId])

  useEffect(() => {
    dispatch({ type: 'opened', cached: cache.read(city, columnId) })
    void refresh()
  }, [city, columnId, cache, refresh])

  return useMemo(() => ({ state, refresh, loadMore }), [state, refresh, loadMore])
}
