import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { testing } from '../../../test/doubles/taro'
import { createTestMockApi } from '../../../test/support/test-api'
import { renderPage } from '../../../test/support/render-page'
import { appPreferences } from '../../shared/preferences/app-preferences'
import MePage from '../me/index'
import { commentDrafts } from '../../features/consultations/stores/comment-drafts'
import { myComments } from '../../features/consultations/stores/my-comments'
import { letterDrafts } from '../../features/letters/stores/drafts-store'
import { myLetters } from '../../features/letters/stores/my-letters-store'
import PrivacyPage from '../../features/me/pages/privacy/index'
import { myQuestions, questionDrafts } from '../../features/questions/stores/question-stores'
import { lookupInputs } from '../../features/services/stores/lookup-inputs-store'
import { personalLookupConsentGiven, rememberIdentity } from '../../features/services/stores/remembered-identity'
import { serviceShortcuts } from '../../features/services/stores/shortcuts-store'
import { deviceId } from '../../shared/storage/device-id'

test('elderly mode is a switch that says its state', () => {
  renderPage(<MePage />, createTestMockApi())
  const toggle = screen.getByRole('switch', { name: '长辈版（大字）' })
  expect(toggle.getAttribute('aria-checked')).toBe('false')
  fireEvent.click(toggle)
  expect(appPreferences.getState().elderlyMode).toBe(true)
  expect(screen.getByRole('switch', { name: '长辈版（大字）' }).getAttribute('aria-checked')).toBe('true')
})

test('language is a choice that takes effect at once', () => {
  renderPage(<MePage />, createTestMockApi())
  fireEvent.click(screen.getByRole('radio', { name: 'English' }))
  expect(screen.getByText('Settings')).toBeTruthy()
  expect(screen.getByRole('radio', { name: 'English' }).getAttribute('aria-checked')).toBe('true')
  expect(appPreferences.getState().language).toBe('en')
})

test('outside the H5 preview there is no city switch: a mini program is published per city', () => {
  // Tests run as a mini program build (TARO_ENV is not h5); the browser suite covers the H5 switch.
  renderPage(<MePage />, createTestMockApi())
  expect(screen.queryByRole('radiogroup', { name: '城市（预览）' })).toBeNull()
})

describe('Me, complete', () => {
  beforeEach(() => {
    testing.reset()
    serviceShortcuts.setState({ byCity: {} })
  })

  test('my letters, questions and comments, my saved services, and the privacy notice are one tap away', () => {
    serviceShortcuts.getState().favouriteToggled('shanghai', 'housing-fund')
    renderPage(<MePage />, createTestMockApi())
    for (const [name, url] of [
      ['我的信件', '/features/letters/pages/mine/index'],
      ['我的提问', '/features/questions/pages/mine/index'],
      ['我的意见', '/features/consultations/pages/mine/index'],
      ['隐私说明', '/features/me/pages/privacy/index'],
    ]) {
      fireEvent.click(screen.getByRole('link', { name }))
      expect(testing.navigations.at(-1)?.url).toBe(url)
    }
    expect(screen.getByRole('link', { name: '公积金余额，需实名' })).toBeTruthy()
  })

  test('the privacy notice names the city’s account and hotline', () => {
    renderPage(<PrivacyPage />, createTestMockApi(), { city: 'chengdu' })
    expect(screen.getByRole('heading', { name: '清除我的数据' })).toBeTruthy()
    expect(screen.getByText(/发给成都发布及承办部门/)).toBeTruthy()
    expect(screen.getByText(/请拨打 12345/)).toBeTruthy()
  })

  test('"clear my data" leaves nothing of the citizen’s in storage (listed before and after)', async () => {
    // Everything a citizen can leave on a phone, written the way the app writes it.
    letterDrafts.getState().draftEdited('shanghai:hotline-12345', { title: '路灯不亮' })
    myLetters.setState({ byCity: { shanghai: [] } })
    questionDrafts.getState().draftEdited('shanghai', { title: '地铁' })
    myQuestions.getState().markedHelpful('shanghai', 'sh-q01')
    commentDrafts.getState().draftEdited('shanghai:sh-c01', { text: '建议' })
    myComments.getState().commentSent('shanghai', {
      id: 'sh-c01-1',
      consultationId: 'sh-c01',
      consultationTitle: '草案',
      text: '建议延长开放时间',
      submittedAt: '2026-11-23T02:00:00.000Z',
    })
    serviceShortcuts.getState().favouriteToggled('shanghai', 'weather')
    lookupInputs.getState().inputEdited('shanghai:weather', 'districtId', 'xuhui')
    rememberIdentity({ name: '王小明', residentId: '310104198001011239' })
    personalLookupConsentGiven()
    deviceId()
    testing.storage.set('mock:letters:shanghai', '{}')

    renderPage(<MePage />, createTestMockApi())
    const before = [...testing.storage.keys()].sort()
    expect(before).toEqual([
      'comment-drafts',
      'device-id',
      'letter-drafts',
      'lookup-inputs',
      'mock:letters:shanghai',
      'my-comments',
      'my-letters',
      'my-questions',
      'preferences',
      'question-drafts',
      'remembered-identity',
      'service-shortcuts',
      'services-consent',
    ])
    fireEvent.click(screen.getByRole('button', { name: '清除我的数据' }))
    await waitFor(() => expect(testing.toasts).toContain('已清除'))
    expect([...testing.storage.keys()].sort()).toEqual(['mock:letters:shanghai', 'preferences'])
    // And nothing in memory writes it back on the next change.
    act(() => serviceShortcuts.getState().favouriteToggled('shanghai', 'traffic'))
    expect(JSON.parse(testing.storage.get('service-shortcuts') as string).state.byCity).toEqual({
      shanghai: { favourites: ['traffic'], recent: [] },
    })
    expect(letterDrafts.getState().drafts).toEqual({})
    expect(myComments.getState().byCity).toEqual({})
  })
})
