/**
 * What a citizen does with the H5 build, in a phone-sized Chromium: each journey asserts what they see,
 * scans every page it reaches with axe (normal and elderly mode), and leaves a screenshot.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { assertAccessible, current, pageScrollTop, scrollPage, shot, shown, startApp } from './support.mjs'

let app
before(async () => {
  app = await startApp()
})
after(() => app?.close())

test('news: pinned notice, a column, load more, an article, and back to the same place', async () => {
  const { page, context, errors } = await app.phone()
  await page.goto(app.url('/'))
  const notice = await shown(page, '.notice')
  assert.match(await notice.innerText(), /预警|通知/)
  assert.ok((await notice.locator('.notice__title').innerText()).length > 4)
  await assertAccessible(page, 'Home')

  await current(page).getByRole('link', { name: '最新消息', exact: true }).click()
  await shown(page, '#column-feed .article-card')
  assert.equal(await current(page).locator('.article-card').count(), 10)
  await assertAccessible(page, 'column feed')

  // Scroll to the end: the next page arrives and the feed ends.
  await scrollPage(page, 100000)
  await current(page).getByText('已经到底了').waitFor()
  assert.ok((await current(page).locator('.article-card').count()) > 10)
  await scrollPage(page, 900)
  await page.waitForTimeout(300)
  const scrolled = await pageScrollTop(page)
  // Tap a card the citizen can see (Playwright would otherwise scroll to it first).
  const cards = current(page).locator('.article-card')
  let index = 0
  while ((await cards.nth(index).boundingBox()).y < 0) index += 1
  const card = cards.nth(index)
  const title = await card.locator('.article-card__title').innerText()
  await card.click()
  await shown(page, '.article__body')
  assert.equal(await current(page).locator('.article__title').innerText(), title)
  await assertAccessible(page, 'article')

  await page.goBack()
  await shown(page, '#column-feed .article-card')
  assert.ok(Math.abs((await pageScrollTop(page)) - scrolled) < 5, 'the feed is where the citizen left it')
  assert.ok(await current(page).getByText(title).isVisible())
  await shot(page, 'news-journey')
  assert.deepEqual(errors, [])
  await context.close()
})

test('English, then elderly mode: text and targets really grow, and both survive a reload', async () => {
  const { page, context } = await app.phone()
  await page.goto(app.url('/pages/me/index'))
  await (await shown(page, '.choice__option')).waitFor()
  await current(page).getByRole('radio', { name: 'English' }).click()
  await current(page).getByText('Settings').waitFor()
  await page.getByText('Home', { exact: true }).click()
  const header = await shown(page, '.home-header__mode')
  assert.equal(await header.innerText(), 'Switch to Large text')
  const before = await current(page)
    .locator('.notice__body')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  await header.click()
  await current(page).getByRole('button', { name: 'Switch to Standard' }).waitFor()

  async function assertElderly() {
    await shown(page, '.article-card')
    for (const selector of ['.notice__body', '.article-card__summary', '.article-card__meta', '.column-grid__item']) {
      const size = await current(page)
        .locator(selector)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
      assert.ok(size >= 18, `${selector} is ${size}px, needs ≥ 18px`)
    }
    const lineHeight = await current(page)
      .locator('.article-card__summary')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize))
    assert.ok(lineHeight >= 1.3, `line height ${lineHeight}`)
    for (const selector of ['.home-header__mode', '.column-grid__item', '.home-latest__more']) {
      const box = await current(page).locator(selector).first().boundingBox()
      assert.ok(box && box.height >= 60, `${selector} is ${box?.height}px tall, needs ≥ 60px`)
    }
  }
  await assertElderly()
  const after = await current(page)
    .locator('.notice__body')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  assert.ok(after > before, `text grew from ${before}px to ${after}px`)
  await assertAccessible(page, 'Home, English, elderly')

  await page.reload()
  await assertElderly()
  assert.equal(await current(page).locator('.home-header__mode').innerText(), 'Switch to Standard')
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en')
  await shot(page, 'english-elderly-home')

  await current(page).locator('.article-card').first().click()
  await shown(page, '.article__body')
  const bodySize = await current(page)
    .locator('.article__body')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  assert.ok(bodySize >= 18, `article body is ${bodySize}px`)
  await assertAccessible(page, 'article, English, elderly')
  await page.goto(app.url('/features/news/pages/column/index?columnId=policy'))
  await shown(page, '.article-card')
  await assertAccessible(page, 'column feed, English, elderly')
  await page.goto(app.url('/pages/me/index'))
  await shown(page, '.setting')
  await assertAccessible(page, 'Me, English, elderly')
  await context.close()
})

test('switching city in Me shows that city’s columns and theme', async () => {
  const { page, context } = await app.phone()
  await page.goto(app.url('/pages/me/index'))
  await shown(page, '.choice__option')
  await current(page).getByRole('radio', { name: '成都' }).click()
  await page.getByText('首页', { exact: true }).click()
  await shown(page, '.column-grid__item')
  const columns = await current(page).locator('.column-grid__item').allInnerTexts()
  assert.deepEqual(columns, ['#要闻', '#市政府常务会议', '#政务信息', '#公共卫生公告'])
  assert.equal(await current(page).locator('.home-header__account').innerText(), '成都发布')
  const background = await current(page)
    .locator('.home-header')
    .evaluate((el) => getComputedStyle(el).backgroundColor)
  assert.equal(background, 'rgb(11, 87, 164)')
  await shown(page, '.article-card')
  await assertAccessible(page, 'Home, Chengdu')
  await shot(page, 'city-chengdu-home')
  await context.close()
})

test('when the network fails: the error state, a retry, and recovery; a hang ends in a timeout', async () => {
  const { page, context } = await app.phone()
  await page.goto(app.url('/'))
  await shown(page, '.column-grid__item')
  await page.evaluate(() => globalThis.__cityMock.faults.fail('network'))
  await current(page).getByRole('link', { name: '政策解读', exact: true }).click()
  await shown(page, '.state--error')
  assert.equal(
    await current(page).locator('.state--error .state__body').innerText(),
    '网络连接不上，请检查网络后重试。',
  )
  await assertAccessible(page, 'error state')
  await shot(page, 'network-error')
  await page.evaluate(() => globalThis.__cityMock.faults.clear())
  await current(page).getByRole('button', { name: '重试' }).click()
  await shown(page, '.article-card')
  assert.equal(await current(page).locator('.state--error').count(), 0)

  // A request that hangs: the skeleton, then the timeout error (the mock gives up after 8 s like HTTP).
  await page.evaluate(() => globalThis.__cityMock.faults.delay(60000))
  await page.goBack()
  await current(page).getByRole('link', { name: '菜价', exact: true }).click()
  await shown(page, '.skeleton')
  await current(page).getByText('服务器长时间没有响应，请稍后重试。').waitFor({ timeout: 12000 })
  await page.evaluate(() => globalThis.__cityMock.faults.clear())
  await current(page).getByRole('button', { name: '重试' }).click()
  await shown(page, '.article-card')
  await context.close()
})

test('a deep link opens its article; an unknown id shows not-found', async () => {
  const { page, context, errors } = await app.phone()
  await page.goto(app.url('/features/news/pages/article/index?id=sh-003'))
  await shown(page, '.article__body')
  assert.ok((await current(page).locator('.article__title').innerText()).length > 5)
  await shot(page, 'deep-link-article')

  await page.goto(app.url('/features/news/pages/article/index?id=no-such-article'))
  await current(page).getByText('没有找到这篇文章').waitFor()
  await assertAccessible(page, 'article not found')
  await current(page).getByRole('button', { name: '返回首页' }).click()
  await shown(page, '.column-grid__item')
  await shot(page, 'not-found-then-home')
  assert.deepEqual(errors, [])
  await context.close()
})

test('with scripts held back 2 s (slow network), Home still arrives', async () => {
  const { page, context } = await app.phone()
  await page.route('**/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000))
    await route.continue()
  })
  const started = Date.now()
  await page.goto(app.url('/'), { waitUntil: 'commit' })
  // While the scripts are on their way, the app shell already shows the city's header.
  await page.locator('.app-shell .home-header__account').waitFor({ timeout: 1500 })
  assert.equal(await page.locator('.app-shell .home-header__account').innerText(), '上海发布')
  await shot(page, 'slow-network-shell')
  await shown(page, '.article-card', { timeout: 30000 })
  assert.ok(Date.now() - started >= 2000)
  await shot(page, 'slow-network-home')
  await context.close()
})
