import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ActionButton } from '../../../shared/ui/action-button'
import { Choice, FoldedChoice, SwitchRow } from '../../../shared/ui/controls'
import { TextField } from '../../../shared/ui/text-field'
import type { FieldContext, FieldValues, ServiceDeclaration } from '../declaration'
import { useServicesText } from '../hooks/use-services-text'
import { checkForm, isPersonalService } from '../lookup-form'

/** Choices longer than this fold away once one is chosen, so the list does not push the button off screen. */
const FOLD_AFTER = 6

/**
 * A look-up's form, drawn from its declaration: a row of choices or a text field per field, each with
 * its problem in words once touched (or after a tap on the button), and the button that says what is
 * still missing.
 */
export function LookupFields({
  declaration,
  values,
  context,
  remember,
  onChange,
  onRememberToggled,
  onSubmit,
}: {
  declaration: ServiceDeclaration
  values: FieldValues
  context: Omit<FieldContext, 'values'>
  remember: boolean
  onChange: (fieldId: string, value: string) => void
  onRememberToggled: () => void
  /** With the values as they will be sent: trimmed, ID numbers without spaces. */
  onSubmit: (values: FieldValues) => void
}) {
  const { st, pick, language } = useServicesText()
  const [touched, setTouched] = useState<Set<string>>(new Set())
  const [showAll, setShowAll] = useState(false)
  const fieldContext = { ...context, values }
  const check = checkForm(declaration, values, context)
  const problems = check.ok ? {} : check.problems
  const missing = declaration.fields.filter((field) => problems[field.id])
  const errorFor = (fieldId: string, label: string) => {
    const problem = problems[fieldId]
    return problem && (showAll || touched.has(fieldId)) ? st(problem.key, { label, ...problem.params }) : undefined
  }
  const touch = (fieldId: string) => setTouched((before) => new Set(before).add(fieldId))

  const submit = () => {
    if (check.ok) return onSubmit(check.values)
    setShowAll(true)
    void Taro.pageScrollTo({ selector: `#field-${missing[0].id}`, duration: 200 }).catch(() => undefined)
  }

  return (
    <View className='card lookup-form'>
      {isPersonalService(declaration) ? <Text className='lookup-form__note'>{st('form.personalNote')}</Text> : null}
      {declaration.fields.map((field) => {
        const label = pick(field.label)
        const value = values[field.id] ?? ''
        if (field.kind === 'choice') {
          const options = field.options(fieldContext).map((option) => ({ id: option.id, label: pick(option.name) }))
          const choose = (id: string) => {
            onChange(field.id, id)
            touch(field.id)
          }
          // A choice that depends on another (a line's stops) appears once that one is made.
          if (options.length === 0) return null
          const chosen = options.some((option) => option.id === value)
          return chosen && options.length > FOLD_AFTER ? (
            <FoldedChoice
              key={field.id}
              id={`field-${field.id}`}
              label={label}
              options={options}
              value={value}
              onChoose={choose}
              changeLabel={st('form.change')}
            />
          ) : (
            <Choice
              key={field.id}
              id={`field-${field.id}`}
              label={label}
              options={options}
              value={chosen ? value : ''}
              onChoose={choose}
              error={errorFor(field.id, label)}
            />
          )
        }
        return (
          <TextField
            key={field.id}
            id={field.id}
            label={label}
            value={value}
            type={field.kind === 'resident-id' ? 'idcard' : 'text'}
            placeholder={field.kind === 'text' ? pick(field.placeholder) : ''}
            onChange={(next) => onChange(field.id, next)}
            onBlur={() => touch(field.id)}
            error={errorFor(field.id, label)}
          />
        )
      })}
      {isPersonalService(declaration) ? (
        <SwitchRow
          role='checkbox'
          label={st('form.remember')}
          hint={st('form.rememberHint')}
          checked={remember}
          onToggle={onRememberToggled}
        />
      ) : null}
      <ActionButton primary className='lookup-form__submit' onClick={submit}>
        {missing.length > 0
          ? st('form.missing', {
              fields: missing.map((field) => pick(field.label)).join(language === 'en' ? ', ' : '、'),
            })
          : st('form.submit')}
      </ActionButton>
    </View>
  )
}
