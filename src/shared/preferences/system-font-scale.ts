import Taro from '@tarojs/taro'

/** WeChat's default font size setting, in px, that the scale is measured against. */
const DEFAULT_FONT_SIZE_SETTING = 17

/**
 * The citizen's WeChat font scale (1 = default), or null where the platform does not say (H5, old
 * clients). Newer clients give the factor directly; older ones give the chosen size in px.
 */
export function readSystemFontScale(): number | null {
  if (process.env.TARO_ENV !== 'weapp') return null
  try {
    const base = Taro.getAppBaseInfo?.() as { fontSizeScaleFactor?: number; fontSizeSetting?: number } | undefined
    if (typeof base?.fontSizeScaleFactor === 'number' && base.fontSizeScaleFactor > 0) return base.fontSizeScaleFactor
    const setting = base?.fontSizeSetting ?? Taro.getSystemInfoSync().fontSizeSetting
    return typeof setting === 'number' && setting > 0 ? setting / DEFAULT_FONT_SIZE_SETTING : null
  } catch {
    return null
  }
}
