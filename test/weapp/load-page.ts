/**
 * Boots the compiled mini program (dist/weapp) the way the WeChat client would, as far as
 * miniprogram-simulate allows, and loads pages into jsdom.
 *
 * - The client provides `App`, `Page`, `getApp`, `getCurrentPages` and `wx` as globals; so do we.
 *   `wx` is our recording double (wx-double.ts).
 * - miniprogram-simulate only knows custom components, so `Page(options)` becomes `Component(...)`
 *   whose `attached` runs the page lifecycle the client would (onLoad → onShow → onReady).
 * - The wxml is compiled by the official compiler (wcc, shipped inside miniprogram-compiler), so the
 *   page renders through Taro's real base.wxml templates, and taps reach Taro's real event handler.
 */
import fs from 'fs'
import path from 'path'
import type { CityId } from '../../config/settings'
import { createWxDouble, type WxDouble } from './wx-double'

/** The build under test; WEAPP_DIST points the test at another build output. */
export const DIST = path.resolve(process.env.WEAPP_DIST ?? path.join(__dirname, '../../dist/weapp'))

/** The parts of miniprogram-simulate / j-component this test uses (required untyped: see below). */
export interface SimComponent {
  dom: HTMLElement
  querySelector(selector: string): SimComponent | undefined
  dispatchEvent(name: string, options?: object): void
  attach(parent: Element): void
  detach(): void
}
interface Simulate {
  load(componentPath: string, tagName: string, options: { rootPath: string }): string
  render(id: string, properties?: object): SimComponent
}

type Lifecycle = (...args: unknown[]) => unknown
type PageInstance = Record<string, unknown> & { [lifecycle: `on${string}`]: Lifecycle | undefined }
type AppOptions = Record<string, unknown> & { onLaunch?: Lifecycle; onShow?: Lifecycle }

export interface MiniProgram {
  wx: WxDouble
  /** Everything the app logged with console.error, and errors thrown from a page lifecycle. */
  errors: unknown[]
  loadPage(route: string, query?: Record<string, string>): LoadedPage
}

export interface LoadedPage {
  route: string
  root: SimComponent
  /** The text of every rendered `<text>` element, in document order. */
  texts(): string[]
  /** Dispatches a tap on the `<text>` element showing exactly `text`; it bubbles like a finger's tap. */
  tapText(text: string): void
  /** The label of every rendered `<button>` (its own text), in document order. */
  buttons(): string[]
  /** Dispatches a tap on the `<button>` whose label starts with `label`. */
  tapButton(label: string): void
  /**
   * Types `value` into the `<input>` or `<textarea>` that follows the `<text>` showing exactly `label`
   * in the same parent (the form's label-then-field layout): one `input` event, as the client sends.
   */
  typeInto(label: string, value: string): void
  detach(): void
}

let booted: MiniProgram | null = null

/** Fails with the fix in the message when there is no build to test; returns the path of app.js. */
export function assertBuildExists(): string {
  const appJs = path.join(DIST, 'app.js')
  if (!fs.existsSync(appJs)) {
    throw new Error(`${appJs} is missing: run npm run build:weapp first (this test runs the compiled mini program).`)
  }
  return appJs
}

/**
 * Requires dist/weapp/app.js once per test file and launches the app. The compiled runtime keeps
 * module-level state for the life of the mini program, as it does in the client, so it is not re-run.
 */
export function bootMiniProgram(): MiniProgram {
  if (booted) return booted

  const appJs = assertBuildExists()
  const g = globalThis as Record<string, unknown>
  // Required, not imported: its type declarations would pull miniprogram-api-typings' globals (wx,
  // Page, ...) into the whole project's typecheck. Requiring it installs its global `Component` and its
  // own `wx` mock; we keep the mock's API names (so Taro wraps every real API) and install our double.
  const simulate = require('miniprogram-simulate') as Simulate
  const simulatedWx = g.wx as Record<string, unknown>
  const double = createWxDouble(Object.keys(simulatedWx).filter((name) => typeof simulatedWx[name] === 'function'))
  g.wx = double.wx

  const errors: unknown[] = []
  const pages: PageInstance[] = []
  let loading: { route: string; query: Record<string, string> } | null = null
  let app: AppOptions | null = null

  g.App = (options: AppOptions) => {
    app = options
  }
  g.getApp = () => app
  g.getCurrentPages = () => pages.slice()
  g.Page = (options: Record<string, unknown>) => {
    // Page() runs while simulate.load executes the page's js, inside loadPage below.
    if (!loading) throw new Error('Page() was called outside loadPage()')
    const { route, query } = loading
    const methods: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value
    ;(g.Component as (definition: object) => void)({
      data: options.data ?? {},
      // Lifecycles go in methods too: Taro calls e.g. `this.onReady` on the instance, and the
      // templates bind every event to the `eh` method.
      methods,
      lifetimes: {
        attached(this: PageInstance) {
          // What the client sets on a page instance before onLoad; Taro builds its router from it.
          this.route = route
          this.__route__ = route
          pages.push(this)
          try {
            this.onLoad?.(query)
            this.onShow?.()
            this.onReady?.()
          } catch (error) {
            errors.push(error)
            throw error
          }
        },
        detached(this: PageInstance) {
          this.onHide?.()
          this.onUnload?.()
          pages.splice(pages.indexOf(this), 1)
        },
      },
    })
  }

  // React and Taro catch render errors and log them; collect them so the test can show and assert.
  const consoleError = console.error.bind(console)
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args)
    consoleError(...args)
  })

  // app.js starts with require('./common'), ('./vendors'), ('./taro'), ('./runtime'), then calls App().
  require(appJs)
  if (!app) throw new Error(`${appJs} did not call App()`)
  const launched: AppOptions = app
  const launchOptions = { path: 'pages/home/index', query: {}, scene: 1001 }
  launched.onLaunch?.(launchOptions)
  launched.onShow?.(launchOptions)

  booted = {
    wx: double,
    errors,
    loadPage(route, query = {}) {
      loading = { route, query }
      let id: string
      try {
        id = simulate.load(path.join(DIST, route), `page-${route.replace(/\W+/g, '-')}`, { rootPath: DIST })
      } finally {
        loading = null
      }
      const root = simulate.render(id)
      const parent = document.createElement('parent-wrapper')
      document.body.appendChild(parent)
      root.attach(parent)

      const textElements = () => [...root.dom.querySelectorAll('wx-text')]
      const buttonElements = () => [...root.dom.querySelectorAll('wx-button')]
      /**
       * Dispatches `event` on a rendered element as the client would, so that it bubbles to Taro's
       * handler (`eh`) and on to the React handler.
       */
      const dispatch = (element: Element, event: string, what: string, options?: object) => {
        // Taro's templates give every element id = its node's sid (also in data-sid).
        const sid = element.getAttribute('data-sid')
        const target = sid ? root.querySelector(`#${sid}`) : undefined
        if (target) return target.dispatchEvent(event, options)
        // Past `baseLevel` levels of nesting Taro renders the rest inside its own custom component
        // (`comp`, a virtual host), whose shadow tree the page's querySelector does not enter (the
        // letter form nests that deep). miniprogram-simulate also does not carry a bubbling event out
        // of it, as the client does. So the event goes to the nearest element, the element itself or
        // an ancestor, that binds it: the first one a bubbling event would reach in the client.
        // j-component's Component (the base class of the page root's RootComponent) wraps any exparser
        // node, here the rendered element's `__wxElement`, as querySelector does.
        type Rendered = Element & { __wxElement?: { _vt?: { event?: Record<string, unknown> } } }
        let listener: Rendered | null = element
        while (listener && !listener.__wxElement?._vt?.event?.[event]) listener = listener.parentElement
        if (!listener?.__wxElement) throw new Error(`${what} (sid ${sid}): nothing on ${route} handles "${event}"`)
        const Wrapper = Object.getPrototypeOf(root.constructor) as new (exparserNode: unknown) => SimComponent
        new Wrapper(listener.__wxElement).dispatchEvent(event, options)
      }
      return {
        route,
        root,
        texts: () => textElements().map((element) => element.textContent ?? ''),
        tapText(text) {
          const element = textElements().find((candidate) => candidate.textContent === text)
          if (!element) throw new Error(`No <text> showing "${text}" on ${route}`)
          dispatch(element, 'tap', `The <text> showing "${text}"`)
        },
        buttons: () => buttonElements().map((element) => element.textContent ?? ''),
        tapButton(label) {
          const element = buttonElements().find((candidate) => (candidate.textContent ?? '').startsWith(label))
          if (!element) throw new Error(`No <button> labelled "${label}…" on ${route}`)
          dispatch(element, 'tap', `The <button> labelled "${label}…"`)
        },
        typeInto(label, value) {
          const text = textElements().find((candidate) => candidate.textContent === label)
          const field = text
            ? [...(text.parentElement?.children ?? [])]
                .slice([...(text.parentElement?.children ?? [])].indexOf(text) + 1)
                .find((sibling) => sibling.matches('wx-input, wx-textarea'))
            : undefined
          if (!field) throw new Error(`No <input> or <textarea> after the <text> "${label}" on ${route}`)
          dispatch(field, 'input', `The field labelled "${label}"`, {
            detail: { value, cursor: value.length, keyCode: 0 },
          })
        },
        detach: () => root.detach(),
      }
    },
  }
  return booted
}

/**
 * Polls `probe` every 10 ms until it returns a truthy value (returned) or the deadline passes. The
 * app answers on its own timers (render ~70–125 ms after attach, mock latency 150–400 ms), so the test
 * waits for the outcome, never for a fixed time.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | false | null | undefined,
  { timeoutMs = 5000, diagnostics = () => '' }: { timeoutMs?: number; diagnostics?: () => string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const result = probe()
    if (result) return result
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.\n${diagnostics()}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** What a failed wait reports: each page's texts and buttons, the wx calls made, and what was logged. */
export function whatHappened(mp: MiniProgram | undefined, pages: (LoadedPage | undefined)[]): string {
  return [
    ...pages.flatMap((page) =>
      page
        ? [
            `${page.route} texts: ${JSON.stringify(page.texts())}`,
            `${page.route} buttons: ${JSON.stringify(page.buttons())}`,
          ]
        : [],
    ),
    `wx calls: ${mp?.wx.calls.map((call) => call.api).join(', ')}`,
    `Errors: ${mp?.errors.map((error) => String(error)).join('\n') || 'none'}`,
  ].join('\n')
}

/** wx properties Taro reads only to copy them if present (Taro.cloud = wx.cloud). */
const EXPECTED_PROBES = new Set(['cloud'])

/** What every smoke test ends on: nothing logged as an error, and no wx API the double lacks. */
export function expectCleanRun(mp: MiniProgram): void {
  expect(mp.errors).toEqual([])
  expect([...mp.wx.missing].filter((name) => !EXPECTED_PROBES.has(name))).toEqual([])
}

/** The city of the build under test: WEAPP_CITY with WEAPP_DIST (scripts/test-weapp-cities.sh), else Shanghai. */
export const buildCityId = (process.env.WEAPP_CITY ?? 'shanghai') as CityId
