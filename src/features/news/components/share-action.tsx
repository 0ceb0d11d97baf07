import { Button } from '@tarojs/components'
import { useTranslate } from '../../../shared/i18n/use-translate'

/** WeChat: the native share sheet; the article page answers it with onShareAppMessage. */
export function ShareAction() {
  const { t } = useTranslate()
  return (
    <Button className='button' openType='share'>
      {t('article.share')}
    </Button>
  )
}
