import { RichText } from '@tarojs/components'
import { useMemo } from 'react'
import { sanitizeHtml } from './sanitize-html'
import './article-body.scss'

/** Untrusted HTML (an article, a draft policy), reduced to the allow-list before either platform renders it. */
export function ArticleBody({ html }: { html: string }) {
  const safe = useMemo(() => sanitizeHtml(html), [html])
  return <RichText className='article__body' nodes={safe} />
}
