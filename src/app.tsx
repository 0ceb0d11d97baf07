import Taro, { useLaunch } from '@tarojs/taro'
import { useEffect, type PropsWithChildren } from 'react'
import { tabRouteNames, type TabRouteName } from './routes'
import type { MessageKey } from './shared/i18n/messages'
import { createTranslate } from './shared/i18n/translate'
import { appPreferences, usePreferences } from './shared/preferences/app-preferences'
import { readSystemFontScale } from './shared/preferences/system-font-scale'
import { enableKeyboardActivation } from './shared/ui/keyboard-activation'
import { getCityConfig } from './cities/city-registry'
import { MY_LETTERS_STORAGE_KEY } from './features/letters/stores/my-letters-key'
import { appApi } from './services/app-api'
import { taroStorage } from './shared/storage/taro-storage'
import './app.scss'

const TAB_TEXT_KEYS: Record<TabRouteName, MessageKey> = {
  home: 'tab.home',
  services: 'tab.services',
  interact: 'tab.interact',
  me: 'tab.me',
}

function App({ children }: PropsWithChildren) {
  const language = usePreferences((s) => s.language)
  const city = usePreferences((s) => s.city)
  const elderly = usePreferences((s) => s.elderlyMode)

  useLaunch(() => {
    const scale = readSystemFontScale()
    if (scale !== null) appPreferences.getState().systemFontScaleRead(scale)
    if (process.env.TARO_ENV === 'h5') enableKeyboardActivation(document)
    // Replies that came while the app was closed show on the Me tab. Only a citizen with letters on
    // this device pays for it: nobody else loads the letters code.
    if (taroStorage.getItem(MY_LETTERS_STORAGE_KEY)) {
      void import('./features/letters/check-at-launch')
        .then((m) => m.checkMyLettersAtLaunch(appApi.letters, appPreferences.getState().city))
        .catch(() => undefined)
    }
  })

  // The tab bar is native: its words and colour follow the preferences through the API.
  useEffect(() => {
    const t = createTranslate(language)
    tabRouteNames.forEach((name, index) => {
      void Taro.setTabBarItem({ index, text: t(TAB_TEXT_KEYS[name]) }).catch(() => undefined)
    })
    void Taro.setTabBarStyle({ selectedColor: getCityConfig(city).themeColor }).catch(() => undefined)
    if (process.env.TARO_ENV === 'h5') {
      // Screen readers and the browser's translator read the page language from <html lang>; the H5 tab
      // bar sits outside every page, so elderly mode reaches it through <body>.
      document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN'
      document.body.classList.toggle('elderly', elderly)
    }
  }, [language, city, elderly])

  return children
}

export default App
