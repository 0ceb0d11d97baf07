import type { ApiMode, CityId } from '../config/settings'

// The build validated these (config/settings.ts) and inlined them; each is written out in full because
// Taro only replaces `process.env.TARO_APP_*` spelled that way. Tests run without a build: defaults.
export const buildCity = (process.env.TARO_APP_CITY || 'shanghai') as CityId
export const apiMode = (process.env.TARO_APP_API || 'mock') as ApiMode
/** Staff builds (`TARO_APP_STAFF=1`) show the data mode in Me → settings. */
export const isStaffBuild = process.env.TARO_APP_STAFF === '1'
/** Only the H5 preview can switch city at runtime; a mini program is published per city. */
export const canSwitchCity = process.env.TARO_ENV === 'h5'
