import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { useApi } from '../../../../shared/api-context'
import { navigateTo } from '../../../../shared/navigation'
import { a11y } from '../../../../shared/ui/a11y'
import { Screen } from '../../../../shared/ui/screen'
import { EmptyState, ErrorState, Skeleton } from '../../../../shared/ui/state-views'
import { useAsync } from '../../../../shared/use-async'
import { useCity } from '../../../../shared/use-city'
import { StoryImage } from '../../components/story-image'
import { useCityText } from '../../hooks/use-city-text'
import { categoryOf, STORY_TABS, tabFromParam, tabLabelKey, type StoryTab } from '../../model'
import '../../city.scss'
import '../../provide-mock'

/** I Love <City>: the city's stories of culture, food, history and city building, by category. */
export default function CityStoriesPage() {
  const { ct, pick } = useCityText()
  const city = useCity()
  const { stories } = useApi()
  const [tab, setTab] = useState<StoryTab>(tabFromParam(useRouter().params.category))
  const listing = useAsync(() => stories.listStories(city.id, categoryOf(tab)), `${city.id}:${tab}`)
  const title = ct('stories.title', { city: pick(city.name) })

  return (
    <Screen className='city-page' title={title}>
      <View className='city-hero'>
        <Text className='city-hero__title' {...a11y(undefined, 'heading', { level: 1 })}>
          {title}
        </Text>
        <Text className='city-hero__intro'>{ct('stories.intro')}</Text>
      </View>
      <View className='story-tabs' {...a11y(ct('stories.categories'), 'tablist')}>
        {STORY_TABS.map((id) => (
          <View
            key={id}
            className={`story-tab ${tab === id ? 'story-tab--chosen' : ''}`}
            onClick={() => setTab(id)}
            {...a11y(ct(tabLabelKey(id)), 'tab', { selected: tab === id })}
          >
            <Text>{ct(tabLabelKey(id))}</Text>
          </View>
        ))}
      </View>
      {listing.status === 'loading' ? <Skeleton rows={3} /> : null}
      {listing.status === 'error' ? <ErrorState error={listing.error} onRetry={listing.retry} /> : null}
      {listing.status === 'success' && listing.data.length === 0 ? (
        <EmptyState title={ct('stories.empty')} hint={ct('stories.emptyHint')} />
      ) : null}
      {listing.status === 'success' && listing.data.length > 0 ? (
        <View {...a11y(title, 'list')}>
          {listing.data.map((story) => (
            <View
              key={story.id}
              className='card story-card'
              onClick={() => navigateTo('cityStory', { id: story.id })}
              {...a11y(undefined, 'listitem')}
            >
              <StoryImage image={story.image} alt={pick(story.image.alt)} />
              <Text className='story-card__category'>{ct(`category.${story.category}`)}</Text>
              <Text className='story-card__title' {...a11y(undefined, 'link')}>
                {pick(story.title)}
              </Text>
              <Text className='story-card__summary'>{pick(story.summary)}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </Screen>
  )
}
