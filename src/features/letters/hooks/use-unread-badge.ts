import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect } from 'react'
import { tabRouteNames } from '../../../routes'
import { usePreferences } from '../../../shared/preferences/app-preferences'
import { unreadReplies, useMyLetters } from '../stores/my-letters-store'

/** The number of unread replies on the Me tab; nothing when there are none. */
export function showUnreadOnMeTab(unread: number): void {
  const index = tabRouteNames.indexOf('me')
  const done =
    unread > 0
      ? Taro.setTabBarBadge({ index, text: unread > 99 ? '99+' : String(unread) })
      : Taro.removeTabBarBadge({ index })
  // WeChat refuses while a page that is not a tab is in front; the next tab page shown sets it again.
  void Promise.resolve(done).catch(() => undefined)
}

/**
 * Unread replies to the citizen's letters, kept on the Me tab's badge. Tab pages other than Home call
 * this (WeChat only lets a tab page change the tab bar); Home stays light, and app start sets the
 * badge itself when the device has letters (see check-at-launch.ts).
 */
export function useUnreadBadge(): number {
  const unread = unreadReplies(useMyLetters(usePreferences((s) => s.city)))
  useDidShow(() => showUnreadOnMeTab(unread))
  useEffect(() => showUnreadOnMeTab(unread), [unread])
  return unread
}
