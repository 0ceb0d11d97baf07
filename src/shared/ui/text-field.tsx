import { Input, Text, Textarea, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y } from './a11y'
import { FieldError } from './controls'
import './text-field.scss'

/**
 * One labelled text field of a form, with its live count and its problem in words. No length
 * cap (`maxlength` -1): a paste longer than the limit is kept and the error says so, never cut off.
 */
export function TextField({
  id,
  label,
  value,
  placeholder,
  onChange,
  onBlur,
  error,
  hint,
  count,
  multiline,
  type,
  children,
}: {
  /** Scroll target for "what is missing": `field-<id>`. */
  id: string
  label: string
  value: string
  placeholder: string
  onChange: (value: string) => void
  onBlur: () => void
  error?: string
  /** What the citizen should know before typing, kept out of the placeholder so that it fits the field. */
  hint?: string
  /** e.g. "12/50". */
  count?: string
  multiline?: boolean
  /** The keyboard a mini program shows: `idcard` has the X key. */
  type?: 'text' | 'idcard'
  /** Extra controls under the field (e.g. a map pick). */
  children?: ReactNode
}) {
  const shared = {
    value,
    placeholder,
    maxlength: -1,
    onInput: (e: { detail: { value: string } }) => onChange(e.detail.value),
    onBlur,
    'aria-label': label,
  }
  return (
    <View className='field' id={`field-${id}`}>
      <Text className='field__label'>{label}</Text>
      {hint ? <Text className='field__hint'>{hint}</Text> : null}
      {multiline ? (
        <Textarea
          {...shared}
          className='field__input field__input--multiline'
          autoHeight
          // On H5 the label must reach the inner <textarea>, not only Taro's wrapper element.
          nativeProps={{ 'aria-label': label }}
        />
      ) : (
        <Input {...shared} type={type} className='field__input' />
      )}
      {count ? (
        <Text className='field__count' {...a11y(undefined, 'status')}>
          {count}
        </Text>
      ) : null}
      {children}
      <FieldError message={error} />
    </View>
  )
}
