import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { testing } from '../../../../test/doubles/taro'
import { seeded } from '../../../../test/support/seeded-random'
import { restartKeepingDeviceStorage } from '../../../../test/support/restart'
import { createTestMockApi } from '../../../../test/support/test-api'
import { renderPage } from '../../../../test/support/render-page'
import WritePage from '../pages/write/index'
import { letterDrafts } from '../stores/drafts-store'
import { myLetters } from '../stores/my-letters-store'
import { typeInto, choose } from '../../../../test/support/form-input'

const CHANNEL = 'hotline-12345' // Shanghai's 12345 hotline mailbox
const TITLE = '老旧小区楼道照明损坏求助'
const DESCRIPTION = '我们单元楼道的声控灯已经坏了半个多月，老人晚上上下楼很不方便，希望尽快安排维修。'

beforeEach(() => {
  testing.reset()
  testing.router.params = { channelId: CHANNEL }
  letterDrafts.setState({ drafts: {} })
  myLetters.setState({ byCity: {} })
})

const valueOf = (element: HTMLElement) => (element as HTMLInputElement).value

async function fillEverything() {
  await screen.findByRole('heading', { name: '12345市民服务热线网上信箱' })
  choose('来信类型', '求助')
  choose('问题分类', '住房物业')
  fireEvent.click(screen.getByRole('button', { name: '更换 反映给哪个部门（选填）' }))
  choose('反映给哪个部门（选填）', '上海市住房和城乡建设管理委员会')
  typeInto('标题', TITLE)
  typeInto('详细描述', DESCRIPTION)
  typeInto('事发地点（选填）', '长宁区某某路 100 弄')
  typeInto('联系人姓名', '李先生')
  typeInto('手机号码', '+86 139-0000-1111')
  fireEvent.click(screen.getByRole('switch', { name: '同意公开' }))
  fireEvent.click(screen.getByRole('switch', { name: '匿名反映' }))
  fireEvent.click(screen.getByRole('checkbox', { name: '我已阅读并同意《个人信息处理说明》' }))
}

function expectEverythingFilled(scope = screen) {
  expect(scope.getByRole('radio', { name: '求助' }).getAttribute('aria-checked')).toBe('true')
  expect(scope.getByRole('radio', { name: '住房物业' }).getAttribute('aria-checked')).toBe('true')
  expect(scope.getByText('上海市住房和城乡建设管理委员会')).toBeTruthy()
  expect(valueOf(scope.getByLabelText('标题'))).toBe(TITLE)
  expect(valueOf(scope.getByLabelText('详细描述'))).toBe(DESCRIPTION)
  expect(valueOf(scope.getByLabelText('事发地点（选填）'))).toBe('长宁区某某路 100 弄')
  expect(valueOf(scope.getByLabelText('联系人姓名'))).toBe('李先生')
  // The number is kept as typed and shown masked.
  expect(scope.getByText('已填写 139****1111')).toBeTruthy()
  expect(scope.getByRole('switch', { name: '同意公开' }).getAttribute('aria-checked')).toBe('true')
  expect(scope.getByRole('switch', { name: '匿名反映' }).getAttribute('aria-checked')).toBe('true')
  expect(scope.getByRole('checkbox', { name: '我已阅读并同意《个人信息处理说明》' }).getAttribute('aria-checked')).toBe(
    'true',
  )
}

test('a half-written letter survives the page closing and the app restarting with nothing in memory', async () => {
  const api = createTestMockApi()
  const first = renderPage(<WritePage />, api)
  await fillEverything()
  first.unmount()

  const restart = restartKeepingDeviceStorage(testing.storage, { channelId: CHANNEL })
  try {
    restart.render(require('../pages/write/index') as typeof import('../pages/write/index'), api)
    await restart.library.screen.findByText('已恢复您上次未提交的内容')
    expectEverythingFilled(restart.library.screen)
  } finally {
    restart.done()
  }
})

test('drafts are kept per channel: another channel starts empty, and coming back finds the first', async () => {
  const api = createTestMockApi()
  const first = renderPage(<WritePage />, api)
  await screen.findByRole('heading', { name: '12345市民服务热线网上信箱' })
  typeInto('标题', TITLE)
  first.unmount()

  testing.router.params = { channelId: 'mayor-mailbox' }
  const other = renderPage(<WritePage />, api)
  expect(valueOf(await screen.findByLabelText('标题'))).toBe('')
  other.unmount()

  testing.router.params = { channelId: CHANNEL }
  renderPage(<WritePage />, api)
  expect(valueOf(await screen.findByLabelText('标题'))).toBe(TITLE)
})

test('the send button says what is missing, and tapping it shows each problem at its field', async () => {
  renderPage(<WritePage />, createTestMockApi())
  await screen.findByRole('heading', { name: '12345市民服务热线网上信箱' })
  typeInto('标题', '灯坏了')
  const button = screen.getByRole('button', { name: /还需填写/ })
  expect(button.textContent).toBe('还需填写：类型、分类、标题、描述、姓名、手机号码、同意个人信息处理说明')

  fireEvent.click(button)
  expect(screen.getByText('请选择来信类型')).toBeTruthy()
  expect(screen.getByText('标题太短了，至少写 5 个字')).toBeTruthy()
  expect(screen.getByText('请填写手机号码，方便部门联系您')).toBeTruthy()
  expect(screen.getByText('请先阅读并同意个人信息处理说明')).toBeTruthy()

  typeInto('手机号码', '2390000111')
  expect(screen.getByText('手机号码应是以 1 开头的 11 位数字')).toBeTruthy()
})

test('in English, the problems are in English too', async () => {
  renderPage(<WritePage />, createTestMockApi(), { language: 'en' })
  await screen.findByRole('heading', { name: '12345 Citizen Hotline Online Mailbox' })
  typeInto('Title', 'Lamp')
  expect(screen.getByText('The title is too short: at least 5 characters')).toBeTruthy()
  expect(screen.getByRole('button', { name: /Still needed/ }).textContent).toMatch(
    /^Still needed: type, topic, title, details, name, mobile number/,
  )
})

test('a failed send keeps every word; sending again files the letter once and clears the draft', async () => {
  const api = createTestMockApi()
  renderPage(<WritePage />, api)
  await fillEverything()

  api.runtime.faults.fail('network', 1)
  fireEvent.click(screen.getByRole('button', { name: '提交信件' }))
  expect(await screen.findByText('信件还没有提交成功，您填写的内容都已保存。')).toBeTruthy()
  expect(screen.getByText('网络连接不上，请检查网络后重试。')).toBeTruthy()
  expectEverythingFilled()

  fireEvent.click(screen.getByRole('button', { name: '再次提交' }))
  await waitFor(() => expect(testing.navigations.at(-1)?.kind).toBe('redirectTo'))
  const url = testing.navigations.at(-1)?.url ?? ''
  expect(url).toMatch(/^\/features\/letters\/pages\/case\/index\?caseNumber=SH-20261123-\d{6}&receipt=1$/)
  expect(Object.keys(letterDrafts.getState().drafts)).toEqual([])
  const mine = myLetters.getState().byCity.shanghai ?? []
  expect(mine.map((c) => c.title)).toEqual([TITLE])
  const filed = await api.letters.getCase('shanghai', mine[0].caseNumber)
  expect(filed).toMatchObject({ title: TITLE, isPublic: true, type: 'help', categoryId: 'housing' })
})

test('on a flaky network (30% of calls fail, half after the server acted), tapping until it works files one letter', async () => {
  for (let seed = 1; seed <= 10; seed += 1) {
    testing.reset()
    testing.router.params = { channelId: CHANNEL }
    letterDrafts.setState({ drafts: {} })
    const api = createTestMockApi()
    const view = renderPage(<WritePage />, api)
    await fillEverything()
    api.runtime.faults.randomly(0.3, seeded(seed))
    for (let tap = 0; tap < 40 && testing.navigations.every((n) => n.kind !== 'redirectTo'); tap += 1) {
      fireEvent.click(screen.getByRole('button', { name: /提交信件|再次提交/ }))
      await waitFor(() => expect(screen.queryByRole('button', { name: '正在提交…' })).toBeNull())
      await act(() => Promise.resolve())
    }
    api.runtime.faults.clear()
    const mine = JSON.parse(api.runtime.storage.getItem('mock:letters:shanghai') ?? '{}') as {
      cases: { letter: { title: string } }[]
    }
    expect([seed, mine.cases.filter((c) => c.letter.title === TITLE).length]).toEqual([seed, 1])
    expect(testing.navigations.filter((n) => n.kind === 'redirectTo')).toHaveLength(1)
    view.unmount()
  }
})

test('what a citizen types is text, never markup', async () => {
  renderPage(<WritePage />, createTestMockApi())
  await screen.findByRole('heading', { name: '12345市民服务热线网上信箱' })
  typeInto('标题', '<img src=x onerror="alert(1)">')
  expect(valueOf(screen.getByLabelText('标题'))).toBe('<img src=x onerror="alert(1)">')
  expect(document.querySelector('img[src="x"]')).toBeNull()
})

test('photos: at most nine, too-large ones refused with a message, each uploaded once chosen', async () => {
  const api = createTestMockApi()
  renderPage(<WritePage />, api)
  await screen.findByRole('heading', { name: '12345市民服务热线网上信箱' })
  testing.media = [
    ...Array.from({ length: 8 }, (_, i) => ({ tempFilePath: `/tmp/photo-${i}.jpg`, size: 200_000 })),
    { tempFilePath: '/tmp/huge.jpg', size: 11 * 1024 * 1024 },
  ]
  fireEvent.click(screen.getByRole('button', { name: '添加照片（0/9）' }))
  expect(await screen.findByText('有 1 张照片超过 10 MB，没有添加')).toBeTruthy()
  await waitFor(() => expect(letterDrafts.getState().drafts[`shanghai:${CHANNEL}`]?.photos).toHaveLength(8))
  expect(screen.getByRole('button', { name: '添加照片（8/9）' })).toBeTruthy()

  testing.media = [{ tempFilePath: '/tmp/last.jpg', size: 1000 }]
  fireEvent.click(screen.getByRole('button', { name: '添加照片（8/9）' }))
  await waitFor(() => expect(letterDrafts.getState().drafts[`shanghai:${CHANNEL}`]?.photos).toHaveLength(9))
  expect(screen.queryByRole('button', { name: /添加照片/ })).toBeNull()

  fireEvent.click(screen.getByRole('button', { name: '删除第 9 张照片' }))
  expect(letterDrafts.getState().drafts[`shanghai:${CHANNEL}`]?.photos).toHaveLength(8)
})

test.each([
  ['shanghai', 'hotline-12345', /^SH-/],
  ['chengdu', 'write-letter', /^CD-/],
  ['yinchuan', 'wenzheng', /^YC-/],
] as const)('in %s, a letter sent through %s gets that city’s case number', async (city, channelId, code) => {
  testing.router.params = { channelId }
  renderPage(<WritePage />, createTestMockApi(), { city })
  await screen.findByRole('radiogroup', { name: '来信类型' })
  choose('来信类型', '求助')
  choose('问题分类', '住房物业')
  typeInto('标题', TITLE)
  typeInto('详细描述', DESCRIPTION)
  typeInto('联系人姓名', '李先生')
  typeInto('手机号码', '13900001111')
  fireEvent.click(screen.getByRole('checkbox', { name: '我已阅读并同意《个人信息处理说明》' }))
  fireEvent.click(screen.getByRole('button', { name: '提交信件' }))
  await waitFor(() => expect(testing.navigations.at(-1)?.kind).toBe('redirectTo'))
  const caseNumber = new URLSearchParams((testing.navigations.at(-1)?.url ?? '').split('?')[1]).get('caseNumber')
  expect(caseNumber).toMatch(code)
  expect(myLetters.getState().byCity[city]?.map((c) => c.caseNumber)).toEqual([caseNumber])
})

test('on WeChat, the send tap asks for progress notifications with the city’s templates first', async () => {
  const { lettersConfig } = await import('../../../cities/letters/shanghai')
  lettersConfig.subscribeTemplateIds.push('progress-template')
  const target = process.env.TARO_ENV
  process.env.TARO_ENV = 'weapp'
  try {
    renderPage(<WritePage />, createTestMockApi())
    await fillEverything()
    fireEvent.click(screen.getByRole('button', { name: '提交信件' }))
    await waitFor(() => expect(testing.navigations.at(-1)?.kind).toBe('redirectTo'))
    expect(testing.subscribeRequests).toEqual([['progress-template']])
  } finally {
    lettersConfig.subscribeTemplateIds.pop()
    if (target === undefined) delete process.env.TARO_ENV
    else process.env.TARO_ENV = target
  }
})

test('without templates (or on H5) nobody is asked', async () => {
  renderPage(<WritePage />, createTestMockApi())
  await fillEverything()
  fireEvent.click(screen.getByRole('button', { name: '提交信件' }))
  await waitFor(() => expect(testing.navigations.at(-1)?.kind).toBe('redirectTo'))
  expect(testing.subscribeRequests).toEqual([])
})
