/**
 * The one route table. app.config.ts builds the page list, the subpackages and the tab bar from it, and
 * shared/navigation.ts builds typed links from it: no page path is written anywhere else.
 * Pure data: app.config.ts is evaluated at build time in Node.
 */
interface RouteDef {
  /** Tab pages live in the main package; every other page in its feature's subpackage, `features/<name>`. */
  path: string
  tab?: { text: string }
}

export const routes = {
  home: { path: 'pages/home/index', tab: { text: '首页' } },
  services: { path: 'pages/services/index', tab: { text: '办事' } },
  interact: { path: 'pages/interact/index', tab: { text: '互动' } },
  me: { path: 'pages/me/index', tab: { text: '我的' } },
  newsColumn: { path: 'features/news/pages/column/index' },
  newsArticle: { path: 'features/news/pages/article/index' },
  lettersWrite: { path: 'features/letters/pages/write/index' },
  lettersCase: { path: 'features/letters/pages/case/index' },
  lettersMine: { path: 'features/letters/pages/mine/index' },
  lettersPublic: { path: 'features/letters/pages/public/index' },
  lettersPrivacy: { path: 'features/letters/pages/privacy/index' },
  servicesLookup: { path: 'features/services/pages/lookup/index' },
  questionsList: { path: 'features/questions/pages/list/index' },
  questionsDetail: { path: 'features/questions/pages/detail/index' },
  questionsAsk: { path: 'features/questions/pages/ask/index' },
  questionsMine: { path: 'features/questions/pages/mine/index' },
  consultationsList: { path: 'features/consultations/pages/list/index' },
  consultationsDetail: { path: 'features/consultations/pages/detail/index' },
  consultationsMine: { path: 'features/consultations/pages/mine/index' },
  matrixAccounts: { path: 'features/matrix/pages/accounts/index' },
  matrixBoard: { path: 'features/matrix/pages/board/index' },
  search: { path: 'features/search/pages/search/index' },
  cityStories: { path: 'features/city/pages/stories/index' },
  cityStory: { path: 'features/city/pages/story/index' },
  privacy: { path: 'features/me/pages/privacy/index' },
} as const satisfies Record<string, RouteDef>

export type RouteName = keyof typeof routes
export type TabRouteName = { [K in RouteName]: (typeof routes)[K] extends { tab: object } ? K : never }[RouteName]
export type PageRouteName = Exclude<RouteName, TabRouteName>

/** Query parameters each non-tab page takes. */
export interface RouteParams {
  newsColumn: { columnId: string }
  newsArticle: { id: string }
  lettersWrite: { channelId: string }
  /** `receipt: '1'` right after submission: the page opens with the receipt. */
  lettersCase: { caseNumber: string; receipt?: '1' }
  lettersMine: Record<string, never>
  lettersPublic: Record<string, never>
  lettersPrivacy: Record<string, never>
  /** `guide: '1'` opens on the service's guide instead of its form. */
  servicesLookup: { serviceId: string; guide?: '1' }
  /** `columnId`: the city's interaction column it was opened from (its name, its topic). */
  questionsList: { columnId?: string }
  /** `receipt: '1'` right after asking. */
  questionsDetail: { id: string; receipt?: '1' }
  questionsAsk: Record<string, never>
  questionsMine: Record<string, never>
  consultationsList: { columnId?: string }
  consultationsDetail: { id: string }
  consultationsMine: Record<string, never>
  /** `group` / `platform`: the filters to open with. */
  matrixAccounts: { group?: string; platform?: string }
  /** Without `departmentId`: the whole city's board. */
  matrixBoard: { departmentId?: string }
  /** `q`: words to search for at once. */
  search: { q?: string }
  cityStories: { category?: string }
  cityStory: { id: string }
  privacy: Record<string, never>
}

const allRoutes: Record<string, RouteDef> = routes

export const tabRouteNames = (Object.keys(allRoutes) as RouteName[]).filter(
  (name) => allRoutes[name].tab,
) as TabRouteName[]

/** The subpackage a page belongs to: its feature's folder, or none for a tab page. */
const subpackageOf = (route: RouteDef) => (route.tab ? null : route.path.split('/').slice(0, 2).join('/'))

export function mainPackagePages(): string[] {
  return Object.values(allRoutes)
    .filter((route) => !subpackageOf(route))
    .map((route) => route.path)
}

export function subpackages(): { root: string; pages: string[] }[] {
  const byRoot = new Map<string, string[]>()
  for (const route of Object.values(allRoutes)) {
    const root = subpackageOf(route)
    if (!root) continue
    const pages = byRoot.get(root) ?? []
    pages.push(route.path.slice(root.length + 1))
    byRoot.set(root, pages)
  }
  return [...byRoot].map(([root, pages]) => ({ root, pages }))
}

export function routeUrl<R extends PageRouteName>(name: R, params: RouteParams[R]): string {
  const query = Object.entries(params as Record<string, string | undefined>)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&')
  return `/${routes[name].path}${query ? `?${query}` : ''}`
}
