/**
 * The one route table. app.config.ts builds the page list, the subpackages and the tab bar from it, and
 * shared/navigation.ts builds typed links from it: no page path is written anywhere else.
 * Pure data: app.config.ts is evaluated at build time in Node.
 */
interface RouteDef {
  path: string
  /** Tab pages live in the main package; every other page in its feature's subpackage. */
  tab?: { text: string }
  subpackage?: string
}

export const routes = {
  home: { path: 'pages/home/index', tab: { text: '首页' } },
  services: { path: 'pages/services/index', tab: { text: '办事' } },
  interact: { path: 'pages/interact/index', tab: { text: '互动' } },
  me: { path: 'pages/me/index', tab: { text: '我的' } },
  newsColumn: { path: 'features/news/pages/column/index', subpackage: 'features/news' },
  newsArticle: { path: 'features/news/pages/article/index', subpackage: 'features/news' },
} as const satisfies Record<string, RouteDef>

export type RouteName = keyof typeof routes
export type TabRouteName = { [K in RouteName]: (typeof routes)[K] extends { tab: object } ? K : never }[RouteName]
export type PageRouteName = Exclude<RouteName, TabRouteName>

/** Query parameters each non-tab page takes. */
export interface RouteParams {
  newsColumn: { columnId: string }
  newsArticle: { id: string }
}

const allRoutes: Record<string, RouteDef> = routes

export const tabRouteNames = (Object.keys(allRoutes) as RouteName[]).filter(
  (name) => allRoutes[name].tab,
) as TabRouteName[]

export function mainPackagePages(): string[] {
  return Object.values(allRoutes)
    .filter((route) => !route.subpackage)
    .map((route) => route.path)
}

export function subpackages(): { root: string; pages: string[] }[] {
  const byRoot = new Map<string, string[]>()
  for (const route of Object.values(allRoutes)) {
    if (!route.subpackage) continue
    const pages = byRoot.get(route.subpackage) ?? []
    pages.push(route.path.slice(route.subpackage.length + 1))
    byRoot.set(route.subpackage, pages)
  }
  return [...byRoot].map(([root, pages]) => ({ root, pages }))
}

export function routeUrl<R extends PageRouteName>(name: R, params: RouteParams[R]): string {
  const query = Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&')
  return `/${routes[name].path}${query ? `?${query}` : ''}`
}
