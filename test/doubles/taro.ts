/**
 * A test double for @tarojs/taro. Storage is an in-memory map; navigation is recorded; page hooks are
 * registered so tests can fire them. `request` is a real HTTP client over Node's fetch with the same
 * contract as Taro.request (resolves with statusCode and data for any status, rejects with errMsg on
 * network failure), so the HTTP adapter is tested against a real local server. `uploadFile` likewise
 * posts a real multipart body, reading the file from a `blob:` URL (what H5's chooseMedia gives) or
 * from a path on disk.
 */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
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
  /** Every navigation bar title a page set, in order. */
  titles: [] as string[],
  toasts: [] as string[],
  clipboard: '',
  windowInfo: { windowWidth: 375, windowHeight: 667 },
  /** What the next `chooseMedia` returns; empty: the citizen cancelled. */
  media: [] as { tempFilePath: string; size: number }[],
  /** Whether the citizen agrees to the next `showModal`, and the place the next `chooseLocation` picks. */
  modalConfirms: true,
  location: null as { name: string; address: string } | null,
  tabBadges: new Map<number, string>(),
  subscribeRequests: [] as string[][],
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
    this.titles.length = 0
    this.toasts.length = 0
    this.clipboard = ''
    this.media = []
    this.modalConfirms = true
    this.location = null
    this.tabBadges.clear()
    this.subscribeRequests.length = 0
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

interface UploadFileOptions {
  url: string
  filePath: string
  name: string
  header?: Record<string, string>
  formData?: Record<string, string>
}

/** Like Taro.uploadFile: resolves with statusCode and the body as text for any status. */
async function uploadFile(options: UploadFileOptions) {
  try {
    const file = options.filePath.startsWith('blob:')
      ? await (await fetch(options.filePath)).blob()
      : new Blob([await readFile(options.filePath)])
    const form = new FormData()
    for (const [key, value] of Object.entries(options.formData ?? {})) form.append(key, value)
    form.append(options.name, file, basename(options.filePath))
    const response = await fetch(options.url, { method: 'POST', headers: options.header, body: form })
    return { statusCode: response.status, data: await response.text(), errMsg: 'uploadFile:ok' }
  } catch (error) {
    throw { errMsg: `uploadFile:fail ${error instanceof Error ? error.message : String(error)}` }
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
  uploadFile,
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
  navigateTo: ({ url }: { url: string }) => (testing.navigations.push({ kind: 'navigateTo', url }), resolved()),
  switchTab: ({ url }: { url: string }) => (testing.navigations.push({ kind: 'switchTab', url }), resolved()),
  redirectTo: ({ url }: { url: string }) => (testing.navigations.push({ kind: 'redirectTo', url }), resolved()),
  navigateBack: () => (testing.navigations.push({ kind: 'navigateBack' }), resolved()),
  getCurrentPages: () => [{}],
  setNavigationBarTitle: ({ title }: { title: string }) => (testing.titles.push(title), resolved()),
  setNavigationBarColor: resolved,
  setTabBarItem: resolved,
  setTabBarStyle: resolved,
  stopPullDownRefresh: resolved,
  pageScrollTo: resolved,
  setTabBarBadge: ({ index, text }: { index: number; text: string }) => (
    testing.tabBadges.set(index, text),
    resolved()
  ),
  removeTabBarBadge: ({ index }: { index: number }) => (testing.tabBadges.delete(index), resolved()),
  chooseMedia: () =>
    testing.media.length > 0
      ? Promise.resolve({ tempFiles: testing.media, type: 'image' })
      : Promise.reject({ errMsg: 'chooseMedia:fail cancel' }),
  showModal: () => Promise.resolve({ confirm: testing.modalConfirms, cancel: !testing.modalConfirms }),
  chooseLocation: () =>
    testing.location ? Promise.resolve(testing.location) : Promise.reject({ errMsg: 'chooseLocation:fail cancel' }),
  requestSubscribeMessage: ({ tmplIds }: { tmplIds: string[] }) => (
    testing.subscribeRequests.push(tmplIds),
    resolved()
  ),
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
/** A page is shown once it mounts (tests do not switch pages away and back). */
export const useDidShow = (handler: () => void) => {
  const latest = useRef(handler)
  latest.current = handler
  useEffect(() => {
    latest.current()
  }, [])
}
export const useLaunch = (_: () => void) => undefined
export const useShareAppMessage = (_: () => unknown) => undefined
export const usePullDownRefresh = pageHook('pullDownRefresh')
export const useReachBottom = pageHook('reachBottom')
export const usePageScroll = pageHook('pageScroll')
