import { ActionButton } from '../../../shared/ui/action-button'
import Taro from '@tarojs/taro'
import { useTranslate } from '../../../shared/i18n/use-translate'

/** H5: there is no share sheet to call, so copy the page's address. */
export function ShareAction() {
  const { t } = useTranslate()
  const copy = async () => {
    try {
      await Taro.setClipboardData({ data: window.location.href })
      void Taro.showToast({ title: t('article.linkCopied'), icon: 'none' })
    } catch {
      // Clipboard refused (no permission): the address bar still has the link.
    }
  }
  return <ActionButton onClick={copy}>{t('article.copyLink')}</ActionButton>
}
