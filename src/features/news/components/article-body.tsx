import { RichText } from '@tarojs/components'
import { useMemo } from 'react'
import { sanitizeHtml } from '../../../shared/rich-text/sanitize-html'

/** Untrusted article HTML, reduced to the allow-list before either platform renders it. */
export function ArticleBody({ html }: { html: string }) {
  const safe = useMemo(() => sanitizeHtml(html), [html])
  return <RichText className='article__body' nodes={safe} />
}
