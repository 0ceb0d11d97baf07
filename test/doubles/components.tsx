/**
 * Test doubles for @tarojs/components: plain DOM elements carrying the same props, so page tests can
 * query by text and role. The mini program's `ariaLabel`/`ariaRole` become real ARIA attributes.
 */
import { createElement, type ReactNode } from 'react'

type Props = Record<string, unknown> & { children?: ReactNode }

function domProps({ ariaLabel, ariaRole, ariaChecked, className, onClick, style, id, role, hidden, ...rest }: Props) {
  const aria = Object.fromEntries(Object.entries(rest).filter(([key]) => key.startsWith('aria-')))
  return {
    id,
    className,
    onClick,
    hidden,
    style: typeof style === 'object' ? style : undefined,
    role: (role ?? ariaRole) as string | undefined,
    'aria-label': (rest['aria-label'] ?? ariaLabel) as string | undefined,
    'aria-checked': (rest['aria-checked'] ?? ariaChecked) as string | undefined,
    ...aria,
  }
}

const element = (tag: string) =>
  function TaroDouble(props: Props) {
    return createElement(tag, domProps(props), props.children)
  }

export const View = element('div')
export const Text = element('span')
export const ScrollView = element('div')

export function Button({ openType, ...props }: Props) {
  return createElement('button', { ...domProps(props), 'data-open-type': openType, type: 'button' }, props.children)
}

export function Switch({ checked, onChange, ...props }: Props) {
  return createElement('input', {
    ...domProps(props),
    type: 'checkbox',
    role: 'switch',
    checked: Boolean(checked),
    onChange: () => (onChange as (() => void) | undefined)?.(),
  })
}

export function RichText({ nodes, className }: Props) {
  return createElement('div', {
    className,
    'data-testid': 'rich-text',
    dangerouslySetInnerHTML: { __html: String(nodes) },
  })
}

export function Image({ src, alt, lazyLoad, mode, ...props }: Props) {
  return createElement('img', {
    ...domProps(props),
    src,
    alt,
    'data-lazy-load': lazyLoad ? 'true' : undefined,
    'data-mode': mode,
  })
}

/** Taro's inputs report their value as `detail.value`; the doubles do the same from real DOM events. */
function textInput(tag: 'input' | 'textarea') {
  return function TaroInputDouble({ value, placeholder, onInput, onBlur, onFocus, onConfirm, ...props }: Props) {
    const detail = (e: { target: EventTarget }) => ({ detail: { value: (e.target as HTMLInputElement).value } })
    return createElement(tag, {
      ...domProps(props),
      value: value ?? '',
      placeholder,
      onChange: (e: { target: EventTarget }) => (onInput as ((e: unknown) => void) | undefined)?.(detail(e)),
      onBlur: (e: { target: EventTarget }) => (onBlur as ((e: unknown) => void) | undefined)?.(detail(e)),
      onFocus: (e: { target: EventTarget }) => (onFocus as ((e: unknown) => void) | undefined)?.(detail(e)),
      onKeyDown: (e: { key: string; target: EventTarget }) =>
        e.key === 'Enter' && (onConfirm as ((e: unknown) => void) | undefined)?.(detail(e)),
    })
  }
}

export const Input = textInput('input')
export const Textarea = textInput('textarea')
