import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { a11y } from './a11y'
import './controls.scss'

/** One choice among a few, as a row of buttons: large targets, and the choice is written, not coloured. */
export function Choice<T extends string>({
  label,
  options,
  value,
  onChoose,
  error,
  id,
}: {
  /** Scroll target, e.g. `field-<id>` for "what is missing". */
  id?: string
  label: string
  options: readonly { id: T; label: string }[]
  value: T | ''
  onChoose: (id: T) => void
  /** Shown under the options, in words. */
  error?: string
}) {
  return (
    <View id={id} className='setting' {...a11y(label, 'radiogroup')}>
      <Text className='setting__label'>{label}</Text>
      <View className='choice'>
        {options.map((option) => (
          <View
            key={option.id}
            className={`choice__option ${option.id === value ? 'choice__option--chosen' : ''}`}
            onClick={() => onChoose(option.id)}
            {...a11y(option.label, 'radio', { checked: option.id === value })}
          >
            <Text>
              {option.id === value ? '✓ ' : ''}
              {option.label}
            </Text>
          </View>
        ))}
      </View>
      <FieldError message={error} />
    </View>
  )
}

/**
 * A choice among many (a city's departments): the current one and a button to change it, so a long
 * list does not push the rest of the page away. Choosing folds the list again.
 */
export function FoldedChoice<T extends string>({
  changeLabel,
  ...choice
}: Omit<Parameters<typeof Choice<T>>[0], 'error'> & { changeLabel: string }) {
  const [open, setOpen] = useState(false)
  if (open) {
    return (
      <Choice
        {...choice}
        onChoose={(id) => {
          choice.onChoose(id)
          setOpen(false)
        }}
      />
    )
  }
  return (
    <View id={choice.id} className='setting setting--row'>
      <View className='setting__text'>
        <Text className='setting__label'>{choice.label}</Text>
        <Text className='setting__hint'>{choice.options.find((option) => option.id === choice.value)?.label}</Text>
      </View>
      <View className='link' onClick={() => setOpen(true)} {...a11y(`${changeLabel} ${choice.label}`, 'button')}>
        <Text>{changeLabel}</Text>
      </View>
    </View>
  )
}

/** A whole row that is the switch: a large target, named by its own words. */
export function SwitchRow({
  label,
  hint,
  checked,
  onToggle,
  role = 'switch',
  children,
}: {
  label: string
  hint?: string
  checked: boolean
  onToggle: () => void
  /** `checkbox` for an agreement, `switch` for a setting. */
  role?: 'switch' | 'checkbox'
  /** Extra content beside the label (e.g. a link), outside the toggle's own target. */
  children?: ReactNode
}) {
  return (
    <View className='setting setting--row'>
      <View className='setting__text' onClick={onToggle} {...a11y(label, role, { checked })}>
        <Text className='setting__label'>{label}</Text>
        {hint ? <Text className='setting__hint'>{hint}</Text> : null}
      </View>
      {children}
      {role === 'checkbox' ? (
        <View className={`checkbox ${checked ? 'checkbox--on' : ''}`} onClick={onToggle}>
          <Text>{checked ? '✓' : ''}</Text>
        </View>
      ) : (
        <View className={`toggle ${checked ? 'toggle--on' : ''}`} onClick={onToggle}>
          <View className='toggle__knob' />
        </View>
      )}
    </View>
  )
}

/** What is wrong with a field, in plain words, right under it. */
export function FieldError({ message }: { message?: string }) {
  if (!message) return null
  return (
    <Text className='field-error' {...a11y(undefined, 'alert')}>
      {message}
    </Text>
  )
}
