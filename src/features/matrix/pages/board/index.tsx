import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { loadLettersConfig } from '../../../../cities/letters/load-letters-config'
import type { BoardFigures } from '../../../../services/matrix/matrix-schemas'
import { useApi } from '../../../../shared/api-context'
import { formatDateTime } from '../../../../shared/format/time'
import { navigateTo } from '../../../../shared/navigation'
import { a11y } from '../../../../shared/ui/a11y'
import { Screen } from '../../../../shared/ui/screen'
import { EmptyState, ErrorState, Skeleton } from '../../../../shared/ui/state-views'
import { useAsync } from '../../../../shared/use-async'
import { useCity } from '../../../../shared/use-city'
import { days, percent } from '../../board-format'
import { BarChart } from '../../components/bar-chart'
import { RecentPosts } from '../../components/recent-posts'
import { useMatrixText, type MatrixText } from '../../hooks/use-matrix-text'
import '../../matrix.scss'
import '../../provide-mock'

/**
 * The accountability board of a department (`departmentId`) or of the whole city: figures computed from
 * the letters and questions the portals show, a bar chart, and the department's recent posts.
 */
export default function MatrixBoardPage() {
  const { mt, pick } = useMatrixText()
  const city = useCity()
  const { matrix } = useApi()
  const departmentId = useRouter().params.departmentId || undefined
  const loaded = useAsync(
    () =>
      Promise.all([
        matrix.getBoard(city.id, departmentId),
        departmentId ? matrix.listAccounts(city.id) : Promise.resolve(null),
        loadLettersConfig(city.id),
      ]),
    `${city.id}:${departmentId ?? ''}`,
  )
  const department =
    loaded.status === 'success' && departmentId
      ? loaded.data[2].departments.find((d) => d.id === departmentId)
      : undefined
  const title = department ? `${pick(department.name)} · ${mt('board.title')}` : mt('board.cityTitle')

  return (
    <Screen className='matrix-page' title={title}>
      {loaded.status === 'loading' ? <Skeleton rows={3} /> : null}
      {loaded.status === 'error' ? <ErrorState error={loaded.error} onRetry={loaded.retry} /> : null}
      {loaded.status === 'success'
        ? (() => {
            const [board, accounts] = loaded.data
            const account = accounts?.items.find((a) => a.departmentId === departmentId)
            const figures = board.figures
            return (
              <>
                <View className='card'>
                  <Text className='board__title' {...a11y(undefined, 'heading', { level: 1 })}>
                    {title}
                  </Text>
                  <Text className='account__meta'>{mt('board.asOf', { time: formatDateTime(board.asOf) })}</Text>
                </View>
                {figures.received === 0 && figures.questionsAnswered === 0 ? (
                  <EmptyState title={mt('board.empty')} hint={mt('board.emptyHint')} />
                ) : (
                  <>
                    <Figures figures={figures} mt={mt} />
                    <View className='card'>
                      {board.departmentId === null ? (
                        <BarChart
                          title={mt('board.chartCity')}
                          bars={board.departments.map((row) => {
                            const value =
                              row.figures.inTimeShare === null ? mt('board.none') : percent(row.figures.inTimeShare)
                            return {
                              key: row.departmentId,
                              label: pick(row.name),
                              share: row.figures.inTimeShare,
                              value,
                              name: mt('board.bar', { name: pick(row.name), value }),
                              onClick: () => navigateTo('matrixBoard', { departmentId: row.departmentId }),
                            }
                          })}
                        />
                      ) : (
                        <BarChart
                          title={mt('board.chartDepartment')}
                          bars={(['inTime', 'satisfaction'] as const).map((key) => {
                            const share = key === 'inTime' ? figures.inTimeShare : figures.satisfactionShare
                            const value = share === null ? mt('board.none') : percent(share)
                            return {
                              key,
                              label: mt(`board.${key}`),
                              share,
                              value,
                              name: mt('board.bar', { name: mt(`board.${key}`), value }),
                            }
                          })}
                        />
                      )}
                    </View>
                  </>
                )}
                {account ? (
                  <View className='card'>
                    <Text className='section-label'>{mt('board.posts')}</Text>
                    <RecentPosts account={account} mt={mt} />
                  </View>
                ) : null}
                <Text className='board__definitions'>{mt('board.definitions')}</Text>
              </>
            )
          })()
        : null}
    </Screen>
  )
}

function Figures({ figures, mt }: { figures: BoardFigures; mt: MatrixText }) {
  const rows: [string, string, string?][] = [
    [mt('board.received'), mt('board.receivedValue', { count: figures.received })],
    [
      mt('board.inTime'),
      figures.inTimeShare === null
        ? mt('board.none')
        : mt('board.inTimeValue', {
            share: percent(figures.inTimeShare),
            part: figures.repliedInTime,
            whole: figures.dueOrReplied,
          }),
    ],
    [
      mt('board.median'),
      figures.medianReplyWorkingDays === null
        ? mt('board.none')
        : mt('board.medianValue', { days: days(figures.medianReplyWorkingDays) }),
    ],
    [
      mt('board.satisfaction'),
      figures.satisfactionShare === null
        ? mt('board.none')
        : mt('board.satisfactionValue', {
            share: percent(figures.satisfactionShare),
            part: figures.satisfied,
            whole: figures.rated,
          }),
    ],
    [mt('board.dueSoon'), mt('board.openValue', { count: figures.openDueSoon }), 'figure--orange'],
    [mt('board.overdue'), mt('board.openValue', { count: figures.openOverdue }), 'figure--red'],
    [mt('board.questions'), mt('board.questionsValue', { count: figures.questionsAnswered })],
  ]
  return (
    <View className='card figures' {...a11y(undefined, 'list')}>
      {rows.map(([label, value, tone]) => (
        <View key={label} className={`figure ${tone ?? ''}`} {...a11y(`${label}：${value}`, 'listitem')}>
          <Text className='figure__label'>{label}</Text>
          <Text className='figure__value'>{value}</Text>
        </View>
      ))}
    </View>
  )
}
