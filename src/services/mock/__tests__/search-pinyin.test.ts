import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pinyin } from 'pinyin-pro'
import { renderSearchPinyinModule, searchPinyinTexts, toPinyinEntry } from '../search-pinyin-source'

const FILE = path.join(__dirname, '../fixtures/search-pinyin.ts')

test('fixtures/search-pinyin.ts is what scripts/generate-search-pinyin.mjs makes of today’s fixtures', () => {
  const entries = searchPinyinTexts().map(
    (text) =>
      [
        text,
        toPinyinEntry(text, pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })),
      ] as const,
  )
  // Prettier's API needs ES modules, which jest runs only behind a flag: its CLI does the same job.
  const expected = execFileSync(require.resolve('prettier/bin/prettier.cjs'), ['--stdin-filepath', FILE], {
    input: renderSearchPinyinModule(entries),
    encoding: 'utf8',
  })
  // On failure: node scripts/generate-search-pinyin.mjs
  expect(fs.readFileSync(FILE, 'utf8')).toBe(expected)
})

test('an entry keeps syllables and initials of Chinese, and letters and digits as they are', () => {
  expect(toPinyinEntry('社保缴费记录', ['she', 'bao', 'jiao', 'fei', 'ji', 'lu'])).toEqual([
    'she bao jiao fei ji lu',
    'sbjfjl',
  ])
  expect(toPinyinEntry('12345热线', ['12345', 're', 'xian'])).toEqual(['12345 re xian', '12345rx'])
  expect(() => toPinyinEntry('社保', ['she'])).toThrow()
})
