import { fireEvent, screen } from '@testing-library/react'
import { createTestMockApi } from '../../../test/support/test-api'
import { renderPage } from '../../../test/support/render-page'
import { appPreferences } from '../../shared/preferences/app-preferences'
import MePage from '../me/index'

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
