import Taro from '@tarojs/taro'
import { routeUrl, routes, type PageRouteName, type RouteParams, type TabRouteName } from '../routes'

export function navigateTo<R extends PageRouteName>(name: R, params: RouteParams[R]): void {
  void Taro.navigateTo({ url: routeUrl(name, params) })
}

/** Replaces the current page, so Back skips it (a sent form must not come back empty). */
export function redirectTo<R extends PageRouteName>(name: R, params: RouteParams[R]): void {
  void Taro.redirectTo({ url: routeUrl(name, params) })
}

export function switchTab(name: TabRouteName): void {
  void Taro.switchTab({ url: `/${routes[name].path}` })
}

/** Back if there is somewhere to go back to (a deep link opens with no history), else Home. */
export function goBackOrHome(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else switchTab('home')
}
