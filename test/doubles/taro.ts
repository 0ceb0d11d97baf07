/**
 * A test double for @tarojs/taro. Storage is an in-memory map; navigation is recorded; page hooks are
 * registered so tests can fire them. `request` is a real HTTP client over Node's fetch with the same
 * contract as Taro.request (resolves with statusCode and data for any status, rejects with errMsg on
 * network failure), so the HTTP adapter is tested against a real local server.
 */
import { useEffect, useRef } from 'react'

const storage = new Map<string, unknown>()
const handlers = {
  pullDownRefresh: [] as (() => unknown)[],
  reachBottom: [] as (() => unknown)[],
  pageScroll: [] as ((e: { scrollTop: number }) => void)[],
}

export const testing = {
  storage,
  router: { params: {} as Record<string, string> },
  navigations: [] as { kind: string; url?: string }[],
  toasts: [] as string[],
  clipboard: '',
  windowInfo: { windowWidth: 375, windowHeight: 667 },
  async firePullDownRefresh() {
    await Promise.all(handlers.pullDownRefresh.map((h) => h()))
  },
  fireReachBottom() {
    handlers.reachBottom.forEach((h) => h())
  },
  firePageScroll(scrollTop: number) {
    handlers.pageScroll.forEach((h) => h({ scrollTop }))
  },
  reset() {
    storage.clear()
    this.router.params = {}
    this.navigations.length = 0
    this.toasts.length = 0
    this.clipboard = ''
    handlers.pullDownRefresh.length = 0
    handlers.reachBottom.length = 0
    handlers.pageScroll.length = 0
  },
}

interface RequestOptions {
  url: string
  method?: string
  header?: Record<string, string>
  data?: unknown
  timeout?: number
  dataType?: string
}

async function request(options: RequestOptions) {
  try {
    const response = await fetch(options.url, {
      method: options.method ?? 'GET',
      headers: options.header,
      body:
        typeof options.data === 'string'
          ? options.data
          : options.data === undefined
            ? undefined
            : JSON.stringify(options.data),
    })
    const text = await response.text()
    const headers: Record<string, string> = {}
    response.headers.forEach((value, key) => (headers[key] = value))
    let data: unknown = text
    if (options.dataType === 'json') {
      try {
        data = JSON.parse(text)
      } catch {
        data = text
      }
    }
    return { statusCode: response.status, data, header: headers }
  } catch (error) {
    throw { errMsg: `request:fail ${error instanceof Error ? error.message : String(error)}` }
  }
}

const resolved = () => Promise.resolve({ errMsg: 'ok' })

/** Like Taro's page hooks: the latest handler of each mounted component answers the page event. */
function pageHook<K extends keyof typeof handlers>(kind: K) {
  return (handler: (typeof handlers)[K][number]) => {
    const latest = useRef(handler)
    latest.current = handler
    useEffect(() => {
      const list = handlers[kind] as unknown[]
      const relay = (...args: unknown[]) => (latest.current as (...a: unknown[]) => unknown)(...args)
      list.push(relay)
      return () => void list.splice(list.indexOf(relay), 1)
    }, [])
  }
}

const Taro = {
  request,
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
  navigateTo: ({ url }: { url: string }) => (testing.navigations.push({ kind: 'navigateTo', url }), resolved()),
  switchTab: ({ url }: { url: string }) => (testing.navigations.push({ kind: 'switchTab', url }), resolved()),
  navigateBack: () => (testing.navigations.push({ kind: 'navigateBack' }), resolved()),
  getCurrentPages: () => [{}],
  setNavigationBarTitle: resolved,
  setNavigationBarColor: resolved,
  setTabBarItem: resolved,
  setTabBarStyle: resolved,
  stopPullDownRefresh: resolved,
  showToast: ({ title }: { title: string }) => (testing.toasts.push(title), resolved()),
  setClipboardData: ({ data }: { data: string }) => ((testing.clipboard = data), resolved()),
  getWindowInfo: () => testing.windowInfo,
  getSystemInfoSync: () => ({ ...testing.windowInfo, fontSizeSetting: 17 }),
  getAppBaseInfo: () => ({ fontSizeSetting: 17 }),
  createSelectorQuery() {
    const query = {
      select: () => query,
      selectViewport: () => query,
      boundingClientRect: () => query,
      scrollOffset: () => query,
      exec: (callback: (result: unknown[]) => void) => callback([{ top: 0 }, { scrollTop: 0 }]),
    }
    return query
  },
}

export default Taro

export const useRouter = () => testing.router
export const useDidShow = (_: () => void) => undefined
export const useLaunch = (_: () => void) => undefined
export const useShareAppMessage = (_: () => unknown) => undefined
export const usePullDownRefresh = pageHook('pullDownRefresh')
export const useReachBottom = pageHook('reachBottom')
export const usePageScroll = pageHook('pageScroll')
