/**
 * The build's settings, read from the environment and validated in one place.
 * An unknown value stops the build with a message that names the allowed values.
 */
export const CITY_IDS = ['shanghai', 'chengdu', 'yinchuan'] as const
export const API_MODES = ['mock', 'http'] as const

export type CityId = (typeof CITY_IDS)[number]
export type ApiMode = (typeof API_MODES)[number]

export interface BuildSettings {
  city: CityId
  api: ApiMode
  /** Base URL of the HTTP endpoints; empty in mock mode. */
  apiBase: string
}

function pick<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  const trimmed = value?.trim()
  if (!trimmed) return fallback
  if ((allowed as readonly string[]).includes(trimmed)) return trimmed as T
  throw new Error(`${name}="${trimmed}" is not allowed. Use one of: ${allowed.join(', ')}.`)
}

export function parseSettings(env: Record<string, string | undefined>): BuildSettings {
  const city = pick('TARO_APP_CITY', env.TARO_APP_CITY, CITY_IDS, 'shanghai')
  const api = pick('TARO_APP_API', env.TARO_APP_API, API_MODES, 'mock')
  const apiBase = env.TARO_APP_API_BASE?.trim() ?? ''
  if (api === 'http') {
    if (!apiBase) throw new Error('TARO_APP_API=http needs TARO_APP_API_BASE, e.g. https://api.example.gov.cn/v1.')
    if (!/^https?:\/\/[^\s/]+/.test(apiBase)) {
      throw new Error(`TARO_APP_API_BASE="${apiBase}" must be an absolute http(s) URL.`)
    }
  }
  return { city, api, apiBase: api === 'http' ? apiBase.replace(/\/+$/, '') : '' }
}
