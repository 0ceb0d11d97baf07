/**
 * I Love <City>'s words (我爱<城市>), in both languages; they ship with its subpackage. `en` must have
 * `zh`'s keys.
 */
export const cityZh = {
  'stories.title': '我爱{city}',
  'stories.intro': '文化、美食、历史与城市建设的故事',
  'stories.categories': '故事分类',
  'stories.empty': '这个分类还没有故事',
  'stories.emptyHint': '看看其他分类吧。',
  'stories.all': '全部',
  'category.culture': '文化',
  'category.food': '美食',
  'category.history': '历史',
  'category.construction': '城市建设',
  'story.title': '城市故事',
  'story.chineseOnly': '全文为中文。',
  'story.more': '更多{category}故事',
}

export type CityMessageKey = keyof typeof cityZh

export const cityEn: Record<CityMessageKey, string> = {
  'stories.title': 'I Love {city}',
  'stories.intro': 'Stories of culture, food, history and city building',
  'stories.categories': 'Story categories',
  'stories.empty': 'No stories in this category yet',
  'stories.emptyHint': 'Try another category.',
  'stories.all': 'All',
  'category.culture': 'Culture',
  'category.food': 'Food',
  'category.history': 'History',
  'category.construction': 'City building',
  'story.title': 'City story',
  'story.chineseOnly': 'The full story is in Chinese.',
  'story.more': 'More {category} stories',
}
