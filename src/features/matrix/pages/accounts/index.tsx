import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { isInactive, daysSincePost } from '../../../../services/matrix/inactive'
import { ACCOUNT_GROUPS, PLATFORMS, type Account } from '../../../../services/matrix/matrix-schemas'
import { useApi } from '../../../../shared/api-context'
import { formatRelative } from '../../../../shared/format/time'
import { navigateTo } from '../../../../shared/navigation'
import { a11y } from '../../../../shared/ui/a11y'
import { ActionButton } from '../../../../shared/ui/action-button'
import { Choice } from '../../../../shared/ui/controls'
import { Screen } from '../../../../shared/ui/screen'
import { EmptyState, ErrorState, Skeleton } from '../../../../shared/ui/state-views'
import { useAsync } from '../../../../shared/use-async'
import { useCity } from '../../../../shared/use-city'
import { filterAccounts, groupFrom, platformFrom, type PlatformFilter } from '../../account-filters'
import { RecentPosts } from '../../components/recent-posts'
import { useMatrixText, type MatrixText } from '../../hooks/use-matrix-text'
import '../../matrix.scss'
import '../../provide-mock'

/** The city's accounts by group and platform, each with how lately it posted; a ghost says so in words. */
export default function MatrixAccountsPage() {
  const { mt, t, pick } = useMatrixText()
  const city = useCity()
  const { matrix } = useApi()
  const params = useRouter().params
  const [group, setGroup] = useState(() => groupFrom(params.group))
  const [platform, setPlatform] = useState<PlatformFilter>(() => platformFrom(params.platform))
  const [opened, setOpened] = useState<string | null>(null)
  const accounts = useAsync(() => matrix.listAccounts(city.id), city.id)

  const platformNames = (a: Account) => a.platforms.map((p) => mt(`platform.${p}`)).join(' · ')

  return (
    <Screen className='matrix-page' title={mt('accounts.title')}>
      <View className='matrix-tabs' {...a11y(mt('accounts.groups'), 'tablist')}>
        {ACCOUNT_GROUPS.map((id) => {
          const count = accounts.status === 'success' ? accounts.data.items.filter((a) => a.group === id).length : null
          return (
            <View
              key={id}
              className={`matrix-tab ${group === id ? 'matrix-tab--chosen' : ''}`}
              onClick={() => setGroup(id)}
              {...a11y(count === null ? mt(`group.${id}`) : `${mt(`group.${id}`)} ${count}`, 'tab', {
                selected: group === id,
              })}
            >
              <Text>
                {mt(`group.${id}`)}
                {count === null ? '' : ` ${count}`}
              </Text>
            </View>
          )
        })}
      </View>
      <View className='card'>
        <Choice
          label={mt('accounts.platforms')}
          options={(['all', ...PLATFORMS] as const).map((id) => ({ id, label: mt(`platform.${id}`) }))}
          value={platform}
          onChoose={setPlatform}
        />
      </View>
      {accounts.status === 'loading' ? <Skeleton rows={4} /> : null}
      {accounts.status === 'error' ? <ErrorState error={accounts.error} onRetry={accounts.retry} /> : null}
      {accounts.status === 'success'
        ? (() => {
            const now = Date.parse(accounts.data.asOf)
            const shown = filterAccounts(accounts.data.items, group, platform)
            const inactive = shown.filter((a) => isInactive(Date.parse(a.lastPostAt), now)).length
            return (
              <>
                <View className='matrix-summary'>
                  <Text className='matrix-summary__count'>
                    {mt('accounts.count', { count: shown.length, inactive })}
                  </Text>
                  <ActionButton onClick={() => navigateTo('matrixBoard', {})}>{mt('accounts.cityBoard')}</ActionButton>
                </View>
                {shown.length === 0 ? (
                  <EmptyState title={mt('accounts.empty')} hint={mt('accounts.emptyHint')} />
                ) : (
                  <View {...a11y(mt(`group.${group}`), 'list')}>
                    {shown.map((account) => (
                      <AccountRow
                        key={account.id}
                        account={account}
                        now={now}
                        platforms={platformNames(account)}
                        lastPost={formatRelative(account.lastPostAt, now, t)}
                        name={pick(account.name)}
                        open={opened === account.id}
                        onToggle={() => setOpened(opened === account.id ? null : account.id)}
                        mt={mt}
                      />
                    ))}
                  </View>
                )}
              </>
            )
          })()
        : null}
    </Screen>
  )
}

function AccountRow(props: {
  account: Account
  now: number
  name: string
  platforms: string
  lastPost: string
  open: boolean
  onToggle: () => void
  mt: MatrixText
}) {
  const { account, now, name, mt } = props
  const lastPostAt = Date.parse(account.lastPostAt)
  const inactive = isInactive(lastPostAt, now)
  const { departmentId } = account
  return (
    <View className={`card account ${inactive ? 'account--inactive' : ''}`} {...a11y(undefined, 'listitem')}>
      <Text className='account__name'>{name}</Text>
      {inactive ? (
        <Text className='account__inactive'>⚠ {mt('account.inactive', { days: daysSincePost(lastPostAt, now) })}</Text>
      ) : null}
      <Text className='account__meta'>{mt('account.platforms', { list: props.platforms })}</Text>
      <Text className='account__meta'>{mt('account.lastPost', { when: props.lastPost })}</Text>
      <Text className='account__meta'>{mt('account.posts30d', { count: account.posts30d })}</Text>
      <View className='account__actions'>
        {departmentId ? (
          <View
            className='account__action'
            onClick={() => navigateTo('matrixBoard', { departmentId })}
            {...a11y(`${name}：${mt('account.board')}`, 'link')}
          >
            <Text>{mt('account.board')} ›</Text>
          </View>
        ) : null}
        <View
          className='account__action'
          onClick={props.onToggle}
          {...a11y(`${name}：${mt(props.open ? 'account.hidePosts' : 'account.showPosts')}`, 'button')}
        >
          <Text>{mt(props.open ? 'account.hidePosts' : 'account.showPosts')}</Text>
        </View>
      </View>
      {props.open ? <RecentPosts account={account} mt={mt} /> : null}
    </View>
  )
}
