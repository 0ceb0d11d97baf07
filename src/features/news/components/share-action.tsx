import { ActionButton } from '../../../shared/ui/action-button'
import { useTranslate } from '../../../shared/i18n/use-translate'

/** WeChat: the native share sheet; the article page answers it with onShareAppMessage. */
export function ShareAction() {
  const { t } = useTranslate()
  return <ActionButton openType='share'>{t('article.share')}</ActionButton>
}
