/**
 * What a citizen does with the H5 build, in a phone-sized Chromium: each journey asserts what they see,
 * scans every page it reaches with axe (normal and elderly mode), and leaves a screenshot.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import {
  accessibilityScanner,
  assertAccessible,
  current,
  cutPlaceholders,
  field,
  pageScrollTop,
  scrollPage,
  shot,
  shown,
  SMALL_PHONE,
  startApp,
} from './support.mjs'
import { letterSteps } from './letter-journey.mjs'

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

test('letters: write, reload half-way and find the draft, submit, track, the city answers, rate the reply', async (t) => {
  const DAY = 86400000
  // A 375 px phone: the narrowest layout the form has to fit.
  const { page, context, errors } = await app.phone(SMALL_PHONE)
  const { scan, throwFirst } = accessibilityScanner(page)
  const { choose, fileLetter, findInMyLetters } = letterSteps(page, { scan })

  await page.goto(app.url('/pages/interact/index'))
  let caseNumber
  let state
  // The mock handles each case along a path picked from a hash of its number: about one case in ten
  // is not accepted or is merged into an earlier one, and those are never answered, so never rated.
  // A fresh store numbers the day's first case …-000001, so the path of this journey's letter depends
  // on the real date. On such a day the citizen files another letter: the clock is 30 days on by
  // then, so the next letter has another date, another number and another path.
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    caseNumber = await fileLetter({ first: attempt === 1 })
    // A month on, the city has handled the case. The shift lives in this page's memory only (a reload
    // would undo it), so from here on the journey moves within the app and never reloads.
    await page.evaluate((ms) => globalThis.__cityMock.clock.advance(ms), 30 * DAY)
    state = (await findInMyLetters(caseNumber)).state
    t.diagnostic(`attempt ${attempt}: ${caseNumber} is ${state} 30 days on`)
    if (state !== '不予受理' && state !== '已并单') break
    await page.goBack()
  }
  assert.ok(['已答复', '已办结'].includes(state), `case ${caseNumber} is ${state}`)
  const row = current(page).locator('.case-row', { hasText: caseNumber })
  await row.getByText('新答复', { exact: true }).waitFor()

  await row.click()
  await current(page).getByText('答复内容', { exact: true }).waitFor({ timeout: 15000 })
  assert.ok((await current(page).locator('.case__reply').innerText()).length > 10)
  await scan('tracking with the reply')
  await shot(page, 'letters-tracking-reply')

  await choose('满意')
  await current(page).getByRole('button', { name: '提交评价' }).click()
  await current(page).getByText('您的评价：满意', { exact: true }).waitFor({ timeout: 15000 })
  await page.getByText('感谢您的评价').waitFor({ state: 'hidden' }) // the toast, outside the page
  await shot(page, 'letters-rated')
  assert.deepEqual(errors, [])
  await context.close()
  throwFirst()
})

test('services: search the catalogue, save a favourite, a personal look-up with a bad then a good ID, the masked record', async () => {
  const ID = '310104198001011239'
  const { page, context, errors } = await app.phone(SMALL_PHONE)
  const { scan, throwFirst } = accessibilityScanner(page)

  await page.goto(app.url('/pages/services/index'))
  await current(page).getByRole('heading', { name: '交通出行' }).waitFor({ timeout: 15000 })
  await scan('services catalogue')
  await shot(page, 'services-catalogue')
  await field(page, '搜索服务').fill('公积金')
  await current(page).getByRole('link', { name: '公积金余额，需实名' }).click()

  await current(page).getByRole('tab', { name: '在线查询', selected: true }).waitFor({ timeout: 15000 })
  await current(page).getByRole('button', { name: '收藏公积金余额' }).click()
  await current(page).getByRole('button', { name: '取消收藏公积金余额' }).waitFor()

  await field(page, '姓名').fill('王小明')
  // One digit typed wrong: the check digit no longer matches, and the form says so at the field.
  await field(page, '身份证号码').fill('310104198001011293')
  await field(page, '姓名').click()
  await current(page).getByText('身份证号码有一位不对（最后一位校验码不符），请逐位核对').waitFor()
  const submit = current(page).locator('.lookup-form__submit')
  assert.equal(await submit.innerText(), '还需填写：身份证号码')
  await scan('look-up form with a wrong ID number')
  await shot(page, 'services-bad-id')

  await field(page, '身份证号码').fill(ID)
  await field(page, '姓名').click()
  assert.equal(await submit.innerText(), '查询')
  await submit.click()
  // The first personal look-up asks for consent before anything is sent.
  await current(page).getByRole('heading', { name: '查询前请阅读' }).waitFor()
  await scan('consent before a personal look-up')
  await current(page).getByRole('button', { name: '同意并查询' }).click()

  await current(page).getByRole('heading', { name: '查询结果' }).waitFor({ timeout: 15000 })
  await current(page).getByText('3101**********1239', { exact: true }).waitFor()
  await current(page).getByText('账户余额', { exact: true }).waitFor()
  const shownText = await current(page).innerText()
  assert.ok(!shownText.includes(ID), 'the full ID number is not on screen')
  const mobile = await current(page).locator('.kv__row', { hasText: '预留手机' }).locator('.kv__value').innerText()
  assert.match(mobile.trim(), /^1\d{2}\*{4}\d{4}$/)
  const stored = await page.evaluate(() => JSON.stringify({ ...globalThis.localStorage }))
  assert.ok(!stored.includes(ID), 'the ID number is not kept on the device')
  await scan('personal look-up result')
  await shot(page, 'services-result')

  // Back on the tab, the favourite and the recent service wait above the themes.
  await page.goto(app.url('/pages/services/index'))
  const favourites = current(page).locator('.services-section', { hasText: '我的收藏' })
  await favourites.getByRole('link', { name: '公积金余额，需实名' }).waitFor({ timeout: 15000 })
  assert.deepEqual(errors, [])
  await context.close()
  throwFirst()
})

test('questions and consultations: ask, find it in My questions, comment on an open draft', async () => {
  const TITLE = '老年人乘地铁可以免费吗'
  const COMMENT = '建议延时投放点开放到晚上十点，方便加班的上班族，同时在投放点加装照明。'
  const { page, context, errors } = await app.phone(SMALL_PHONE)
  const { scan, throwFirst } = accessibilityScanner(page)

  await page.goto(app.url('/pages/interact/index'))
  await current(page).getByText('你问我答', { exact: true }).click()
  await current(page).locator('.question-card').first().waitFor({ timeout: 15000 })
  await scan('answered questions')
  await shot(page, 'questions-list')
  await current(page).getByRole('button', { name: '我要提问' }).click()

  await field(page, '标题').waitFor({ timeout: 15000 })
  await field(page, '标题').fill(TITLE)
  await field(page, '问题描述').fill('家里老人今年满七十岁了，听说可以免费乘坐公共交通，地铁也可以吗？需要办什么卡？')
  await current(page).getByRole('checkbox', { name: '我同意公开问题和答复（不含个人信息）' }).click()
  await scan('ask form, filled')
  await shot(page, 'questions-ask')
  await current(page).getByRole('button', { name: '提交问题' }).click()
  await current(page).getByText('✓ 提问已提交').waitFor({ timeout: 15000 })
  // Asked as "not sure": the city first finds the department.
  await current(page).getByText('正在为您转给相关部门').waitFor()
  await scan('question receipt')

  await page.goto(app.url('/features/questions/pages/mine/index'))
  const row = current(page).locator('.question-row', { hasText: TITLE })
  await row.waitFor({ timeout: 15000 })
  assert.equal((await row.locator('.question-state').innerText()).trim(), '待答复')
  await shot(page, 'questions-mine')

  await page.goto(app.url('/pages/interact/index'))
  await current(page).getByText('征询', { exact: true }).click()
  await current(page).locator('.consultation-card').first().click({ timeout: 15000 })
  await current(page).getByText('草案全文', { exact: true }).waitFor({ timeout: 15000 })
  await scan('open consultation')
  await field(page, '您的意见').fill(COMMENT)
  await current(page).getByRole('checkbox', { name: '我同意将意见提交给起草部门用于修改完善草案' }).click()
  await current(page).getByRole('button', { name: '提交意见' }).click()
  await current(page).getByText('✓ 意见已提交，感谢您的参与').waitFor({ timeout: 15000 })
  await scan('comment sent')
  await shot(page, 'consultation-commented')
  assert.deepEqual(errors, [])
  await context.close()
  throwFirst()
})

test('one-stop search: pinyin initials find every kind, and each result opens its page', async () => {
  const { page, context, errors } = await app.phone(SMALL_PHONE)
  const { scan, throwFirst } = accessibilityScanner(page)

  await page.goto(app.url('/features/search/pages/search/index'))
  await current(page).getByText('一个搜索框，找遍全站').waitFor({ timeout: 15000 })
  await scan('search, idle')
  // lj: 垃圾 by its initials, which every kind has in Shanghai (the department: 绿化和市容管理局).
  await field(page, '搜索全站').fill('lj')
  await current(page).getByRole('button', { name: '搜索', exact: true }).click()
  const results = current(page).getByRole('link', { name: '打开服务：垃圾分类查询' })
  await results.waitFor({ timeout: 15000 })
  await scan('search results')
  await shot(page, 'search-results')

  const kinds = [
    ['新闻', '/features/news/pages/article/index'],
    ['服务', '/features/services/pages/lookup/index'],
    ['问答', '/features/questions/pages/detail/index'],
    ['征求意见', '/features/consultations/pages/detail/index'],
    ['部门', '/features/matrix/pages/board/index'],
  ]
  for (const [kind, route] of kinds) {
    await current(page).getByRole('list', { name: kind }).getByRole('link').first().click()
    await page.waitForURL((url) => url.pathname === route, { timeout: 15000 })
    await page.waitForTimeout(400)
    await page.goBack()
    await page.waitForURL((url) => url.pathname === '/features/search/pages/search/index', { timeout: 15000 })
    await results.waitFor({ timeout: 15000 })
  }
  assert.deepEqual(errors, [])
  await context.close()
  throwFirst()
})

test('the account matrix, a board, I Love <City> and the privacy notice, standard and elderly', async () => {
  const { page, context, errors } = await app.phone(SMALL_PHONE)
  const { scan, throwFirst } = accessibilityScanner(page)
  const visit = async (url, ready, label) => {
    await page.goto(app.url(url))
    await current(page).locator(ready).first().waitFor({ timeout: 15000 })
    await scan(label)
  }

  await page.goto(app.url('/'))
  await current(page).getByRole('link', { name: '政务矩阵' }).click()
  await current(page)
    .getByRole('tab', { name: /^委办局/ })
    .click()
  await current(page).getByText('查看全市办理情况').waitFor({ timeout: 15000 })
  await scan('account matrix, bureaus')
  await current(page).getByText('查看全市办理情况').click()
  await current(page).getByRole('heading', { name: '全市办理情况' }).waitFor({ timeout: 15000 })
  await scan('city board')
  await shot(page, 'matrix-board')

  await visit('/features/city/pages/stories/index', '.story-card', 'I Love Shanghai')
  await current(page).locator('.story-card').first().click()
  await current(page).locator('.article__body').waitFor({ timeout: 15000 })
  await scan('a story')
  await visit('/features/me/pages/privacy/index', '.privacy-section__title', 'privacy notice')

  // The same pages in elderly mode: larger text must not push anything off a 375 px phone.
  await page.goto(app.url('/pages/me/index'))
  await current(page).getByRole('switch', { name: '长辈版（大字）' }).click()
  await visit('/features/matrix/pages/accounts/index', '[role="tab"]', 'account matrix, elderly')
  await visit('/features/matrix/pages/board/index', '.bar-chart, [role="heading"]', 'city board, elderly')
  await visit('/features/city/pages/stories/index', '.story-card', 'I Love Shanghai, elderly')
  await shot(page, 'city-stories-elderly')
  assert.deepEqual(errors, [])
  await context.close()
  throwFirst()
})

test('every field’s placeholder fits a small phone, in Chinese and English, standard and elderly', async () => {
  const withFields = [
    '/pages/services/index',
    '/features/services/pages/lookup/index?serviceId=garbage-sorting',
    '/features/letters/pages/write/index?channelId=hotline-12345',
    '/features/letters/pages/public/index',
    '/features/questions/pages/list/index',
    '/features/questions/pages/ask/index',
    '/features/search/pages/search/index',
  ]
  const cut = []
  for (const english of [false, true]) {
    for (const elderly of [false, true]) {
      const mode = `${english ? 'English' : 'Chinese'}, ${elderly ? 'elderly' : 'standard'}`
      const { page, context } = await app.phone(SMALL_PHONE)
      if (english) {
        await page.goto(app.url('/pages/me/index'))
        await (await shown(page, '.choice__option')).waitFor()
        await current(page).getByRole('radio', { name: 'English' }).click()
        await current(page).getByText('Settings').waitFor()
      }
      if (elderly) {
        await page.goto(app.url('/'))
        await (await shown(page, '.home-header__mode')).click()
        await current(page).locator('.screen--elderly').first().waitFor()
      }
      for (const route of withFields) {
        await page.goto(app.url(route))
        await shown(page, 'input[placeholder]:not([placeholder=""])')
        cut.push(...(await cutPlaceholders(page)).map((problem) => `${route} (${mode}): ${problem}`))
      }
      await context.close()
    }
  }
  assert.deepEqual(cut, [])
})
