import type { CityId } from '../../config/settings'
import type { LocalizedText } from '../services/common-schemas'

export interface NewsColumn {
  id: string
  name: LocalizedText
}

/**
 * Everything that makes one city's portal its own. Components read this; none of them names a city.
 * A fourth city needs a new file that `satisfies CityConfig`, its registry entry, its identity folder
 * entries (identity/<city>.json: names and theme colour, which the build also reads for the H5 app
 * shell; identity/<city>.svg: the header banner) and its mock data.
 */
export interface CityConfig {
  id: CityId
  name: LocalizedText
  /** The official account the portal belongs to, e.g. 上海发布. */
  accountName: LocalizedText
  /** Theme colour behind white text: must keep a contrast of at least 4.5:1 (tested). */
  themeColor: string
  /** The citizens' service hotline. */
  hotline: string
  /** News columns in the order the home page shows them. */
  newsColumns: NewsColumn[]
}
