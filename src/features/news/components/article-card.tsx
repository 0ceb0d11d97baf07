import { Text, View } from '@tarojs/components'
import { formatCount, formatRelative } from '../../../shared/format/time'
import { pickText } from '../../../shared/i18n/translate'
import { useTranslate } from '../../../shared/i18n/use-translate'
import { navigateTo } from '../../../shared/navigation'
import { a11y } from '../../../shared/ui/a11y'
import type { ArticleSummary } from '../../../services/news/news-schemas'
import '../news.scss'

/** Row heights in design px (gap included): the windowed list needs them fixed. */
export const ARTICLE_ROW_HEIGHT = { normal: 300, elderly: 420 } as const

export function ArticleCard({ article, now }: { article: ArticleSummary; now: number }) {
  const { t, language } = useTranslate()
  const title = pickText(article.title, language)
  return (
    <View
      className='article-card'
      onClick={() => navigateTo('newsArticle', { id: article.id })}
      {...a11y(title, 'link')}
    >
      <Text className='article-card__title'>{title}</Text>
      <Text className='article-card__summary'>{pickText(article.summary, language)}</Text>
      <View className='article-card__meta'>
        <Text className='article-card__source'>{pickText(article.source, language)}</Text>
        <Text>{formatRelative(article.publishedAt, now, t)}</Text>
        <Text>{t('feed.reads', { count: formatCount(article.readCount, language) })}</Text>
      </View>
    </View>
  )
}
