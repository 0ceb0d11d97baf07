/**
 * The one-stop search's matching and ranking, pure and dictionary-free: pinyin is looked up in a table
 * made when the data is made (mock: scripts/generate-search-pinyin.mjs), never computed here.
 *
 * Ranking, best first (ties keep the documents' order):
 *  0. the title is the query
 *  1. the title starts with it
 *  2. the title contains it
 *  3. the title's full pinyin starts with it (`shebao` → 社保缴费记录)
 *  4. the title's full pinyin has it from the start of a syllable (`jiaofei` → 社保缴费记录)
 *  5. the title's pinyin initials start with it (`sbjf`)
 *  6. the title's pinyin initials contain it (`sb` → 灵活就业人员社保怎么交)
 *  7. a keyword or the snippet contains it, or a keyword's full pinyin or initials do
 * Pinyin tiers apply to Latin queries only (letters and digits; spaces ignored). A one-character
 * query is matched narrowly: one Chinese character as a plain "contains", one Latin letter by
 * initials prefix only (tier 5).
 */
import {
  SEARCH_GROUP_LIMIT,
  SEARCH_KINDS,
  SEARCH_QUERY_MAX,
  type SearchKind,
  type SearchResults,
} from './search-schemas'

/** A text's pinyin: its syllables without tones, separated by spaces, and their initials. */
export type PinyinEntry = readonly [syllables: string, initials: string]
export type PinyinLookup = (text: string) => PinyinEntry | undefined

export interface SearchDocument {
  kind: SearchKind
  id: string
  title: string
  snippet?: string
  /** Other words for it (a service's search words): matched at the lowest tier. */
  keywords?: readonly string[]
}

interface IndexedDocument {
  doc: SearchDocument
  title: string
  full: string
  /** 1 where a syllable starts in `full`. */
  syllableStarts: Uint8Array
  initials: string
  /** Keywords and snippet, normalised, one per line. */
  extra: string
  /** Keywords' full pinyin and initials, one per line. */
  extraPinyin: string
}

export interface SearchIndex {
  readonly documents: readonly IndexedDocument[]
}

// ASCII characters that mean something to a regex, HTML or a URL: a query never needs them, and
// dropping them keeps hostile text inert wherever it is echoed.
const SPECIALS = /[\\^$.*+?()[\]{}|<>/"'`&;=%#~!@,:]/g
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g
const LATIN = /^[a-z0-9]+$/
const RAW_MAX = SEARCH_QUERY_MAX * 4

/**
 * Normalises text for matching: full-width to half-width (NFKC), Latin lower-cased, specials and
 * control characters dropped, runs of spaces collapsed, trimmed.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(CONTROLS, ' ').replace(SPECIALS, ' ').replace(/\s+/g, ' ').trim()
}

/** A query as matched: normalised and cut at `SEARCH_QUERY_MAX` characters. Never throws. */
export function normaliseQuery(query: unknown): string {
  if (typeof query !== 'string') return ''
  return Array.from(normaliseText(query.slice(0, RAW_MAX)))
    .slice(0, SEARCH_QUERY_MAX)
    .join('')
    .trim()
}

function syllableFields(entry: PinyinEntry | undefined): Pick<IndexedDocument, 'full' | 'syllableStarts' | 'initials'> {
  if (!entry) return { full: '', syllableStarts: new Uint8Array(0), initials: '' }
  const syllables = entry[0].split(' ').filter(Boolean)
  const full = syllables.join('')
  const syllableStarts = new Uint8Array(full.length)
  let offset = 0
  for (const syllable of syllables) {
    syllableStarts[offset] = 1
    offset += syllable.length
  }
  return { full, syllableStarts, initials: entry[1] }
}

export function buildSearchIndex(documents: readonly SearchDocument[], pinyinOf: PinyinLookup): SearchIndex {
  return {
    documents: documents.map((doc) => {
      const keywords = doc.keywords ?? []
      return {
        doc,
        title: normaliseText(doc.title),
        ...syllableFields(pinyinOf(doc.title)),
        extra: [...keywords, doc.snippet ?? ''].map(normaliseText).join('\n'),
        extraPinyin: keywords
          .flatMap((k) => {
            const entry = pinyinOf(k)
            return entry ? [entry[0].replace(/ /g, ''), entry[1]] : []
          })
          .join('\n'),
      }
    }),
  }
}

function fromSyllableStart(entry: IndexedDocument, needle: string): boolean {
  for (let at = entry.full.indexOf(needle); at >= 0; at = entry.full.indexOf(needle, at + 1)) {
    if (entry.syllableStarts[at] === 1) return true
  }
  return false
}

/** The entry's tier for the query (see the ranking above), or -1 when it does not match. */
function tierOf(entry: IndexedDocument, text: string, latin: string | null, single: boolean): number {
  if (single && latin && /[a-z]/.test(latin)) return entry.initials.startsWith(latin) ? 5 : -1
  if (entry.title === text) return 0
  if (entry.title.startsWith(text)) return 1
  if (entry.title.includes(text)) return 2
  if (latin && !single) {
    if (entry.full.startsWith(latin)) return 3
    if (fromSyllableStart(entry, latin)) return 4
    if (entry.initials.startsWith(latin)) return 5
    if (entry.initials.includes(latin)) return 6
    if (entry.extraPinyin.includes(latin)) return 7
  }
  return entry.extra.includes(text) ? 7 : -1
}

/** Searches the index; `limit` items per kind at most. Any input is safe: it never throws. */
export function searchIndex(index: SearchIndex, query: unknown, limit = SEARCH_GROUP_LIMIT): SearchResults {
  const text = normaliseQuery(query)
  if (!text) return { groups: [] }
  const compact = text.replace(/ /g, '')
  const latin = LATIN.test(compact) ? compact : null
  const single = Array.from(compact).length === 1
  const matches: Record<SearchKind, { tier: number; order: number; doc: SearchDocument }[]> = {
    news: [],
    service: [],
    question: [],
    consultation: [],
    department: [],
  }
  index.documents.forEach((entry, order) => {
    const tier = tierOf(entry, text, latin, single)
    if (tier >= 0) matches[entry.doc.kind].push({ tier, order, doc: entry.doc })
  })
  const ranked = SEARCH_KINDS.filter((kind) => matches[kind].length > 0).map((kind) => ({
    kind,
    hits: matches[kind].sort((a, b) => a.tier - b.tier || a.order - b.order),
  }))
  // The kind with the best match comes first (社保's service before news that merely mention 水表 for
  // `sb`); kinds that match equally well keep their usual order. Array.prototype.sort is stable.
  ranked.sort((a, b) => a.hits[0].tier - b.hits[0].tier)
  return {
    groups: ranked.map(({ kind, hits }) => ({
      kind,
      total: hits.length,
      items: hits
        .slice(0, limit)
        .map(({ doc }) =>
          doc.snippet ? { id: doc.id, title: doc.title, snippet: doc.snippet } : { id: doc.id, title: doc.title },
        ),
    })),
  }
}
