/**
 * The browser suite's harness: a production H5 build served by scripts/serve-h5.mjs on 127.0.0.1,
 * Debian's Chromium driven by playwright-core in a phone context, an axe scan per page, and a
 * screenshot per journey in artifacts/e2e/.
 */
import AxeBuilder from '@axe-core/playwright'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { launchChromium, PHONE } from '../../scripts/chromium.mjs'
import { startH5Server } from '../../scripts/serve-h5.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
export const SCREENSHOTS = path.join(root, 'artifacts/e2e')

/** Serves an H5 build (by default the mock build in dist/h5) and starts Chromium. */
export async function startApp({ dir = path.join(root, 'dist/h5') } = {}) {
  const server = await startH5Server({ dir })
  const browser = await launchChromium()
  return {
    /** Where the build is served, e.g. `http://127.0.0.1:40123`: the origin its API calls come from. */
    origin: server.url,
    url: (route = '/') => server.url + route,
    /** A fresh phone (its own storage); `overrides` change the context, e.g. a smaller viewport. */
    async phone(overrides = {}) {
      const context = await browser.newContext({ ...PHONE, ...overrides })
      const page = await context.newPage()
      const errors = []
      page.on('pageerror', (error) => errors.push(error.message))
      return { page, context, errors }
    },
    async close() {
      await browser.close()
      await server.close()
    },
  }
}

/** The page Taro is showing: it slides pages in over ~300 ms, and keeps earlier ones hidden in the DOM. */
export const current = (page) => page.locator('.taro_page.taro_page_stationed').last()

export async function shown(page, selector, options = {}) {
  const locator = current(page).locator(selector).first()
  await locator.waitFor({ state: 'visible', timeout: options.timeout ?? 15000 })
  return locator
}

export async function shot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  await page.waitForTimeout(350)
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) })
}

/** Zero serious or critical axe findings on what the citizen sees now. */
export async function assertAccessible(page, label) {
  const results = await new AxeBuilder({ page })
    .include('.taro_page.taro_page_stationed')
    .include('.taro-tabbar__tabbar')
    .analyze()
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    )
  assert.deepEqual(bad, [], `axe on ${label}`)
}

/**
 * axe and the phone's width on every page a journey reaches. Findings are collected and thrown at the
 * end (`throwFirst`), so that one of them does not hide how the rest of the journey went.
 */
export function accessibilityScanner(page) {
  const failures = []
  return {
    async scan(label) {
      await assertAccessible(page, label).catch((error) => failures.push(error))
      // Nothing wider than the phone: no sideways scrolling.
      const { scrollWidth, clientWidth } = await current(page).evaluate((el) => ({
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
      }))
      assert.ok(scrollWidth <= clientWidth, `${label} is ${scrollWidth}px wide on a ${clientWidth}px phone`)
      assert.deepEqual(await cutPlaceholders(page), [], `${label}: placeholders cut off`)
    },
    throwFirst() {
      if (failures.length > 0) throw failures[0]
    },
  }
}

/**
 * The placeholders on the page that do not fit their field, e.g. `“搜索…” needs 271px of 217px`. A
 * placeholder cut off mid-word tells the citizen nothing. Measured with the placeholder's own font.
 */
export function cutPlaceholders(page) {
  return current(page).evaluate((el) => {
    const measure = document.createElement('canvas').getContext('2d')
    return [...el.querySelectorAll('input[placeholder]')]
      .filter((input) => input.placeholder && input.offsetParent !== null)
      .flatMap((input) => {
        const text = getComputedStyle(input, '::placeholder')
        measure.font = `${text.fontWeight} ${text.fontSize} ${text.fontFamily}`
        const box = getComputedStyle(input)
        const room = input.clientWidth - parseFloat(box.paddingLeft) - parseFloat(box.paddingRight)
        const needed = measure.measureText(input.placeholder).width
        return needed > room ? [`“${input.placeholder}” needs ${Math.ceil(needed)}px of ${Math.floor(room)}px`] : []
      })
  })
}

/** Scroll Taro's page container (on H5 the page, not the window, scrolls). */
export async function scrollPage(page, top) {
  await current(page).evaluate((el, y) => el.scrollTo(0, y), top)
}

export const pageScrollTop = (page) => current(page).evaluate((el) => el.scrollTop)

/** A 375 × 667 phone (iPhone SE / 8), the narrowest the layouts are checked on. */
export const SMALL_PHONE = { viewport: { width: 375, height: 667 } }

/**
 * The text field the citizen knows by `label`. Taro H5 renders `Input` as an `<input>` carrying the
 * aria-label itself, but `Textarea` as a `taro-textarea-core` element with the aria-label, wrapping
 * the real `<textarea>`: both are matched, and the locator is always the element that takes typing.
 */
export function field(page, label) {
  const name = JSON.stringify(label)
  return current(page)
    .locator(
      [
        `input[aria-label=${name}]`,
        `taro-input-core[aria-label=${name}] input`,
        `taro-textarea-core[aria-label=${name}] textarea`,
        `textarea[aria-label=${name}]`,
      ].join(', '),
    )
    .first()
}
