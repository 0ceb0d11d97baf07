import { ActionButton } from './action-button'
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { isServiceError } from '../../services/errors'
import type { MessageKey } from '../i18n/messages'
import { useTranslate } from '../i18n/use-translate'
import { a11y } from './a11y'

/** Grey placeholder rows in the shape of the content, while it loads. */
export function Skeleton({ rows = 4 }: { rows?: number }) {
  const { t } = useTranslate()
  return (
    <View className='skeleton' {...a11y(t('state.loading'), 'status')}>
      {Array.from({ length: rows }, (_, i) => (
        <View key={i} className='skeleton__item'>
          <View className='skeleton__line skeleton__line--title' />
          <View className='skeleton__line' />
          <View className='skeleton__line skeleton__line--short' />
        </View>
      ))}
    </View>
  )
}

/** Nothing to show, said plainly, with the way forward (`children`: an action) where there is one. */
export function EmptyState({ title, hint, children }: { title: string; hint?: string; children?: ReactNode }) {
  return (
    <View className='state state--empty'>
      <Text className='state__title'>{title}</Text>
      {hint ? <Text className='state__body'>{hint}</Text> : null}
      {children}
    </View>
  )
}

export function errorMessageKey(error: unknown): MessageKey {
  return isServiceError(error) ? `state.error.${error.kind}` : 'state.error.unknown'
}

/** What went wrong, in plain words, and a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslate()
  return (
    <View className='state state--error' {...a11y(t(errorMessageKey(error)), 'alert')}>
      <Text className='state__body'>{t(errorMessageKey(error))}</Text>
      {onRetry ? (
        <ActionButton primary onClick={onRetry}>
          {t('state.retry')}
        </ActionButton>
      ) : null}
    </View>
  )
}
