import { ActionButton } from '../../../../shared/ui/action-button'
import { Text, View } from '@tarojs/components'
import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { routeUrl } from '../../../../routes'
import { isServiceError } from '../../../../services/errors'
import { useApi } from '../../../../shared/api-context'
import { formatCount, formatDateTime, formatRelative } from '../../../../shared/format/time'
import { pickText } from '../../../../shared/i18n/translate'
import { useTranslate } from '../../../../shared/i18n/use-translate'
import { goBackOrHome } from '../../../../shared/navigation'
import { a11y } from '../../../../shared/ui/a11y'
import { Screen } from '../../../../shared/ui/screen'
import { EmptyState, ErrorState, Skeleton } from '../../../../shared/ui/state-views'
import { useAsync } from '../../../../shared/use-async'
import { useCity } from '../../../../shared/use-city'
import { ArticleBody } from '../../../../shared/rich-text/article-body'
import { ShareAction } from '../../components/share-action'
import '../../news.scss'
// The one exception to "pages call ports only": the mini program's main package cannot afford the mock's
// article bodies, so in a mock build they ship in this subpackage and are handed to the mock here. It is
// empty on H5 and in http builds.
// eslint-disable-next-line no-restricted-imports
import '../../../../services/mock/provide-article-bodies'

export default function ArticlePage() {
  const { t, language } = useTranslate()
  const city = useCity()
  const { news } = useApi()
  const id = useRouter().params.id ?? ''
  const article = useAsync(() => news.getArticle(city.id, id), `${city.id}:${id}`)

  useShareAppMessage(() => ({
    title: article.status === 'success' ? pickText(article.data.title, language) : pickText(city.accountName, language),
    path: routeUrl('newsArticle', { id }),
  }))

  if (article.status === 'loading') {
    return (
      <Screen title={pickText(city.accountName, language)}>
        <Skeleton rows={2} />
      </Screen>
    )
  }
  if (article.status === 'error') {
    const notFound = isServiceError(article.error) && article.error.kind === 'not-found'
    return (
      <Screen title={pickText(city.accountName, language)}>
        {notFound ? (
          <View>
            <EmptyState title={t('article.notFound')} hint={t('article.notFoundHint')} />
            <View className='feed-footer'>
              <ActionButton primary onClick={goBackOrHome}>
                {t('article.backHome')}
              </ActionButton>
            </View>
          </View>
        ) : (
          <ErrorState error={article.error} onRetry={article.retry} />
        )}
      </Screen>
    )
  }

  const { data } = article
  const now = Date.now()
  return (
    <Screen title={pickText(city.accountName, language)}>
      <View className='article'>
        <Text className='article__title' {...a11y(undefined, 'heading', { level: 1 })}>
          {pickText(data.title, language)}
        </Text>
        <View className='article__meta'>
          <Text>{t('article.source', { source: pickText(data.source, language) })}</Text>
          <Text>
            {formatRelative(data.publishedAt, now, t)} · {formatDateTime(data.publishedAt)}
          </Text>
          <Text>{t('article.reads', { count: formatCount(data.readCount, language) })}</Text>
        </View>
        <View className='article__summary'>
          <Text className='article__summary-label'>{t('article.summary')}</Text>
          <Text>{pickText(data.summary, language)}</Text>
        </View>
        {/* Articles are published in Chinese; English readers get the title and summary translated. */}
        {language === 'en' ? <Text className='article__body-language'>{t('article.bodyLanguage')}</Text> : null}
        <ArticleBody html={data.bodyHtml} />
        <View className='article__actions'>
          <ShareAction />
        </View>
      </View>
    </Screen>
  )
}
