import fs from 'node:fs'
import path from 'node:path'
import type { CityId } from './settings'

const IDENTITY_DIR = path.resolve(__dirname, '../src/cities/identity')

export interface CityIdentity {
  name: { zh: string; en: string }
  accountName: { zh: string; en: string }
  themeColor: string
  /** The header banner as a data URI (works as a CSS background on both targets). */
  banner: string
}

/**
 * What the build needs of a city before any app code runs: the H5 app shell in index.html paints its
 * header from this, and the banners are handed to the app as a build constant. Read from the same
 * files the app's city configs use (src/cities/identity/).
 */
export function readCityIdentity(city: CityId): CityIdentity {
  const json = JSON.parse(fs.readFileSync(path.join(IDENTITY_DIR, `${city}.json`), 'utf8'))
  const svg = fs.readFileSync(path.join(IDENTITY_DIR, `${city}.svg`))
  return { ...json, banner: `data:image/svg+xml;base64,${svg.toString('base64')}` }
}
