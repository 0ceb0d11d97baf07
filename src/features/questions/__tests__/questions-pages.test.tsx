import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { testing } from '../../../../test/doubles/taro'
import { renderPage } from '../../../../test/support/render-page'
import { restartKeepingDeviceStorage } from '../../../../test/support/restart'
import { seeded } from '../../../../test/support/seeded-random'
import { createTestMockApi } from '../../../../test/support/test-api'
import type { CityId } from '../../../../config/settings'
import { getCityConfig } from '../../../cities/city-registry'
import InteractPage from '../../../pages/interact/index'
import type { Question } from '../../../services/questions/questions-schemas'
import AskPage from '../pages/ask/index'
import DetailPage from '../pages/detail/index'
import ListPage from '../pages/list/index'
import MinePage from '../pages/mine/index'
import { myQuestions, questionDrafts } from '../stores/question-stores'
import { typeInto } from '../../../../test/support/form-input'

const DAY = 86_400_000
const TITLE = '老年人乘地铁可以免费吗'
const BODY = '家里老人今年满七十岁了，听说可以免费乘坐公共交通，地铁也可以吗？需要办什么卡？'

beforeEach(() => {
  testing.reset()
  questionDrafts.setState({ drafts: {} })
  myQuestions.setState({ byCity: {}, helpful: {} })
})

const cardTitles = () => [...document.querySelectorAll('.question-card__title')].map((el) => el.textContent)
const titlesOf = (questions: Question[]) => questions.map((q) => q.title)

/**
 * Every answered question the service has for these filters, following the cursor. In act: the page
 * on screen gets its own answers while this waits for the service.
 */
function allAnswered(api: ReturnType<typeof createTestMockApi>, filters: object = {}, city: CityId = 'shanghai') {
  return act(async () => {
    const all: Question[] = []
    let cursor: string | null = null
    do {
      const page = await api.questions.listAnswered({ city, cursor, limit: 50, ...filters })
      all.push(...page.items)
      cursor = page.nextCursor
    } while (cursor)
    return all
  })
}

describe('answered questions', () => {
  test.each(['chengdu', 'yinchuan'] as const)('%s has its own, under its own column name', async (city) => {
    const api = createTestMockApi()
    const column = getCityConfig(city).interaction.find((c) => c.kind === 'questions')
    testing.router.params = { columnId: column?.id ?? '' }
    renderPage(<ListPage />, api, { city })
    const expected = titlesOf(await allAnswered(api, {}, city))
    expect(expected.length).toBeGreaterThan(0)
    await waitFor(() => expect(cardTitles()).toEqual(expected.slice(0, 10)))
    expect(testing.titles.at(-1)).toBe(column?.name.zh)
  })

  test('newest answer first, ten at a time, to the end', async () => {
    const api = createTestMockApi()
    renderPage(<ListPage />, api)
    const expected = titlesOf(await allAnswered(api))
    expect(expected.length).toBeGreaterThan(10)
    await waitFor(() => expect(cardTitles()).toEqual(expected.slice(0, 10)))
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }))
    await waitFor(() => expect(cardTitles()).toEqual(expected))
    expect(screen.getByText('没有更多了')).toBeTruthy()
  })

  test('filtered by department and by topic, and searched; a search that finds nothing says so', async () => {
    const api = createTestMockApi()
    renderPage(<ListPage />, api)
    await waitFor(() => expect(cardTitles().length).toBe(10))

    fireEvent.click(screen.getByRole('button', { name: '更换 答复部门' }))
    fireEvent.click(screen.getByRole('radio', { name: '上海市卫生健康委员会' }))
    const health = titlesOf(await allAnswered(api, { departmentId: 'health' }))
    expect(health.length).toBeGreaterThan(0)
    await waitFor(() => expect(cardTitles()).toEqual(health))

    fireEvent.click(screen.getByRole('button', { name: '更换 答复部门' }))
    fireEvent.click(screen.getByRole('radio', { name: '全部' }))
    fireEvent.click(screen.getByRole('button', { name: '更换 话题' }))
    fireEvent.click(screen.getByRole('radio', { name: '教育' }))
    const education = titlesOf(await allAnswered(api, { topicId: 'education' }))
    expect(education.length).toBeGreaterThan(0)
    await waitFor(() => expect(cardTitles()).toEqual(education))

    typeInto('搜索问题或答复', '火星移民')
    fireEvent.click(screen.getByRole('button', { name: '搜索' }))
    expect(await screen.findByText('没有找到符合条件的问答')).toBeTruthy()
  })

  test('a column of the city (Shanghai’s #Reply) shows its topic under its own name', async () => {
    const api = createTestMockApi()
    testing.router.params = { columnId: 'reply' }
    renderPage(<ListPage />, api)
    const concerns = titlesOf(await allAnswered(api, { topicId: 'public-concerns' }))
    expect(concerns.length).toBeGreaterThanOrEqual(3)
    await waitFor(() => expect(cardTitles()).toEqual(concerns))
    expect(screen.queryByRole('button', { name: '更换 话题' })).toBeNull()
    expect(testing.titles.at(-1)).toBe('回应')
  })

  test('"helpful" counts once per device, through repeated taps, a reload and a restart', async () => {
    const api = createTestMockApi()
    testing.router.params = { id: 'sh-q01' }
    const first = renderPage(<DetailPage />, api)
    const before = (await act(() => api.questions.getQuestion('shanghai', 'sh-q01'))).helpfulCount
    const button = await screen.findByRole('button', { name: `这条答复对我有帮助，已有 ${before} 人` })
    fireEvent.click(button)
    fireEvent.click(button)
    fireEvent.click(button)
    expect(await screen.findByText(`✓ 已觉得有帮助（${before + 1}）`)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /这条答复对我有帮助/ }))
    first.unmount()

    const reloaded = renderPage(<DetailPage />, api)
    expect(await screen.findByText(`✓ 已觉得有帮助（${before + 1}）`)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /这条答复对我有帮助/ }))
    reloaded.unmount()
    expect((await api.questions.getQuestion('shanghai', 'sh-q01')).helpfulCount).toBe(before + 1)

    // A restart: fresh modules, only the device's storage kept; the mark and the device id survive.
    const restart = restartKeepingDeviceStorage(testing.storage, { id: 'sh-q01' })
    try {
      restart.render(require('../pages/detail/index') as typeof import('../pages/detail/index'), api)
      const { screen: again, fireEvent: tap } = restart.library
      expect(await again.findByText(`✓ 已觉得有帮助（${before + 1}）`)).toBeTruthy()
      tap.click(again.getByRole('button', { name: /这条答复对我有帮助/ }))
      await act(() => Promise.resolve())
      expect((await api.questions.getQuestion('shanghai', 'sh-q01')).helpfulCount).toBe(before + 1)
    } finally {
      restart.done()
    }
  })
})

describe('asking', () => {
  async function fillQuestion() {
    await screen.findByLabelText('标题')
    fireEvent.click(screen.getByRole('button', { name: '更换 向哪个部门提问' }))
    fireEvent.click(screen.getByRole('radio', { name: '上海市交通委员会' }))
    typeInto('标题', TITLE)
    typeInto('问题描述', BODY)
    typeInto('称呼（选填）', '王阿姨')
    fireEvent.click(screen.getByRole('checkbox', { name: '我同意公开问题和答复（不含个人信息）' }))
  }

  test('the nickname field says what an empty one shows, and goes when asking anonymously', async () => {
    renderPage(<AskPage />, createTestMockApi())
    expect(await screen.findByText('不填则显示为“网友”')).toBeTruthy()
    fireEvent.click(screen.getByRole('switch', { name: '匿名提问' }))
    expect(screen.queryByLabelText('称呼（选填）')).toBeNull()
    expect(screen.queryByText('不填则显示为“网友”')).toBeNull()
  })

  test('the send button says what is missing, and each problem shows at its field', async () => {
    renderPage(<AskPage />, createTestMockApi())
    await screen.findByLabelText('标题')
    typeInto('标题', '地铁')
    const button = screen.getByRole('button', { name: /还需填写/ })
    expect(button.textContent).toBe('还需填写：标题、问题描述、同意公开')
    fireEvent.click(button)
    expect(screen.getByText('标题太短了，至少写 5 个字')).toBeTruthy()
    expect(screen.getByText('请填写问题描述')).toBeTruthy()
    expect(screen.getByText('请阅读并勾选同意，问题才能公开答复')).toBeTruthy()
  })

  test('what a citizen types is text, never markup', async () => {
    renderPage(<AskPage />, createTestMockApi())
    await screen.findByLabelText('标题')
    typeInto('标题', '<img src=x onerror="alert(1)">')
    expect((screen.getByLabelText('标题') as HTMLInputElement).value).toBe('<img src=x onerror="alert(1)">')
    expect(document.querySelector('img[src="x"]')).toBeNull()
  })

  test('a half-written question survives the app restarting with nothing in memory', async () => {
    const first = renderPage(<AskPage />, createTestMockApi())
    await fillQuestion()
    first.unmount()
    const restart = restartKeepingDeviceStorage(testing.storage)
    try {
      restart.render(require('../pages/ask/index') as typeof import('../pages/ask/index'), createTestMockApi())
      const again = restart.library.screen
      await again.findByText('已恢复您上次未提交的内容')
      expect((again.getByLabelText('标题') as HTMLInputElement).value).toBe(TITLE)
      expect((again.getByLabelText('问题描述') as HTMLTextAreaElement).value).toBe(BODY)
      expect((again.getByLabelText('称呼（选填）') as HTMLInputElement).value).toBe('王阿姨')
      expect(again.getByText('上海市交通委员会')).toBeTruthy()
      expect(again.getByRole('button', { name: '提交问题' })).toBeTruthy()
    } finally {
      restart.done()
    }
  })

  test('on a flaky network (30% of calls fail, half after the city acted), tapping until it works asks once', async () => {
    for (let seed = 1; seed <= 10; seed += 1) {
      testing.reset()
      questionDrafts.setState({ drafts: {} })
      myQuestions.setState({ byCity: {}, helpful: {} })
      const api = createTestMockApi()
      const view = renderPage(<AskPage />, api)
      await fillQuestion()
      api.runtime.faults.randomly(0.3, seeded(seed))
      for (let tap = 0; tap < 40 && testing.navigations.every((n) => n.kind !== 'redirectTo'); tap += 1) {
        fireEvent.click(screen.getByRole('button', { name: /提交问题|再次提交/ }))
        await waitFor(() => expect(screen.queryByRole('button', { name: '正在提交' })).toBeNull())
        await act(() => Promise.resolve())
      }
      api.runtime.faults.clear()
      const stored = JSON.parse(api.runtime.storage.getItem('mock:questions:shanghai') ?? '{}') as {
        asked: { title: string }[]
      }
      expect([seed, stored.asked.filter((q) => q.title === TITLE).length]).toEqual([seed, 1])
      expect(testing.navigations.filter((n) => n.kind === 'redirectTo')).toHaveLength(1)
      expect(questionDrafts.getState().drafts).toEqual({})
      view.unmount()
    }
  })

  test('the question waits in My questions, and the city answers it (or passes it to a letter) on its clock', async () => {
    const api = createTestMockApi()
    const ask = renderPage(<AskPage />, api)
    await fillQuestion()
    fireEvent.click(screen.getByRole('button', { name: '提交问题' }))
    await waitFor(() => expect(testing.navigations.at(-1)?.kind).toBe('redirectTo'))
    const id = new URLSearchParams((testing.navigations.at(-1)?.url ?? '').split('?')[1]).get('id') ?? ''
    ask.unmount()

    const mine = renderPage(<MinePage />, api)
    const row = (await screen.findByText(TITLE)).closest('.question-row') as HTMLElement
    expect(within(row).getByText('待答复')).toBeTruthy()
    mine.unmount()

    api.clock.advance(7 * DAY)
    const later = await api.questions.getQuestion('shanghai', id)
    expect(['answered', 'redirected']).toContain(later.state)
    renderPage(<MinePage />, api)
    const state = later.state === 'answered' ? '已答复' : '已转来信办理'
    await waitFor(() => {
      const refreshed = screen.getByText(TITLE).closest('.question-row') as HTMLElement
      expect(within(refreshed).getByText(state)).toBeTruthy()
    })
  })
})

describe('the Interact tab', () => {
  test('lists the city’s own interaction columns and letter channels, each opening its page', async () => {
    const shanghai = renderPage(<InteractPage />, createTestMockApi(), { city: 'shanghai' })
    for (const name of ['你问我答', '回应', '征询']) expect(screen.getByText(name)).toBeTruthy()
    fireEvent.click(screen.getByText('回应'))
    expect(testing.navigations.at(-1)?.url).toBe('/features/questions/pages/list/index?columnId=reply')
    fireEvent.click(screen.getByText('征询'))
    expect(testing.navigations.at(-1)?.url).toBe('/features/consultations/pages/list/index?columnId=investigations')
    shanghai.unmount()

    renderPage(<InteractPage />, createTestMockApi(), { city: 'yinchuan' })
    expect(screen.getByText('问政银川')).toBeTruthy()
    expect(screen.queryByText('回应')).toBeNull()
    // Its letter channels come from the city's letters configuration, loaded on demand.
    expect(await screen.findByText('12345政务服务便民热线')).toBeTruthy()
  })
})
