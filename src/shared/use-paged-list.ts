import { useReachBottom } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Page } from '../services/common-schemas'

export type PagedList<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; items: T[]; nextCursor: string | null; loadingMore?: boolean; moreError?: unknown }

/**
 * A cursor-paged list: the first page whenever `key` changes (a new search, filter or city), the next
 * one on `loadMore` or when the citizen reaches the bottom. A failed next page keeps what is shown and
 * offers its own retry; an answer that arrives after a newer request started is dropped.
 */
export function usePagedList<T>(load: (cursor: string | null) => Promise<Page<T>>, key: string) {
  const [listing, setListing] = useState<PagedList<T>>({ status: 'loading' })
  const request = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load
  const listingRef = useRef(listing)
  listingRef.current = listing

  const fetchPage = useCallback((cursor: string | null) => {
    const id = ++request.current
    const current = listingRef.current
    const base = current.status === 'ready' && cursor ? current : null
    setListing(base ? { ...base, loadingMore: true, moreError: undefined } : { status: 'loading' })
    loadRef.current(cursor).then(
      (page) =>
        id === request.current &&
        setListing({ status: 'ready', items: [...(base?.items ?? []), ...page.items], nextCursor: page.nextCursor }),
      (error: unknown) =>
        id === request.current &&
        setListing(base ? { ...base, loadingMore: false, moreError: error } : { status: 'error', error }),
    )
  }, [])

  useEffect(() => {
    fetchPage(null)
    return () => {
      request.current += 1
    }
  }, [key, fetchPage])

  const loadMore = useCallback(() => {
    const current = listingRef.current
    if (current.status === 'ready' && current.nextCursor && !current.loadingMore) fetchPage(current.nextCursor)
  }, [fetchPage])
  useReachBottom(loadMore)

  /** Start again from the first page, after a failure or when the data changed. */
  const reload = useCallback(() => fetchPage(null), [fetchPage])
  /** Replace one item in place (e.g. its helpful count went up). */
  const itemChanged = useCallback((match: (item: T) => boolean, next: T) => {
    setListing((current) =>
      current.status === 'ready'
        ? { ...current, items: current.items.map((item) => (match(item) ? next : item)) }
        : current,
    )
  }, [])
  return { listing, loadMore, reload, itemChanged }
}
