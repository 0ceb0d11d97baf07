import { View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, type CSSProperties, type ReactNode } from 'react'
import { usePreferences } from '../preferences/app-preferences'
import { useCity } from '../use-city'
import { ErrorBoundary } from './error-boundary'
import './screen.scss'

interface ScreenProps {
  /** The navigation bar title, already translated. */
  title: string
  children: ReactNode
  className?: string
}

/**
 * The root of every page: applies elderly mode, the city's theme colour and the page title, and catches
 * render errors so one broken page never leaves a white screen.
 */
export function Screen({ title, children, className }: ScreenProps) {
  const elderly = usePreferences((s) => s.elderlyMode)
  const city = useCity()

  const applyChrome = () => {
    void Taro.setNavigationBarTitle({ title }).catch(() => undefined)
    void Taro.setNavigationBarColor({ frontColor: '#ffffff', backgroundColor: city.themeColor }).catch(() => undefined)
  }
  useDidShow(applyChrome)
  useEffect(applyChrome, [title, city.themeColor])

  return (
    <View
      className={`screen ${elderly ? 'screen--elderly' : ''} ${className ?? ''}`}
      style={{ '--theme': city.themeColor } as CSSProperties}
    >
      <ErrorBoundary>{children}</ErrorBoundary>
    </View>
  )
}
