#!/usr/bin/env node
/**
 * node scripts/generate-search-pinyin.mjs — writes src/services/mock/fixtures/search-pinyin.ts: the
 * pinyin of every title and keyword the mock's one-stop search indexes, so that neither the app nor
 * the mock carries a pinyin dictionary (pinyin-pro is a devDependency, used here only). Run it after
 * changing a fixture; src/services/mock/__tests__/search-pinyin.test.ts fails until you do.
 */
import { build } from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'
import { pinyin } from 'pinyin-pro'
import * as prettier from 'prettier'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const out = path.join(root, 'src/services/mock/fixtures/search-pinyin.ts')

// The fixtures are TypeScript: bundle the source module in memory (esbuild ships with Taro) and load it.
const bundled = await build({
  entryPoints: [path.join(root, 'src/services/mock/search-pinyin-source.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
})
const source = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
)

const readings = (text) => pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
const entries = source.searchPinyinTexts().map((text) => [text, source.toPinyinEntry(text, readings(text))])
const text = await prettier.format(source.renderSearchPinyinModule(entries), {
  ...(await prettier.resolveConfig(out)),
  filepath: out,
})
fs.writeFileSync(out, text)
console.log(`Wrote ${path.relative(root, out)}: ${entries.length} texts, ${(text.length / 1024).toFixed(1)} KB`)
