import { Text, View } from '@tarojs/components'
import { useLettersConfig } from '../../features/letters/hooks/use-letters-config'
import { useUnreadBadge } from '../../features/letters/hooks/use-unread-badge'
import { pickText } from '../../shared/i18n/translate'
import { useTranslate } from '../../shared/i18n/use-translate'
import { navigateTo } from '../../shared/navigation'
import { a11y } from '../../shared/ui/a11y'
import { Screen } from '../../shared/ui/screen'
import { ErrorState, Skeleton } from '../../shared/ui/state-views'
import { useCity } from '../../shared/use-city'
import './index.scss'

/** The two-way part of the account: the city's letter channels, its public replies and the citizen's own letters. */
export default function InteractPage() {
  const { t, language } = useTranslate()
  useUnreadBadge()
  const city = useCity()
  const letters = useLettersConfig()

  return (
    <Screen title={t('interact.title')}>
      <Text className='section-title' {...a11y(undefined, 'heading', { level: 2 })}>
        {t('interact.letters')}
      </Text>
      <Text className='interact__hint'>{t('interact.lettersHint')}</Text>
      {letters.status === 'loading' ? <Skeleton rows={3} /> : null}
      {letters.status === 'error' ? <ErrorState error={letters.error} onRetry={letters.retry} /> : null}
      {letters.status === 'success'
        ? letters.data.channels.map((channel) => (
            <View
              key={channel.id}
              className='card entry'
              onClick={() => navigateTo('lettersWrite', { channelId: channel.id })}
              {...a11y(undefined, 'link')}
            >
              <Text className='entry__title'>{pickText(channel.name, language)}</Text>
              <Text className='entry__hint'>{pickText(channel.description, language)}</Text>
            </View>
          ))
        : null}
      <View className='entry-row'>
        <View className='card entry' onClick={() => navigateTo('lettersMine', {})} {...a11y(undefined, 'link')}>
          <Text className='entry__title'>{t('interact.myLetters')}</Text>
        </View>
        <View className='card entry' onClick={() => navigateTo('lettersPublic', {})} {...a11y(undefined, 'link')}>
          <Text className='entry__title'>{t('interact.publicReplies')}</Text>
        </View>
      </View>
      {city.interaction.length > 0 ? (
        <Text className='section-title' {...a11y(undefined, 'heading', { level: 2 })}>
          {t('interact.columns')}
        </Text>
      ) : null}
      {city.interaction.map((column) => (
        <View
          key={column.id}
          className='card entry'
          onClick={() =>
            column.kind === 'questions'
              ? navigateTo('questionsList', { columnId: column.id })
              : navigateTo('consultationsList', { columnId: column.id })
          }
          {...a11y(undefined, 'link')}
        >
          <Text className='entry__title'>{pickText(column.name, language)}</Text>
          <Text className='entry__hint'>{pickText(column.description, language)}</Text>
        </View>
      ))}
      {city.interaction.some((column) => column.kind === 'questions') ? (
        <View className='entry-row'>
          <View className='card entry' onClick={() => navigateTo('questionsAsk', {})} {...a11y(undefined, 'link')}>
            <Text className='entry__title'>{t('interact.ask')}</Text>
          </View>
          <View className='card entry' onClick={() => navigateTo('questionsMine', {})} {...a11y(undefined, 'link')}>
            <Text className='entry__title'>{t('interact.myQuestions')}</Text>
          </View>
        </View>
      ) : null}
      <Text className='interact__hint'>{t('interact.more', { hotline: city.hotline })}</Text>
    </Screen>
  )
}
