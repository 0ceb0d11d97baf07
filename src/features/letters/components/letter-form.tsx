import { Image, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CityId } from '../../../../config/settings'
import { useState } from 'react'
import type { CityLettersConfig, LetterChannel } from '../../../cities/city-config'
import {
  DESCRIPTION_LENGTH,
  MAX_PHOTO_BYTES,
  MAX_PHOTOS,
  TITLE_LENGTH,
} from '../../../services/letters/letters-schemas'
import { useApi } from '../../../shared/api-context'
import { pickText } from '../../../shared/i18n/translate'
import { navigateTo, redirectTo } from '../../../shared/navigation'
import { maskMobile, normalizeMobile } from '../../../shared/personal/mobile'
import { a11y } from '../../../shared/ui/a11y'
import { ActionButton } from '../../../shared/ui/action-button'
import { Choice, FieldError, FoldedChoice, SwitchRow } from '../../../shared/ui/controls'
import { errorMessageKey } from '../../../shared/ui/state-views'
import { useLettersText, type LettersText } from '../hooks/use-letters-text'
import {
  checkDraft,
  EMPTY_DRAFT,
  FORM_FIELDS,
  toSubmission,
  type FieldProblem,
  type FormField,
  type LetterDraft,
} from '../letter-draft'
import { lettersZh, type LettersMessageKey } from '../letters-messages'
import { draftKey, letterDrafts, useDraft } from '../stores/drafts-store'
import { myLetters } from '../stores/my-letters-store'
import { TextField } from '../../../shared/ui/text-field'

const ANY_DEPARTMENT = 'any'

export function problemMessage(field: FormField, problem: FieldProblem, lt: LettersText): string {
  const key = `problem.${field}.${problem.kind}`
  const params = { min: 'min' in problem ? problem.min : '', max: 'max' in problem ? problem.max : '' }
  return key in lettersZh ? lt(key as LettersMessageKey, params) : lt(`field.${field}` as LettersMessageKey)
}

const hasContent = (draft: LetterDraft) =>
  (Object.keys(EMPTY_DRAFT) as (keyof LetterDraft)[]).some(
    (field) => JSON.stringify(draft[field]) !== JSON.stringify(EMPTY_DRAFT[field]),
  )

/**
 * The letter form. Every change goes straight into the draft store (persisted on the device), so a
 * reload, a crash, a back press or a failed send loses nothing; the draft is cleared only once the
 * service confirms the letter.
 */
export function LetterForm({
  cityId,
  channel,
  config,
}: {
  cityId: CityId
  channel: LetterChannel
  config: CityLettersConfig
}) {
  const { t, lt, language } = useLettersText()
  const { letters } = useApi()
  const key = draftKey(cityId, channel.id)
  const stored = useDraft(key)
  const draft: LetterDraft = stored ?? EMPTY_DRAFT
  const [restored] = useState(() => hasContent(draft))
  const [touched, setTouched] = useState<ReadonlySet<FormField>>(() => new Set())
  const [showAll, setShowAll] = useState(false)
  const [mobileFocused, setMobileFocused] = useState(false)
  const [sending, setSending] = useState(false)
  const [sendError, setSendError] = useState<unknown>()
  const [photoNotice, setPhotoNotice] = useState<string>()
  const [uploading, setUploading] = useState(0)

  const edit = (change: Partial<LetterDraft>) => letterDrafts.getState().draftEdited(key, change)
  const touch = (field: FormField) => setTouched((before) => new Set(before).add(field))
  const problems = checkDraft(draft, channel)
  const missing = FORM_FIELDS.filter((field) => problems[field])
  const errorFor = (field: FormField) => {
    const problem = problems[field]
    return problem && (showAll || touched.has(field)) ? problemMessage(field, problem, lt) : undefined
  }

  const send = () => {
    if (sending) return
    if (missing.length > 0 || !stored) {
      setShowAll(true)
      void Taro.pageScrollTo({ selector: `#field-${missing[0]}`, duration: 200 }).catch(() => undefined)
      return
    }
    // WeChat only asks for notifications from inside the tap itself, so this comes first.
    const subscribed =
      process.env.TARO_ENV === 'weapp' && config.subscribeTemplateIds.length > 0
        ? Taro.requestSubscribeMessage({ tmplIds: config.subscribeTemplateIds } as Taro.requestSubscribeMessage.Option)
            .then(() => undefined)
            .catch(() => undefined)
        : Promise.resolve()
    const submission = toSubmission(draft, channel.id)
    setSending(true)
    setSendError(undefined)
    void subscribed
      .then(() => letters.submit(cityId, submission, stored.idempotencyKey))
      .then(
        (filed) => {
          myLetters.getState().caseFiled(cityId, filed)
          letterDrafts.getState().draftFiled(key)
          redirectTo('lettersCase', { caseNumber: filed.caseNumber, receipt: '1' })
        },
        (error: unknown) => setSendError(error),
      )
      .finally(() => setSending(false))
  }

  const addPhotos = async () => {
    const room = MAX_PHOTOS - draft.photos.length
    if (room <= 0) return
    const chosen = await Taro.chooseMedia({ count: room, mediaType: ['image'], sizeType: ['compressed'] }).catch(
      () => null, // cancelled
    )
    if (!chosen) return
    const fitting = chosen.tempFiles.filter((file) => file.size <= MAX_PHOTO_BYTES)
    const tooBig = chosen.tempFiles.length - fitting.length
    const accepted = fitting.slice(0, room)
    setPhotoNotice(
      tooBig > 0
        ? lt('photo.tooBig', { count: tooBig, mb: MAX_PHOTO_BYTES / 1024 / 1024 })
        : fitting.length > room
          ? lt('photo.tooMany', { max: MAX_PHOTOS })
          : undefined,
    )
    setUploading(accepted.length)
    for (const file of accepted) {
      try {
        const { id } = await letters.uploadPhoto(cityId, file.tempFilePath)
        const photos = letterDrafts.getState().drafts[key]?.photos ?? []
        edit({ photos: [...photos, { id, preview: file.tempFilePath }] })
      } catch {
        setPhotoNotice(lt('photo.uploadFailed'))
      } finally {
        setUploading((count) => count - 1)
      }
    }
  }

  const pickOnMap = async () => {
    // Our own words first: what the location is for, before WeChat asks for the permission.
    const { confirm } = await Taro.showModal({
      title: lt('privacyFlow.locationTitle'),
      content: lt('privacyFlow.locationBody'),
      confirmText: lt('privacyFlow.agree'),
      cancelText: lt('privacyFlow.decline'),
    }).catch(() => ({ confirm: false }))
    if (!confirm) return
    const place = await Taro.chooseLocation({}).catch(() => null) // refused or cancelled: typing still works
    if (place) edit({ location: [place.name, place.address].filter(Boolean).join(' ') })
    touch('location')
  }

  const mobile = normalizeMobile(draft.mobile)
  const departmentOptions = [
    { id: ANY_DEPARTMENT, label: lt('field.departmentAny') },
    ...config.departments.map((d) => ({ id: d.id, label: pickText(d.name, language) })),
  ]

  return (
    <View className='letter-form'>
      <View className='card'>
        <Text className='letter-form__channel' {...a11y(undefined, 'heading', { level: 1 })}>
          {pickText(channel.name, language)}
        </Text>
        <Text className='field__hint'>{pickText(channel.description, language)}</Text>
        <Text className='field__hint'>{restored ? lt('draft.restored') : lt('draft.savedHint')}</Text>
      </View>

      <View className='card'>
        <View id='field-type'>
          <Choice
            label={lt('field.type')}
            options={channel.types.map((type) => ({ id: type, label: lt(`type.${type}`) }))}
            value={draft.type}
            onChoose={(type) => edit({ type })}
            error={errorFor('type')}
          />
        </View>
        <View id='field-categoryId'>
          <Choice
            label={lt('field.categoryId')}
            options={config.categories.map((c) => ({ id: c.id, label: pickText(c.name, language) }))}
            value={draft.categoryId}
            onChoose={(categoryId) => edit({ categoryId })}
            error={errorFor('categoryId')}
          />
        </View>
        <FoldedChoice
          label={lt('field.departmentId')}
          changeLabel={lt('field.departmentChoose')}
          options={departmentOptions}
          value={draft.departmentId || ANY_DEPARTMENT}
          onChoose={(id) => edit({ departmentId: id === ANY_DEPARTMENT ? '' : id })}
        />
      </View>

      <View className='card'>
        <TextField
          id='title'
          label={lt('field.title')}
          value={draft.title}
          placeholder={lt('field.titlePlaceholder', TITLE_LENGTH)}
          onChange={(title) => edit({ title })}
          onBlur={() => touch('title')}
          count={lt('field.count', { count: draft.title.trim().length, max: TITLE_LENGTH.max })}
          error={errorFor('title')}
        />
        <TextField
          id='description'
          multiline
          label={lt('field.description')}
          value={draft.description}
          placeholder={lt('field.descriptionPlaceholder', DESCRIPTION_LENGTH)}
          onChange={(description) => edit({ description })}
          onBlur={() => touch('description')}
          count={lt('field.count', { count: draft.description.trim().length, max: DESCRIPTION_LENGTH.max })}
          error={errorFor('description')}
        />
        <TextField
          id='location'
          label={lt('field.location')}
          value={draft.location}
          placeholder={lt('field.locationPlaceholder')}
          onChange={(location) => edit({ location })}
          onBlur={() => touch('location')}
          error={errorFor('location')}
        >
          {process.env.TARO_ENV === 'weapp' ? (
            <ActionButton onClick={() => void pickOnMap()}>{lt('field.pickOnMap')}</ActionButton>
          ) : null}
        </TextField>
        <View className='field' id='field-photos'>
          <Text className='field__label'>{lt('field.photos')}</Text>
          <View className='photos'>
            {draft.photos.map((photo, index) => (
              <View key={photo.id} className='photos__item'>
                <Image className='photos__image' src={photo.preview} mode='aspectFill' />
                <View
                  className='photos__remove'
                  onClick={() => edit({ photos: draft.photos.filter((p) => p.id !== photo.id) })}
                  {...a11y(lt('field.removePhoto', { index: index + 1 }), 'button')}
                >
                  <Text>×</Text>
                </View>
              </View>
            ))}
          </View>
          {uploading > 0 ? <Text className='field__hint'>{lt('field.photoUploading')}</Text> : null}
          {draft.photos.length < MAX_PHOTOS ? (
            <ActionButton onClick={() => void addPhotos()}>
              {lt('field.addPhoto', { count: draft.photos.length, max: MAX_PHOTOS })}
            </ActionButton>
          ) : null}
          <FieldError message={photoNotice} />
          <FieldError message={errorFor('photos')} />
        </View>
      </View>

      <View className='card'>
        <TextField
          id='contactName'
          label={lt('field.contactName')}
          value={draft.contactName}
          placeholder={lt('field.contactNamePlaceholder')}
          onChange={(contactName) => edit({ contactName })}
          onBlur={() => touch('contactName')}
          error={errorFor('contactName')}
        />
        <View className='field' id='field-mobile'>
          <Text className='field__label'>{lt('field.mobile')}</Text>
          {mobile && !mobileFocused ? (
            // Shown masked once entered, so the number is not on screen for anyone looking over a shoulder.
            <View className='field__masked'>
              <Text>{lt('field.mobileMasked', { masked: maskMobile(mobile) })}</Text>
              <View className='link' onClick={() => setMobileFocused(true)} {...a11y(undefined, 'button')}>
                <Text>{lt('field.mobileChange')}</Text>
              </View>
            </View>
          ) : (
            <Input
              className='field__input'
              value={draft.mobile}
              type={process.env.TARO_ENV === 'weapp' ? 'number' : 'text'}
              maxlength={-1}
              focus={mobileFocused}
              placeholder={lt('field.mobilePlaceholder')}
              onInput={(e) => edit({ mobile: e.detail.value })}
              onFocus={() => setMobileFocused(true)}
              onBlur={() => {
                setMobileFocused(false)
                touch('mobile')
              }}
              aria-label={lt('field.mobile')}
            />
          )}
          <FieldError message={errorFor('mobile')} />
        </View>
        <SwitchRow
          label={lt('field.isPublic')}
          hint={lt('field.isPublicHint')}
          checked={draft.isPublic}
          onToggle={() => edit({ isPublic: !draft.isPublic })}
        />
        <SwitchRow
          label={lt('field.anonymous')}
          hint={lt('field.anonymousHint')}
          checked={draft.anonymous}
          onToggle={() => edit({ anonymous: !draft.anonymous })}
        />
        <View id='field-consent'>
          <SwitchRow
            role='checkbox'
            label={lt('field.consent')}
            checked={draft.consent}
            onToggle={() => edit({ consent: !draft.consent })}
          />
          <View className='link' onClick={() => navigateTo('lettersPrivacy', {})} {...a11y(undefined, 'link')}>
            <Text>{lt('field.privacyRead')}</Text>
          </View>
          <FieldError message={errorFor('consent')} />
        </View>
      </View>

      {sendError !== undefined ? (
        <View className='card send-error' {...a11y(undefined, 'alert')}>
          <Text className='send-error__title'>{lt('submit.failed')}</Text>
          <Text>{t(errorMessageKey(sendError))}</Text>
        </View>
      ) : null}
      <View className='letter-form__send'>
        <ActionButton primary className='letter-form__send-button' onClick={send}>
          {sending
            ? lt('submit.sending')
            : missing.length > 0
              ? lt('submit.missing', {
                  fields: missing.map((field) => lt(`short.${field}`)).join(language === 'en' ? ', ' : '、'),
                })
              : sendError !== undefined
                ? lt('submit.retry')
                : lt('submit.send')}
        </ActionButton>
      </View>
    </View>
  )
}
