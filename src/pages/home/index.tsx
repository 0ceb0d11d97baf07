import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useRef } from 'react'
import { cityBanner } from '../../cities/city-banner'
import { ArticleCard } from '../../features/news/components/article-card'
import { NoticeBanner } from '../../features/news/components/notice-banner'
import { FeedStates } from '../../features/news/components/feed-states'
import { useFeed } from '../../features/news/hooks/use-feed'
import { useApi } from '../../shared/api-context'
import { pickText } from '../../shared/i18n/translate'
import { useTranslate } from '../../shared/i18n/use-translate'
import { navigateTo } from '../../shared/navigation'
import { usePreferences } from '../../shared/preferences/app-preferences'
import { a11y } from '../../shared/ui/a11y'
import { ActionButton } from '../../shared/ui/action-button'
import { Screen } from '../../shared/ui/screen'
import { ErrorState, Skeleton } from '../../shared/ui/state-views'
import { useAsync } from '../../shared/use-async'
import { useCity } from '../../shared/use-city'
import './index.scss'

/** How many of the first column's articles Home previews; the column page has the rest. */
const PREVIEW_SIZE = 5

export default function HomePage() {
  const { t, language } = useTranslate()
  const city = useCity()
  const { news } = useApi()
  const elderly = usePreferences((s) => s.elderlyMode)
  const elderlyModeToggled = usePreferences((s) => s.elderlyModeToggled)
  const notices = useAsync(() => news.listNotices(city.id), city.id)
  const firstColumn = city.newsColumns[0]
  const { state: feed, refresh } = useFeed(city.id, firstColumn.id)

  // Notices go above everything, so nothing is laid out below them until they have arrived once:
  // content that jumps down under the citizen's thumb is worse than a skeleton.
  const noticesSettled = useRef(false)
  if (notices.status !== 'loading') noticesSettled.current = true

  usePullDownRefresh(async () => {
    notices.retry()
    await refresh()
    void Taro.stopPullDownRefresh()
  })

  const otherMode = t(elderly ? 'home.elderly.off' : 'home.elderly.on')
  const banner = cityBanner(city.id)
  const now = Date.now()

  return (
    <Screen title={pickText(city.accountName, language)}>
      <View className='home-header' style={banner ? { backgroundImage: `url("${banner}")` } : undefined}>
        <View className='home-header__names'>
          <Text className='home-header__account'>{pickText(city.accountName, language)}</Text>
          <Text className='home-header__city'>{pickText(city.name, language)}</Text>
        </View>
        <ActionButton className='home-header__mode' onClick={elderlyModeToggled}>
          {t('home.elderly.switch', { mode: otherMode })}
        </ActionButton>
      </View>

      {notices.status === 'loading' ? <Skeleton rows={noticesSettled.current ? 1 : 4} /> : null}
      {notices.status === 'error' ? <ErrorState error={notices.error} onRetry={notices.retry} /> : null}
      {notices.status === 'success' && notices.data.length > 0 ? (
        <View className='home-notices' {...a11y(t('home.notices'), 'region')}>
          {notices.data.map((notice) => (
            <NoticeBanner key={notice.id} notice={notice} />
          ))}
        </View>
      ) : null}

      {noticesSettled.current ? (
        <>
          <View className='home-search' onClick={() => navigateTo('search', {})} {...a11y(t('home.search'), 'link')}>
            <Text>{t('home.searchHint')}</Text>
          </View>
          <View className='home-links'>
            <View
              className='home-links__item'
              onClick={() => navigateTo('matrixAccounts', {})}
              {...a11y(undefined, 'link')}
            >
              <Text>{t('home.matrix')}</Text>
            </View>
            <View
              className='home-links__item'
              onClick={() => navigateTo('cityStories', {})}
              {...a11y(undefined, 'link')}
            >
              <Text>{t('home.cityLove', { city: pickText(city.name, language) })}</Text>
            </View>
          </View>
          <Text className='section-title'>{t('home.columns')}</Text>
          <View className='column-grid'>
            {city.newsColumns.map((column) => (
              <View
                key={column.id}
                className='column-grid__item'
                onClick={() => navigateTo('newsColumn', { columnId: column.id })}
                {...a11y(pickText(column.name, language), 'link')}
              >
                <Text>#{pickText(column.name, language)}</Text>
              </View>
            ))}
          </View>

          <View className='home-latest__head'>
            <Text className='section-title'>{pickText(firstColumn.name, language)}</Text>
            <Text
              className='home-latest__more'
              onClick={() => navigateTo('newsColumn', { columnId: firstColumn.id })}
              {...a11y(`${t('home.more')} ${pickText(firstColumn.name, language)}`, 'link')}
            >
              {t('home.more')} ›
            </Text>
          </View>
          <FeedStates feed={feed} onRetry={refresh} skeletonRows={3}>
            {() =>
              feed.items.slice(0, PREVIEW_SIZE).map((article) => (
                <View key={article.id} className='home-latest__row'>
                  <ArticleCard article={article} now={now} />
                </View>
              ))
            }
          </FeedStates>
        </>
      ) : null}
    </Screen>
  )
}
