#!/usr/bin/env node
/**
 * Shows that an http-mode production build carries neither the mock's code nor its fixtures.
 * Builds weapp and H5 with TARO_APP_API=http into dist/http-check/, searches every file for markers of
 * the mock (its fault-injection message, its storage keys, the look-ups' refusal message) and of each
 * city's fixtures (the first article's, question's and consultation's ids), and checks the same markers
 * ARE in the mock build, so the search can fail.
 * Usage: node scripts/check-http-build.mjs   (expects dist/weapp and dist/h5 from the mock build)
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
// Each mock's storage key prefix appears in that mock's code only (the questions and consultations mocks
// ship in their own subpackages on weapp).
const MOCK_MARKERS = [
  'Injected ',
  'mock:news:reads',
  'mock:letters:',
  'Look-up query refused',
  'mock:questions:',
  'mock:consultations:',
  'Matrix: no department',
  // The search mock's pinyin table (fixtures/search-pinyin.ts), in the search subpackage on weapp.
  'she bao jiao fei ji lu',
]
// Fixture ids, chosen so that no marker is part of another city's or another portal's id.
const FIXTURE_MARKERS = {
  shanghai: ['sh-001', 'sh-q01', 'sh-c01', 'sh-s01'],
  chengdu: ['cd-001', 'cd-q01', 'cd-c01', 'cd-s01'],
  yinchuan: ['yc-001', 'yc-q01', 'yc-c01', 'yc-s01'],
}
const ALL_FIXTURE_MARKERS = Object.values(FIXTURE_MARKERS).flat()

function textOf(dir) {
  const files = []
  const walk = (d) =>
    fs
      .readdirSync(d, { withFileTypes: true })
      .forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : files.push(path.join(d, e.name))))
  walk(dir)
  return files
    .filter((f) => /\.(js|json|wxml|html)$/.test(f))
    .map((f) => [path.relative(root, f), fs.readFileSync(f, 'utf8')])
}

function find(dir, markers) {
  const hits = []
  for (const [file, text] of textOf(dir))
    for (const marker of markers) if (text.includes(marker)) hits.push(`${marker} in ${file}`)
  return hits
}

let failed = false
for (const target of ['weapp', 'h5']) {
  const out = `dist/http-check/${target}`
  execFileSync('npx', ['taro', 'build', '--type', target], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      TARO_APP_API: 'http',
      TARO_APP_API_BASE: 'https://api.example.gov.cn/v1',
      BUILD_OUTPUT_ROOT: out,
    },
  })
  const inHttp = find(path.join(root, out), [...MOCK_MARKERS, ...ALL_FIXTURE_MARKERS])
  // The control: the mock build must contain them, or this search proves nothing. (weapp is checked for
  // its build city, Shanghai, only: its news fixtures carry no other city.)
  const expected =
    target === 'weapp' ? [...MOCK_MARKERS, ...FIXTURE_MARKERS.shanghai] : [...MOCK_MARKERS, ...ALL_FIXTURE_MARKERS]
  const inMock = expected.filter((marker) => find(path.join(root, 'dist', target), [marker]).length > 0)
  const base = find(path.join(root, out), ['https://api.example.gov.cn/v1'])
  console.log(
    `${target}: mock build has ${inMock.length}/${expected.length} markers; http build has ${inHttp.length} (${inHttp.join('; ') || 'none'}); API base inlined: ${base.length > 0}`,
  )
  if (inHttp.length > 0 || inMock.length !== expected.length || base.length === 0) failed = true
}
if (failed) {
  console.error('FAILED: the http build must carry no mock code or fixtures (and the mock build must, as a control).')
  process.exit(1)
}
console.log('OK: http-mode builds carry no mock code and no fixtures.')
