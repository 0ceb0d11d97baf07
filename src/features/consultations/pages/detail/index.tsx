import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { Consultation } from '../../../../services/consultations/consultations-schemas'
import { useApi } from '../../../../shared/api-context'
import { formatDateTime } from '../../../../shared/format/time'
import { ArticleBody } from '../../../../shared/rich-text/article-body'
import { a11y } from '../../../../shared/ui/a11y'
import { Screen } from '../../../../shared/ui/screen'
import { ErrorState, Skeleton } from '../../../../shared/ui/state-views'
import { useAsync } from '../../../../shared/use-async'
import { useCity } from '../../../../shared/use-city'
import { CommentForm } from '../../components/comment-form'
import { Countdown } from '../../components/countdown'
import { useConsultationsText } from '../../hooks/use-consultations-text'
import { useDepartmentName } from '../../hooks/use-departments'
import '../../consultations.scss'
import '../../provide-mock'

/**
 * One consultation: who drafted it, why, the dates and the days left, the comments so far, the full
 * draft (sanitised like an article), the comment form while it is open, and once closed the
 * department's feedback on the comments.
 */
export default function ConsultationDetailPage() {
  const { ct, pick } = useConsultationsText()
  const city = useCity()
  const { consultations } = useApi()
  const id = useRouter().params.id ?? ''
  const loaded = useAsync(() => consultations.getConsultation(city.id, id), `${city.id}:${id}`)
  const departmentName = useDepartmentName()
  // What the city said after the page loaded: a new count, or that it has closed.
  const [changes, setChanges] = useState<Partial<Consultation>>({})
  // Refused as closed: the form stays, to say so and keep the citizen's words on screen.
  const [refused, setRefused] = useState(false)
  const consultation = loaded.status === 'success' ? { ...loaded.data, ...changes } : undefined
  const department = consultation ? pick(departmentName(consultation.departmentId) ?? { zh: '', en: '' }) : ''

  return (
    <Screen className='consultations-page' title={ct('detail.title')}>
      {loaded.status === 'loading' ? <Skeleton rows={3} /> : null}
      {loaded.status === 'error' ? <ErrorState error={loaded.error} onRetry={loaded.retry} /> : null}
      {consultation ? (
        <>
          <View className='card'>
            <Text className='consultation__title' {...a11y(undefined, 'heading', { level: 1 })}>
              {consultation.title}
            </Text>
            <View className='facts'>
              {[
                [ct('detail.department'), department],
                [
                  ct('detail.period'),
                  ct('detail.periodValue', { start: consultation.startDate, end: consultation.endDate }),
                ],
                [ct('detail.comments'), ct('detail.commentsValue', { count: consultation.commentCount })],
              ].map(([label, value]) => (
                <View key={label} className='facts__row'>
                  <Text className='facts__label'>{label}</Text>
                  <Text>{value}</Text>
                </View>
              ))}
            </View>
            <Countdown endDate={consultation.endDate} closed={consultation.status === 'closed'} />
          </View>
          <View className='card'>
            <Text className='section-label' {...a11y(undefined, 'heading', { level: 2 })}>
              {ct('detail.summary')}
            </Text>
            <Text>{consultation.summary}</Text>
          </View>
          <View className='card'>
            <Text className='section-label' {...a11y(undefined, 'heading', { level: 2 })}>
              {ct('detail.draft')}
            </Text>
            <ArticleBody html={consultation.draftHtml} />
          </View>
          {consultation.status === 'open' || refused ? (
            <CommentForm
              cityId={city.id}
              consultation={consultation}
              department={department}
              hotline={city.hotline}
              onSent={(receipt) => setChanges((before) => ({ ...before, commentCount: receipt.commentCount }))}
              onClosed={() => {
                setRefused(true)
                setChanges((before) => ({ ...before, status: 'closed' }))
              }}
            />
          ) : (
            <View className='card'>
              <Text className='section-label' {...a11y(undefined, 'heading', { level: 2 })}>
                {ct('detail.feedback')}
              </Text>
              {consultation.feedback ? (
                <>
                  <Text className='field__hint'>
                    {formatDateTime(consultation.feedback.publishedAt)} ·{' '}
                    {ct('detail.feedbackAdopted', { count: consultation.feedback.adoptedCount })}
                  </Text>
                  <ArticleBody html={consultation.feedback.html} />
                </>
              ) : (
                <Text>{ct('detail.feedbackPending')}</Text>
              )}
            </View>
          )}
        </>
      ) : null}
    </Screen>
  )
}
