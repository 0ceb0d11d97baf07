/** The one-stop search's words, in both languages; they ship with its subpackage. `en` must have `zh`'s keys. */
export const searchZh = {
  'page.title': '搜索',
  'box.label': '搜索全站',
  'box.button': '搜索',
  'idle.title': '一个搜索框，找遍全站',
  'idle.hint': '新闻、服务、问答、征求意见和部门都能搜到。可以输入中文，也可以输入拼音全拼或首字母，例如：',
  'empty.title': '没有找到与“{words}”相关的内容',
  'empty.hint': '换个说法试试，或者少输几个字；拼音可以只输首字母，例如“sb”。',
  'results.count': '共找到 {count} 条',
  'group.heading': '{kind}（{count}）',
  'group.more': '还有 {count} 条，请输入更具体的词',
  'kind.news': '新闻',
  'kind.service': '服务',
  'kind.question': '问答',
  'kind.consultation': '征求意见',
  'kind.department': '部门',
  'item.open': '打开{kind}：{title}',
}
export type SearchMessageKey = keyof typeof searchZh

export const searchEn: Record<SearchMessageKey, string> = {
  'page.title': 'Search',
  'box.label': 'Search everything',
  'box.button': 'Search',
  'idle.title': 'One box for everything',
  'idle.hint':
    'News, services, questions, consultations and departments. Type Chinese, or pinyin in full or just its initials, for example:',
  'empty.title': 'Nothing found for “{words}”',
  'empty.hint': 'Try other words, or fewer of them; pinyin works with initials only, like “sb”.',
  'results.count': '{count} found',
  'group.heading': '{kind} ({count})',
  'group.more': '{count} more: try more specific words',
  'kind.news': 'News',
  'kind.service': 'Services',
  'kind.question': 'Questions',
  'kind.consultation': 'Consultations',
  'kind.department': 'Departments',
  'item.open': 'Open {kind}: {title}',
}
