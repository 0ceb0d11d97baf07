import { Text, View } from '@tarojs/components'
import { useTranslate } from '../i18n/use-translate'
import type { PagedList } from '../use-paged-list'
import { ActionButton } from './action-button'
import { ErrorState } from './state-views'
import './paged-footer.scss'

/** Under a paged list: "more" (or its own retry when the next page failed), or "that's all". */
export function PagedFooter<T>({
  listing,
  onMore,
  moreLabel,
  endLabel,
}: {
  listing: Extract<PagedList<T>, { status: 'ready' }>
  onMore: () => void
  moreLabel: string
  endLabel: string
}) {
  const { t } = useTranslate()
  return (
    <View className='feed-footer'>
      {listing.moreError !== undefined ? <ErrorState error={listing.moreError} onRetry={onMore} /> : null}
      {listing.nextCursor && listing.moreError === undefined ? (
        <ActionButton onClick={onMore}>{listing.loadingMore ? t('state.loading') : moreLabel}</ActionButton>
      ) : null}
      {!listing.nextCursor ? <Text className='field__hint'>{endLabel}</Text> : null}
    </View>
  )
}
