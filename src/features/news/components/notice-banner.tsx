import { Text, View } from '@tarojs/components'
import { formatDateTime } from '../../../shared/format/time'
import { pickText } from '../../../shared/i18n/translate'
import { useTranslate } from '../../../shared/i18n/use-translate'
import { navigateTo } from '../../../shared/navigation'
import type { Notice } from '../../../services/news/news-schemas'
import '../news.scss'

/** A pinned emergency notice. The level is written out, not only coloured. */
export function NoticeBanner({ notice }: { notice: Notice }) {
  const { t, language } = useTranslate()
  const { articleId } = notice
  return (
    <View className={`notice notice--${notice.level}`} role='alert'>
      <View className='notice__head'>
        <Text className='notice__level'>{t(`notice.level.${notice.level}`)}</Text>
        <Text className='notice__title'>{pickText(notice.title, language)}</Text>
      </View>
      <Text className='notice__body'>{pickText(notice.body, language)}</Text>
      <View className='notice__foot'>
        <Text className='notice__expiry'>{t('home.notice.expires', { time: formatDateTime(notice.expiresAt) })}</Text>
        {articleId ? (
          <Text className='notice__link' onClick={() => navigateTo('newsArticle', { id: articleId })}>
            {t('home.notice.details')} ›
          </Text>
        ) : null}
      </View>
    </View>
  )
}
