import type { ReactNode } from 'react'
import { useTranslate } from '../../../shared/i18n/use-translate'
import { EmptyState, ErrorState, Skeleton } from '../../../shared/ui/state-views'
import { feedView, type FeedState } from '../feed-model'

/** A feed's four states: the skeleton, the error with a retry, the empty column, or its articles. */
export function FeedStates({
  feed,
  onRetry,
  skeletonRows,
  children,
}: {
  feed: FeedState
  onRetry: () => void
  skeletonRows: number
  children: () => ReactNode
}) {
  const { t } = useTranslate()
  switch (feedView(feed)) {
    case 'skeleton':
      return <Skeleton rows={skeletonRows} />
    case 'error':
      return <ErrorState error={feed.error} onRetry={onRetry} />
    case 'empty':
      return <EmptyState title={t('feed.empty')} />
    case 'list':
      return <>{children()}</>
  }
}
