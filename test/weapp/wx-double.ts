/**
 * A small, recording stand-in for the `wx` object the compiled mini program talks to.
 *
 * Why hand-written instead of miniprogram-simulate's own `wx` mock: we want to know exactly which APIs
 * the compiled app touches, and to see navigations and storage writes. What shapes it:
 *
 * - Taro's runtime builds `Taro.xxx` from `Object.keys(wx)` once, when taro.js loads (processApis in
 *   @tarojs/shared). An API that is not an own key of the double at that moment never becomes
 *   `Taro.xxx`, so every API the app calls through Taro has to be defined up front.
 * - So that the app's `Taro.xxx` exists for every real WeChat API, each name in `knownApis` (the full
 *   list, taken from miniprogram-simulate's own mock) that the double does not implement gets a stub
 *   that records the name in `missing` and throws. App code often wraps platform calls in try/catch
 *   (storage, font scale), so the record is what makes such a call visible.
 * - Any other property read from `wx` that the double lacks (feature probes like `wx.cloud`) is
 *   recorded in `missing` too, through a Proxy.
 */

export interface WxCall {
  api: string
  args: unknown[]
}

export interface WxDouble {
  /** Install this as `globalThis.wx`. */
  wx: Record<string, unknown>
  /** Every call to a double API, in order. */
  calls: WxCall[]
  /** The urls passed to wx.navigateTo, in order. */
  navigations: string[]
  /** The urls passed to wx.redirectTo, in order (a page that replaces itself, e.g. form → receipt). */
  redirects: string[]
  /** APIs called or properties read that the double does not implement (feature probes included). */
  missing: Set<string>
  /** Device storage, as the sync storage APIs see it. */
  storage: Map<string, unknown>
}

type Options = {
  success?: (res: unknown) => void
  fail?: (res: unknown) => void
  complete?: (res: unknown) => void
  [key: string]: unknown
}

/** Properties that get read from any object by generic code (webpack's chunk array, promise checks). */
const NOT_APIS = new Set(['webpackJsonp', 'then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'constructor'])

const WINDOW_INFO = {
  pixelRatio: 2,
  screenWidth: 375,
  screenHeight: 667,
  windowWidth: 375,
  windowHeight: 603,
  statusBarHeight: 20,
  screenTop: 0,
  safeArea: { left: 0, right: 375, top: 20, bottom: 667, width: 375, height: 647 },
}
const APP_BASE_INFO = {
  SDKVersion: '3.7.0',
  language: 'zh_CN',
  version: '8.0.50',
  theme: 'light',
  fontSizeSetting: 17,
  host: { env: 'WeChat' },
}
const DEVICE_INFO = { brand: 'devtools', model: 'iPhone 6/7/8', system: 'iOS 16.0', platform: 'devtools' }

/** @param knownApis names of every function-valued `wx` API, so that Taro wraps each of them. */
export function createWxDouble(knownApis: readonly string[] = []): WxDouble {
  const calls: WxCall[] = []
  const navigations: string[] = []
  const redirects: string[] = []
  const missing = new Set<string>()
  const storage = new Map<string, unknown>()

  /** A synchronous API: records the call and returns `impl`'s result. */
  const sync =
    (api: string, impl: (...args: never[]) => unknown = () => undefined) =>
    (...args: unknown[]) => {
      calls.push({ api, args })
      return (impl as (...a: unknown[]) => unknown)(...args)
    }

  /**
   * An asynchronous API in WeChat's callback style: answers `success` and `complete` on a later
   * macrotask, like the real client (never synchronously).
   */
  const async =
    (api: string, result: (options: Options) => object = () => ({})) =>
    (options: Options = {}) => {
      calls.push({ api, args: [options] })
      const res = { errMsg: `${api}:ok`, ...result(options) }
      setTimeout(() => {
        options.success?.(res)
        options.complete?.(res)
      }, 0)
    }

  const selectorQuery = () => {
    // Enough of SelectorQuery for code that measures nodes: every query answers null.
    const query = {
      in: () => query,
      select: () => nodesRef,
      selectAll: () => nodesRef,
      selectViewport: () => nodesRef,
      exec: (cb?: (res: unknown[]) => void) => setTimeout(() => cb?.([]), 0),
    }
    const nodesRef = {
      boundingClientRect: () => query,
      scrollOffset: () => query,
      fields: () => query,
      node: () => query,
      context: () => query,
    }
    return query
  }

  const apis: Record<string, unknown> = {
    env: { USER_DATA_PATH: 'wxfile://usr' },

    // System information: Taro's runtime and the app's font-scale and layout code read these.
    getSystemInfoSync: sync('getSystemInfoSync', () => ({ ...WINDOW_INFO, ...APP_BASE_INFO, ...DEVICE_INFO })),
    getWindowInfo: sync('getWindowInfo', () => ({ ...WINDOW_INFO })),
    getAppBaseInfo: sync('getAppBaseInfo', () => ({ ...APP_BASE_INFO })),
    getDeviceInfo: sync('getDeviceInfo', () => ({ ...DEVICE_INFO })),
    getSystemSetting: sync('getSystemSetting', () => ({ deviceOrientation: 'portrait' })),
    canIUse: sync('canIUse', () => true),
    getPerformance: sync('getPerformance', () => ({
      now: () => Date.now(),
      getEntries: () => [],
      createObserver: () => ({ observe() {}, disconnect() {} }),
    })),

    // Storage: the mock data service and the preferences store keep their data here.
    getStorageSync: sync('getStorageSync', (key: string) => (storage.has(key) ? storage.get(key) : '')),
    setStorageSync: sync('setStorageSync', (key: string, data: unknown) => void storage.set(key, data)),
    removeStorageSync: sync('removeStorageSync', (key: string) => void storage.delete(key)),
    clearStorageSync: sync('clearStorageSync', () => storage.clear()),
    getStorageInfoSync: sync('getStorageInfoSync', () => ({
      keys: [...storage.keys()],
      currentSize: 0,
      limitSize: 10240,
    })),

    // Navigation: recorded; the double does not open the target page.
    navigateTo: async('navigateTo', (options) => {
      navigations.push(String(options.url))
      return {}
    }),
    redirectTo: async('redirectTo', (options) => {
      redirects.push(String(options.url))
      return {}
    }),
    reLaunch: async('reLaunch'),
    switchTab: async('switchTab'),
    navigateBack: async('navigateBack'),

    // Page chrome the app and Taro set.
    setNavigationBarTitle: async('setNavigationBarTitle'),
    setNavigationBarColor: async('setNavigationBarColor'),
    setTabBarItem: async('setTabBarItem'),
    setTabBarStyle: async('setTabBarStyle'),
    setTabBarBadge: async('setTabBarBadge'),
    removeTabBarBadge: async('removeTabBarBadge'),
    setBackgroundColor: async('setBackgroundColor'),
    setBackgroundTextStyle: async('setBackgroundTextStyle'),
    stopPullDownRefresh: async('stopPullDownRefresh'),
    startPullDownRefresh: async('startPullDownRefresh'),
    pageScrollTo: async('pageScrollTo'),
    showToast: async('showToast'),
    hideToast: async('hideToast'),
    showLoading: async('showLoading'),
    hideLoading: async('hideLoading'),
    showModal: async('showModal', () => ({ confirm: false, cancel: true })),
    setClipboardData: async('setClipboardData'),
    showShareMenu: async('showShareMenu'),

    // Network: the default build uses the in-app mock, so any request is a finding; it is recorded and
    // fails like an offline device.
    request: (options: Options = {}) => {
      calls.push({ api: 'request', args: [options] })
      const res = { errMsg: 'request:fail the wx double has no network' }
      setTimeout(() => {
        options.fail?.(res)
        options.complete?.(res)
      }, 0)
      return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} }
    },

    createSelectorQuery: sync('createSelectorQuery', selectorQuery),
    nextTick: sync('nextTick', (fn: () => void) => void Promise.resolve().then(fn)),

    // App-level event subscriptions: accepted and recorded, never fired.
    onAppShow: sync('onAppShow'),
    onAppHide: sync('onAppHide'),
    offAppShow: sync('offAppShow'),
    offAppHide: sync('offAppHide'),
    onWindowResize: sync('onWindowResize'),
    offWindowResize: sync('offWindowResize'),
    onNetworkStatusChange: sync('onNetworkStatusChange'),
    offNetworkStatusChange: sync('offNetworkStatusChange'),
    onMemoryWarning: sync('onMemoryWarning'),
    onError: sync('onError'),
    onUnhandledRejection: sync('onUnhandledRejection'),
    onThemeChange: sync('onThemeChange'),
    offThemeChange: sync('offThemeChange'),
    reportEvent: sync('reportEvent'),
  }

  for (const api of knownApis) {
    if (api in apis) continue
    apis[api] = (...args: unknown[]) => {
      calls.push({ api, args })
      missing.add(api)
      throw new Error(`wx.${api} is not implemented by the test's wx double (test/weapp/wx-double.ts)`)
    }
  }

  const wx = new Proxy(apis, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && !(prop in target) && !NOT_APIS.has(prop)) missing.add(prop)
      return Reflect.get(target, prop, receiver)
    },
  })

  return { wx, calls, navigations, redirects, missing, storage }
}
