import { STORY_CATEGORIES, type StoryCategory } from '../../services/stories/stories-schemas'
import type { CityMessageKey } from './city-messages'

/** The tabs of the stories page: every story, then one per category. */
export const STORY_TABS = ['all', ...STORY_CATEGORIES] as const
export type StoryTab = (typeof STORY_TABS)[number]

/** A route's `category` parameter as a tab: anything unknown opens on all stories. */
export function tabFromParam(param: string | undefined): StoryTab {
  return STORY_TABS.find((tab) => tab === param) ?? 'all'
}

export const categoryOf = (tab: StoryTab): StoryCategory | undefined => (tab === 'all' ? undefined : tab)

export const tabLabelKey = (tab: StoryTab): CityMessageKey => (tab === 'all' ? 'stories.all' : `category.${tab}`)
