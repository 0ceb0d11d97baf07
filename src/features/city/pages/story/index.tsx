import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useApi } from '../../../../shared/api-context'
import { navigateTo } from '../../../../shared/navigation'
import { ActionButton } from '../../../../shared/ui/action-button'
import { ArticleBody } from '../../../../shared/rich-text/article-body'
import { a11y } from '../../../../shared/ui/a11y'
import { Screen } from '../../../../shared/ui/screen'
import { ErrorState, Skeleton } from '../../../../shared/ui/state-views'
import { useAsync } from '../../../../shared/use-async'
import { useCity } from '../../../../shared/use-city'
import { StoryImage } from '../../components/story-image'
import { useCityText } from '../../hooks/use-city-text'
import '../../city.scss'
import '../../provide-mock'

/** One story of I Love <City>: its picture, title, category and body (sanitised like an article). */
export default function CityStoryPage() {
  const { ct, pick, language } = useCityText()
  const city = useCity()
  const { stories } = useApi()
  const id = useRouter().params.id ?? ''
  const loaded = useAsync(() => stories.getStory(city.id, id), `${city.id}:${id}`)
  const story = loaded.status === 'success' ? loaded.data : undefined

  return (
    <Screen className='city-page' title={story ? pick(story.title) : ct('story.title')}>
      {loaded.status === 'loading' ? <Skeleton rows={2} /> : null}
      {loaded.status === 'error' ? <ErrorState error={loaded.error} onRetry={loaded.retry} /> : null}
      {story ? (
        <View className='card story'>
          <StoryImage image={story.image} alt={pick(story.image.alt)} large />
          <Text className='story-card__category'>{ct(`category.${story.category}`)}</Text>
          <Text className='story__title' {...a11y(undefined, 'heading', { level: 1 })}>
            {pick(story.title)}
          </Text>
          <Text className='story__summary'>{pick(story.summary)}</Text>
          {language === 'en' ? <Text className='field__hint'>{ct('story.chineseOnly')}</Text> : null}
          <ArticleBody html={story.bodyHtml} />
          <ActionButton onClick={() => navigateTo('cityStories', { category: story.category })}>
            {ct('story.more', { category: ct(`category.${story.category}`) })}
          </ActionButton>
        </View>
      ) : null}
    </Screen>
  )
}
