import { FilterXSS, escapeAttrValue, type IWhiteList } from 'xss'

/** Tags an article may use; anything else is removed (its text kept, or dropped whole for the blocks below). */
const ALLOWED: IWhiteList = {
  p: [],
  br: [],
  h3: [],
  h4: [],
  strong: [],
  b: [],
  em: [],
  i: [],
  ul: [],
  ol: [],
  li: [],
  blockquote: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  img: ['src', 'alt', 'width', 'height'],
  a: ['href', 'title'],
}

/** Whole elements whose content is never text for the reader. */
const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'textarea',
  'select',
]

const SAFE_URL = /^https:\/\/[^\s"'<>]+$/i

const filter = new FilterXSS({
  whiteList: ALLOWED,
  stripIgnoreTag: true,
  stripIgnoreTagBody: DROPPED_WITH_CONTENT,
  allowCommentTag: false,
  css: false,
  safeAttrValue(_tag, name, value) {
    // Links and images only over https: no javascript:, data:, vbscript: or protocol-relative tricks.
    if (name === 'src' || name === 'href') {
      const url = value.trim()
      return SAFE_URL.test(url) ? escapeAttrValue(url) : ''
    }
    if (name === 'width' || name === 'height' || name === 'colspan' || name === 'rowspan') {
      return /^\d{1,4}$/.test(value.trim()) ? value.trim() : ''
    }
    return escapeAttrValue(value)
  },
  onIgnoreTagAttr: () => '',
})

/**
 * Article HTML from the server, reduced to an allow-list of tags and attributes: no script, no `on*`
 * handlers, no styles, no non-https URLs. Runs without a DOM, so the mini program uses it too.
 */
export function sanitizeHtml(html: string): string {
  return filter.process(html)
}
