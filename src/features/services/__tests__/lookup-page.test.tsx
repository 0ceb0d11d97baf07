import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { testing } from '../../../../test/doubles/taro'
import { createTestMockApi } from '../../../../test/support/test-api'
import { renderPage } from '../../../../test/support/render-page'
import type { CityId } from '../../../../config/settings'
import { getCityConfig } from '../../../cities/city-registry'
import { loadServicesConfig } from '../../../cities/services/load-services-config'
import type { ServiceId } from '../../../services/lookups/lookup-schemas'
import { createTranslate, pickText } from '../../../shared/i18n/translate'
import { creditCodeCheckCharacter } from '../../../shared/personal/credit-code'
import MePage from '../../../pages/me/index'
import ServicesPage from '../../../pages/services/index'
import { CATALOGUE } from '../catalogue'
import type { FieldValues, ResultSection } from '../declaration'
import { DECLARATIONS } from '../declarations/registry'
import { sectionsWithContent } from '../components/result-sections'
import LookupPage from '../pages/lookup/index'
import { lookupInputs } from '../stores/lookup-inputs-store'
import { serviceShortcuts } from '../stores/shortcuts-store'
import { typeInto, choose } from '../../../../test/support/form-input'

const NAME = '王小明'
/** Valid (GB 11643 check digit); its sequence code is not 000, so the mock has records for it. */
const ID = '310104198001011239'
/** Valid, sequence code 000: nothing on record anywhere. */
const ID_WITH_NOTHING = '310104198001010009'
/** Valid, issued by market regulation (9…): the mock finds an enterprise. */
const CREDIT_CODE = '91310000MA1FL0000N'

beforeEach(() => {
  testing.reset()
  serviceShortcuts.setState({ byCity: {} })
  lookupInputs.setState({ inputs: {} })
})

/** A valid answer for every field of a service: the first option of each choice. */
async function validValues(city: CityId, service: ServiceId): Promise<{ labels: FieldValues; values: FieldValues }> {
  const config = await loadServicesConfig(city)
  const values: FieldValues = {}
  const labels: FieldValues = {}
  for (const field of DECLARATIONS[service].fields) {
    if (field.kind === 'choice') {
      const option = field.options({ config, values, today: '2026-11-23' })[0]
      values[field.id] = option.id
      labels[field.id] = option.name.zh
    } else {
      values[field.id] = { 'person-name': NAME, 'resident-id': ID, 'credit-code': CREDIT_CODE, text: '电池' }[
        field.kind
      ]
    }
  }
  return { values, labels }
}

async function fill(city: CityId, service: ServiceId, overrides: FieldValues = {}) {
  const { values, labels } = await validValues(city, service)
  for (const field of DECLARATIONS[service].fields) {
    if (field.kind === 'choice') choose(field.label.zh, labels[field.id])
    else typeInto(field.label.zh, overrides[field.id] ?? values[field.id])
  }
  return values
}

function openLookup(service: ServiceId, city: CityId = 'shanghai', api = createTestMockApi()) {
  testing.router.params = { serviceId: service }
  const lookup = jest.spyOn(api.lookups, 'lookup')
  const view = renderPage(<LookupPage />, api, { city })
  return { api, lookup, view }
}

const rowCount = (section: ResultSection) =>
  section.layout === 'timeline'
    ? section.entries.length
    : section.layout === 'list'
      ? section.items.length
      : section.rows.length

/** The first words of every row a section shows: each must be on the page. */
function expectRendered(sections: ResultSection[]) {
  for (const section of sections) {
    const first =
      section.layout === 'key-value'
        ? section.rows[0].value
        : section.layout === 'table'
          ? section.rows[0][0]
          : section.layout === 'timeline'
            ? section.entries[0].title
            : section.items[0].title
    expect(screen.getAllByText(first).length).toBeGreaterThan(0)
  }
}

/** How the mock comes back with nothing on record for a service: what to type, or when to ask. */
const NOTHING_ON_RECORD: Partial<Record<ServiceId, { type?: Record<string, string>; at?: number }>> = {
  'social-insurance': { type: { 身份证号码: ID_WITH_NOTHING } },
  'income-tax': { type: { 身份证号码: ID_WITH_NOTHING } },
  'housing-fund': { type: { 身份证号码: ID_WITH_NOTHING } },
  vaccination: { type: { 身份证号码: ID_WITH_NOTHING } },
  // Registered with a civil affairs bureau (5…), not as an enterprise.
  'enterprise-licence': {
    type: { 统一社会信用代码: `51310000MJ4560000${creditCodeCheckCharacter('51310000MJ4560000')}` },
  },
  'bus-arrival': { at: Date.parse('2026-11-23T15:30:00.000Z') }, // 23:30 in Beijing: no more buses
  'garbage-sorting': { type: { 物品名称: '月球陨石' } },
}

const CITIES: CityId[] = ['shanghai', 'chengdu', 'yinchuan']
const cases = CITIES.flatMap((city) => getCityConfig(city).services.map((service) => [city, service] as const))
const layoutsSeen = new Set<string>()

describe.each(cases)('%s: %s', (city, service) => {
  test('the form refuses to send until it is right, then the look-up runs and its result is shown', async () => {
    const { lookup } = openLookup(service, city)
    await screen.findByRole('tab', { name: '在线查询' })
    fireEvent.click(screen.getByRole('button', { name: /还需填写/ }))
    expect(screen.getAllByRole('alert').length).toBeGreaterThan(0)
    expect(lookup).not.toHaveBeenCalled()

    const values = await fill(city, service)
    fireEvent.click(screen.getByRole('button', { name: '查询' }))
    if (CATALOGUE[service].personal) fireEvent.click(await screen.findByRole('button', { name: '同意并查询' }))
    await screen.findByRole('heading', { name: '查询结果' })

    expect(lookup).toHaveBeenCalledTimes(1)
    // What the citizen chose and typed, as the service's query.
    expect(lookup.mock.calls[0]).toEqual([city, service, DECLARATIONS[service].toQuery(values)])
    const result = await lookup.mock.results[0].value
    const sections = sectionsWithContent(
      DECLARATIONS[service].present(result as never, { pick: (text) => pickText(text, 'zh') }),
    )
    expect(sections.length).toBeGreaterThan(0)
    // Every list the city answered with is shown whole: a section with one row per item.
    for (const [key, value] of Object.entries(result as Record<string, unknown>)) {
      if (Array.isArray(value) && value.length > 0)
        expect([key, sections.map(rowCount)]).toEqual([key, expect.arrayContaining([value.length])])
    }
    expectRendered(sections)
    sections.forEach((section) => layoutsSeen.add(section.layout))
  })

  test('a failure shows what went wrong and a retry that works; nothing on record is its empty state', async () => {
    const api = createTestMockApi()
    const { lookup } = openLookup(service, city, api)
    await screen.findByRole('tab', { name: '在线查询' })
    await fill(city, service)
    api.runtime.faults.fail('timeout', 1)
    fireEvent.click(screen.getByRole('button', { name: '查询' }))
    if (CATALOGUE[service].personal) fireEvent.click(await screen.findByRole('button', { name: '同意并查询' }))
    expect(await screen.findByText(createTranslate('zh')('state.error.timeout'))).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    await screen.findByRole('heading', { name: '查询结果' })

    const emptyText = DECLARATIONS[service].emptyText.zh
    const recipe = NOTHING_ON_RECORD[service]
    if (recipe) {
      // The mock itself has nothing for this query.
      if (recipe.at) api.clock.set(recipe.at)
      fireEvent.click(screen.getAllByRole('button', { name: '修改查询条件' })[0])
      for (const [label, value] of Object.entries(recipe.type ?? {})) typeInto(label, value)
      fireEvent.click(screen.getByRole('button', { name: '查询' }))
      expect(await screen.findByText(emptyText)).toBeTruthy()
      return
    }
    // The city always has something to say here: a result with every list empty shows what is left,
    // or the empty state when nothing is.
    const real = (await lookup.mock.results.at(-1)?.value) as Record<string, unknown>
    const emptied = Object.fromEntries(
      Object.entries(real).map(([key, value]) => [key, Array.isArray(value) ? [] : value]),
    )
    lookup.mockResolvedValueOnce(emptied as never)
    fireEvent.click(screen.getByRole('button', { name: '重新查询' }))
    const left = sectionsWithContent(DECLARATIONS[service].present(emptied as never, { pick: (text) => text.zh }))
    if (left.length === 0) expect(await screen.findByText(emptyText)).toBeTruthy()
    else {
      await waitFor(() => expect(lookup).toHaveBeenCalledTimes(3))
      expectRendered(left)
      expect(screen.queryByText(emptyText)).toBeNull()
    }
  })
})

test('across the catalogue, results use every layout', () => {
  expect([...layoutsSeen].sort()).toEqual(['key-value', 'list', 'table', 'timeline'])
})

test('from the empty state, the way back to the form keeps what was typed', async () => {
  openLookup('social-insurance')
  await screen.findByRole('tab', { name: '在线查询' })
  await fill('shanghai', 'social-insurance', { residentId: ID_WITH_NOTHING })
  fireEvent.click(screen.getByRole('button', { name: '查询' }))
  fireEvent.click(await screen.findByRole('button', { name: '同意并查询' }))
  expect(await screen.findByText('没有查到您在本市的社保缴费记录')).toBeTruthy()
  fireEvent.click(screen.getAllByRole('button', { name: '修改查询条件' })[0])
  expect((screen.getByLabelText('身份证号码') as HTMLInputElement).value).toBe(ID_WITH_NOTHING)
})

describe('personal data', () => {
  const everythingLogged: string[] = []
  beforeEach(() => {
    everythingLogged.length = 0
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        everythingLogged.push(args.map((arg) => (arg instanceof Error ? arg.stack : JSON.stringify(arg))).join(' '))
      })
    }
  })
  afterEach(() => jest.restoreAllMocks())

  const storedText = () => JSON.stringify([...testing.storage.entries()])

  async function lookUpHousingFund(remember: boolean) {
    const { lookup } = openLookup('housing-fund')
    await screen.findByRole('tab', { name: '在线查询' })
    await fill('shanghai', 'housing-fund')
    if (remember) fireEvent.click(screen.getByRole('checkbox', { name: '在本机记住我的姓名和身份证号' }))
    fireEvent.click(screen.getByRole('button', { name: '查询' }))
    fireEvent.click(await screen.findByRole('button', { name: '同意并查询' }))
    await screen.findByRole('heading', { name: '查询结果' })
    const result = (await lookup.mock.results[0].value) as { registeredMobile: string | null }
    return result.registeredMobile
  }

  test('no full ID or mobile number on screen, in storage or in any log during a whole look-up', async () => {
    const mobile = await lookUpHousingFund(false)
    expect(mobile).toMatch(/^1\d{10}$/)
    const page = document.body.innerHTML
    expect(page).not.toContain(ID)
    expect(page).not.toContain(mobile)
    expect(page).toContain('3101**********1239')
    expect(page).toContain(`${mobile!.slice(0, 3)}****${mobile!.slice(7)}`)
    expect(page).not.toContain(NAME)
    expect(storedText()).not.toContain(ID)
    expect(storedText()).not.toContain(NAME)
    expect(everythingLogged.join('\n')).not.toContain(ID)
    expect(everythingLogged.join('\n')).not.toContain(mobile!)
  })

  test('"remember me" keeps them on this phone, and clearing my data in Me removes them', async () => {
    await lookUpHousingFund(true)
    expect(storedText()).toContain(ID)

    renderPage(<MePage />, createTestMockApi())
    const before = [...testing.storage.keys()].sort()
    expect(before).toEqual(expect.arrayContaining(['remembered-identity', 'service-shortcuts', 'services-consent']))
    fireEvent.click(screen.getByRole('button', { name: '清除我的数据' }))
    await waitFor(() => expect(testing.toasts).toContain('已清除'))
    const after = [...testing.storage.keys()].sort()
    // Only display settings and the demo mock's own records remain.
    expect(after.filter((key) => key !== 'preferences' && !key.startsWith('mock:'))).toEqual([])
    expect(storedText()).not.toContain(ID)
    expect(serviceShortcuts.getState().byCity).toEqual({})
  })

  test('consent comes before the first personal look-up only; declining sends nothing', async () => {
    const { lookup, view } = openLookup('vaccination')
    await screen.findByRole('tab', { name: '在线查询' })
    await fill('shanghai', 'vaccination')
    fireEvent.click(screen.getByRole('button', { name: '查询' }))
    fireEvent.click(await screen.findByRole('button', { name: '暂不查询' }))
    expect(lookup).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: '查询' }))
    fireEvent.click(await screen.findByRole('button', { name: '同意并查询' }))
    await screen.findByRole('heading', { name: '查询结果' })
    view.unmount()

    const again = openLookup('income-tax')
    await screen.findByRole('tab', { name: '在线查询' })
    await fill('shanghai', 'income-tax')
    fireEvent.click(screen.getByRole('button', { name: '查询' }))
    await screen.findByRole('heading', { name: '查询结果' })
    expect(screen.queryByRole('button', { name: '同意并查询' })).toBeNull()
    expect(again.lookup).toHaveBeenCalledTimes(1)
  })

  test('a bad ID number is named at its field and nothing is sent', async () => {
    const { lookup } = openLookup('social-insurance')
    await screen.findByRole('tab', { name: '在线查询' })
    await fill('shanghai', 'social-insurance', { residentId: '310104198001011238' })
    expect(screen.getByText('身份证号码有一位不对（最后一位校验码不符），请逐位核对')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '还需填写：身份证号码' }))
    expect(lookup).not.toHaveBeenCalled()
  })
})

describe('the Services tab', () => {
  test('search finds services by the words citizens use, and says so when nothing matches', () => {
    renderPage(<ServicesPage />, createTestMockApi())
    typeInto('搜索服务', '社保')
    expect(screen.getByRole('link', { name: '社保缴费记录，需实名' })).toBeTruthy()
    expect(screen.queryByRole('link', { name: '实时公交' })).toBeNull()
    typeInto('搜索服务', '火星签证')
    expect(screen.getByText('没有找到“火星签证”相关的服务')).toBeTruthy()
  })

  test('a favourite and a recent service appear above the themes, per city', async () => {
    const { view } = openLookup('housing-fund')
    fireEvent.click(await screen.findByRole('button', { name: '收藏公积金余额' }))
    expect(screen.getByRole('button', { name: '取消收藏公积金余额' })).toBeTruthy()
    view.unmount()

    renderPage(<ServicesPage />, createTestMockApi())
    const favourites = screen.getByRole('heading', { name: '我的收藏' }).parentElement as HTMLElement
    expect(within(favourites).getByRole('link', { name: '公积金余额，需实名' })).toBeTruthy()
    const recent = screen.getByRole('heading', { name: '最近使用' }).parentElement as HTMLElement
    expect(within(recent).getByRole('link', { name: '公积金余额，需实名' })).toBeTruthy()
    // The shortcuts survive in storage, for the next launch.
    expect(JSON.parse(testing.storage.get('service-shortcuts') as string).state.byCity.shanghai.favourites).toEqual([
      'housing-fund',
    ])
  })

  test('each city lists its own catalogue; a service the city does not offer says so', async () => {
    const shanghai = renderPage(<ServicesPage />, createTestMockApi(), { city: 'shanghai' })
    expect(screen.getByRole('link', { name: '垃圾分类查询' })).toBeTruthy()
    shanghai.unmount()
    const chengdu = renderPage(<ServicesPage />, createTestMockApi(), { city: 'chengdu' })
    expect(screen.queryByRole('link', { name: '垃圾分类查询' })).toBeNull()
    chengdu.unmount()
    openLookup('garbage-sorting', 'chengdu')
    expect(await screen.findAllByText('没有找到这项服务')).not.toHaveLength(0)
  })
})
