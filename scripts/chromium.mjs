/**
 * Debian's Chromium as every browser script here starts it (browser suite, benches, screenshots).
 * The networking flags matter: without them Chromium keeps calling out to hosts this machine cannot
 * reach. Never `npx playwright install`: it downloads a browser of its own.
 */
import { chromium } from 'playwright-core'

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

/** A mid-range phone: the context every page check and screenshot uses. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
}

export function launchChromium() {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS })
}
