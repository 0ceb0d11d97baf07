import { Text, View } from '@tarojs/components'
import type { Account } from '../../../services/matrix/matrix-schemas'
import { formatDateTime } from '../../../shared/format/time'
import { a11y } from '../../../shared/ui/a11y'
import type { MatrixText } from '../hooks/use-matrix-text'

/** An account's latest posts (its "news"), newest first, with their Beijing dates. */
export function RecentPosts({ account, mt }: { account: Account; mt: MatrixText }) {
  if (account.recentPosts.length === 0) return <Text className='account__meta'>{mt('account.noPosts')}</Text>
  return (
    <View className='account__posts' {...a11y(mt('account.posts'), 'list')}>
      {account.recentPosts.map((post) => (
        <View key={`${post.postedAt}-${post.title}`} className='account__post' {...a11y(undefined, 'listitem')}>
          <Text className='account__post-title'>{post.title}</Text>
          <Text className='account__meta'>{formatDateTime(post.postedAt)}</Text>
        </View>
      ))}
    </View>
  )
}
