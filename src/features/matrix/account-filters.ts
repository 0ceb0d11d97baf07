import {
  ACCOUNT_GROUPS,
  PLATFORMS,
  type Account,
  type AccountGroup,
  type Platform,
} from '../../services/matrix/matrix-schemas'

export type PlatformFilter = Platform | 'all'

/** A group from the page's query, or the first group. */
export const groupFrom = (value: string | undefined): AccountGroup =>
  ACCOUNT_GROUPS.find((group) => group === value) ?? 'district'

/** A platform from the page's query, or all of them. */
export const platformFrom = (value: string | undefined): PlatformFilter =>
  PLATFORMS.find((platform) => platform === value) ?? 'all'

/** The accounts of a group on a platform, in the city's order. */
export function filterAccounts(accounts: Account[], group: AccountGroup, platform: PlatformFilter): Account[] {
  return accounts.filter((a) => a.group === group && (platform === 'all' || a.platforms.includes(platform)))
}
