import { createMemoryStorage } from '../storage/key-value-storage'
import { createPreferencesStore, PREFERENCES_KEY } from '../preferences/preferences-store'

const cities = { city: 'shanghai' as const, availableCities: ['shanghai', 'chengdu', 'yinchuan'] as const }

test('choices survive a restart (a new store over the same storage)', () => {
  const storage = createMemoryStorage()
  const first = createPreferencesStore(storage, cities)
  first.getState().elderlyModeToggled()
  first.getState().languageChosen('en')
  first.getState().cityChosen('chengdu')
  const second = createPreferencesStore(storage, cities)
  expect(second.getState()).toMatchObject({ elderlyMode: true, language: 'en', city: 'chengdu' })
})

test('a large system font turns elderly mode on, until the citizen chooses', () => {
  const store = createPreferencesStore(createMemoryStorage(), cities)
  store.getState().systemFontScaleRead(1.3)
  expect(store.getState().elderlyMode).toBe(true)
  store.getState().elderlyModeToggled()
  store.getState().systemFontScaleRead(1.3)
  expect(store.getState().elderlyMode).toBe(false)
})

test('a default font scale leaves elderly mode off', () => {
  const store = createPreferencesStore(createMemoryStorage(), cities)
  store.getState().systemFontScaleRead(1)
  expect(store.getState().elderlyMode).toBe(false)
})

test('a city this build cannot show is refused, and a stored one is dropped', () => {
  const storage = createMemoryStorage()
  storage.setItem(
    PREFERENCES_KEY,
    JSON.stringify({ state: { city: 'chengdu', language: 'fr', elderlyMode: 'yes' }, version: 1 }),
  )
  const weappLike = createPreferencesStore(storage, { city: 'shanghai', availableCities: ['shanghai'] })
  expect(weappLike.getState()).toMatchObject({ city: 'shanghai', language: 'zh', elderlyMode: false })
  weappLike.getState().cityChosen('yinchuan')
  expect(weappLike.getState().city).toBe('shanghai')
})

test('unreadable stored preferences fall back to the defaults', () => {
  const storage = createMemoryStorage()
  storage.setItem(PREFERENCES_KEY, '{not json')
  expect(createPreferencesStore(storage, cities).getState()).toMatchObject({
    city: 'shanghai',
    language: 'zh',
    elderlyMode: false,
  })
})
