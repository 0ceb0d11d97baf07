import type { ArticleSummary } from '../../services/news/news-schemas'

/**
 * A column feed as the citizen sees it. `items` may come from the device's cache first (`fromCache`),
 * and stay on screen while a refresh runs or fails: a bad connection never blanks what was there.
 */
export interface FeedState {
  items: ArticleSummary[]
  nextCursor: string | null
  /** The first page is being fetched (with or without cached items on screen). */
  loading: boolean
  loadingMore: boolean
  /** Why the first page failed; shown as the error state only when there is nothing to show. */
  error: unknown
  /** Why the last "load more" failed; shown at the end of the list with a retry. */
  moreError: unknown
  fromCache: boolean
}

export type FeedEvent =
  /** A feed was opened (or its city or column changed), with the cached first page if there is one. */
  | { type: 'opened'; cached: { items: ArticleSummary[]; nextCursor: string | null } | null }
  | { type: 'refreshStarted' }
  | { type: 'firstPageLoaded'; items: ArticleSummary[]; nextCursor: string | null }
  | { type: 'firstPageFailed'; error: unknown }
  | { type: 'moreStarted' }
  | { type: 'moreLoaded'; items: ArticleSummary[]; nextCursor: string | null }
  | { type: 'moreFailed'; error: unknown }

export const initialFeed: FeedState = {
  items: [],
  nextCursor: null,
  loading: true,
  loadingMore: false,
  error: null,
  moreError: null,
  fromCache: false,
}

export function feedReducer(state: FeedState, event: FeedEvent): FeedState {
  switch (event.type) {
    case 'opened':
      return event.cached ? { ...initialFeed, ...event.cached, fromCache: true } : initialFeed
    case 'refreshStarted':
      return { ...state, loading: true, error: null }
    case 'firstPageLoaded':
      return {
        ...state,
        items: event.items,
        nextCursor: event.nextCursor,
        loading: false,
        error: null,
        moreError: null,
        fromCache: false,
      }
    case 'firstPageFailed':
      return { ...state, loading: false, error: event.error }
    case 'moreStarted':
      return { ...state, loadingMore: true, moreError: null }
    case 'moreLoaded': {
      // A refresh may have brought some of these in already: never show an article twice.
      const seen = new Set(state.items.map((item) => item.id))
      return {
        ...state,
        items: [...state.items, ...event.items.filter((item) => !seen.has(item.id))],
        nextCursor: event.nextCursor,
        loadingMore: false,
      }
    }
    case 'moreFailed':
      return { ...state, loadingMore: false, moreError: event.error }
  }
}

/** What the screen shows: exactly one of these. */
export type FeedView = 'skeleton' | 'error' | 'empty' | 'list'

export function feedView(state: FeedState): FeedView {
  if (state.items.length > 0) return 'list'
  if (state.loading) return 'skeleton'
  return state.error ? 'error' : 'empty'
}
