import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { CityId } from '../../../../config/settings'
import type { CityServicesConfig } from '../../../cities/city-config'
import type { LookupResult, ServiceId } from '../../../services/lookups/lookup-schemas'
import { useApi } from '../../../shared/api-context'
import { beijingDate } from '../../../shared/calendar/working-days'
import { ActionButton } from '../../../shared/ui/action-button'
import { a11y } from '../../../shared/ui/a11y'
import { EmptyState, ErrorState, Skeleton } from '../../../shared/ui/state-views'
import { CATALOGUE } from '../catalogue'
import type { FieldValues, ServiceDeclaration } from '../declaration'
import { useServicesText } from '../hooks/use-services-text'
import { describeQuery, isPersonalField, isPersonalService } from '../lookup-form'
import {
  forgetIdentity,
  hasPersonalLookupConsent,
  personalLookupConsentGiven,
  readRememberedIdentity,
  rememberIdentity,
} from '../stores/remembered-identity'
import { lookupInputs, useLookupInputs } from '../stores/lookup-inputs-store'
import { serviceShortcuts, useShortcuts } from '../stores/shortcuts-store'
import { LookupFields } from './lookup-fields'
import { ResultSections, sectionsWithContent } from './result-sections'
import { ServiceGuide } from './service-guide'

type Phase =
  | { name: 'form' }
  | { name: 'consent'; asked: FieldValues }
  | { name: 'asking'; asked: FieldValues }
  | { name: 'answered'; asked: FieldValues; result: LookupResult<ServiceId> }
  | { name: 'failed'; asked: FieldValues; error: unknown }

/**
 * One service: its form (or its guide), the privacy consent before a first personal look-up, and the
 * answer. Personal values (name, identity number) live in this component's memory only, unless the
 * citizen ticks "remember me"; everything else they choose is kept on the device.
 */
export function ServiceLookup({
  cityId,
  declaration,
  config,
  openOnGuide,
}: {
  cityId: CityId
  declaration: ServiceDeclaration
  config: CityServicesConfig
  openOnGuide: boolean
}) {
  const { st, pick } = useServicesText()
  const { lookups } = useApi()
  const inputsKey = `${cityId}:${declaration.id}`
  const stored = useLookupInputs(inputsKey)
  const [personal, setPersonal] = useState<FieldValues>(() => ({ ...readRememberedIdentity() }))
  const [remember, setRemember] = useState(() => readRememberedIdentity() !== null)
  const [tab, setTab] = useState<'lookup' | 'guide'>(openOnGuide ? 'guide' : 'lookup')
  const [phase, setPhase] = useState<Phase>({ name: 'form' })
  const latest = useRef(0)
  const favourite = useShortcuts(cityId).favourites.includes(declaration.id)
  const personalService = isPersonalService(declaration)
  const contact = config.contacts[declaration.id] ?? { department: { zh: '', en: '' }, hotline: '12345' }
  const today = beijingDate(Date.now())
  const values = { ...stored, ...personal }

  useEffect(() => serviceShortcuts.getState().serviceUsed(cityId, declaration.id), [cityId, declaration.id])
  // Leaving the page drops an answer still on its way.
  useEffect(() => () => void (latest.current += 1), [])

  const change = (fieldId: string, value: string) => {
    const field = declaration.fields.find((f) => f.id === fieldId)
    if (field && isPersonalField(field)) setPersonal((before) => ({ ...before, [fieldId]: value }))
    else lookupInputs.getState().inputEdited(inputsKey, fieldId, value)
  }

  const ask = (asked: FieldValues) => {
    const request = ++latest.current
    setPhase({ name: 'asking', asked })
    lookups.lookup(cityId, declaration.id, declaration.toQuery(asked)).then(
      (result) => {
        if (request !== latest.current) return
        if (personalService && remember) rememberIdentity({ name: asked.name, residentId: asked.residentId })
        setPhase({ name: 'answered', asked, result })
      },
      (error: unknown) => request === latest.current && setPhase({ name: 'failed', asked, error }),
    )
  }

  const submit = (asked: FieldValues) => {
    if (personalService && !hasPersonalLookupConsent()) setPhase({ name: 'consent', asked })
    else ask(asked)
  }

  const toggleRemember = () => {
    if (remember) forgetIdentity()
    setRemember(!remember)
  }

  const edit = () => {
    latest.current += 1
    setPhase({ name: 'form' })
  }

  const name = pick(CATALOGUE[declaration.id].name)
  const summary = phase.name === 'form' ? [] : describeQuery(declaration, { config, today, values: phase.asked }, pick)
  const sections = phase.name === 'answered' ? sectionsWithContent(declaration.present(phase.result, { pick })) : []

  return (
    <>
      <View className='lookup-head'>
        <View className='lookup-tabs' {...a11y(undefined, 'tablist')}>
          {(['lookup', 'guide'] as const).map((id) => (
            <View
              key={id}
              className={`lookup-tab ${tab === id ? 'lookup-tab--chosen' : ''}`}
              onClick={() => setTab(id)}
              {...a11y(undefined, 'tab', { selected: tab === id })}
            >
              <Text>{st(id === 'lookup' ? 'tab.lookup' : 'tab.guide')}</Text>
            </View>
          ))}
        </View>
        <View
          className={`favourite ${favourite ? 'favourite--on' : ''}`}
          onClick={() => serviceShortcuts.getState().favouriteToggled(cityId, declaration.id)}
          {...a11y(st(favourite ? 'favourite.removeA11y' : 'favourite.addA11y', { name }), 'button')}
        >
          <Text>{favourite ? `★ ${st('favourite.added')}` : `☆ ${st('favourite.add')}`}</Text>
        </View>
      </View>

      {tab === 'guide' ? <ServiceGuide guide={declaration.guide} contact={contact} /> : null}

      {tab === 'lookup' && phase.name === 'form' ? (
        <LookupFields
          declaration={declaration}
          values={values}
          context={{ config, today }}
          remember={remember}
          onChange={change}
          onRememberToggled={toggleRemember}
          onSubmit={submit}
        />
      ) : null}

      {tab === 'lookup' && phase.name === 'consent' ? (
        <View className='card consent' {...a11y(undefined, 'region')}>
          <Text className='consent__title' {...a11y(undefined, 'heading', { level: 2 })}>
            {st('consent.title')}
          </Text>
          <Text className='consent__body'>{st('consent.body', { department: pick(contact.department) })}</Text>
          <View className='consent__actions'>
            <ActionButton
              primary
              onClick={() => {
                personalLookupConsentGiven()
                ask(phase.asked)
              }}
            >
              {st('consent.agree')}
            </ActionButton>
            <ActionButton onClick={edit}>{st('consent.decline')}</ActionButton>
          </View>
        </View>
      ) : null}

      {tab === 'lookup' && (phase.name === 'asking' || phase.name === 'answered' || phase.name === 'failed') ? (
        <>
          <View className='card query-summary'>
            <Text className='query-summary__title'>{st('form.summary')}</Text>
            {summary.map((row) => (
              <View key={row.label} className='kv__row'>
                <Text className='kv__label'>{row.label}</Text>
                <Text className='kv__value'>{row.value}</Text>
              </View>
            ))}
            <View className='link' onClick={edit} {...a11y(undefined, 'button')}>
              <Text>{st('form.edit')}</Text>
            </View>
          </View>
          {phase.name === 'asking' ? <Skeleton rows={2} /> : null}
          {phase.name === 'failed' ? <ErrorState error={phase.error} onRetry={() => ask(phase.asked)} /> : null}
          {phase.name === 'answered' && sections.length === 0 ? (
            <EmptyState
              title={pick(declaration.emptyText)}
              hint={st('result.empty.hint', { hotline: contact.hotline })}
            >
              <ActionButton onClick={edit}>{st('form.edit')}</ActionButton>
            </EmptyState>
          ) : null}
          {phase.name === 'answered' && sections.length > 0 ? (
            <>
              <Text className='section-title' {...a11y(undefined, 'heading', { level: 2 })}>
                {st('result.title')}
              </Text>
              <ResultSections sections={sections} />
              <View className='lookup-again'>
                <ActionButton onClick={() => ask(phase.asked)}>{st('form.again')}</ActionButton>
              </View>
            </>
          ) : null}
        </>
      ) : null}
    </>
  )
}
