#!/usr/bin/env node
/**
 * npm run test:e2e — the browser suite. Builds dist/h5 first unless it exists (E2E_REBUILD=1 forces a
 * build), then runs test/e2e/*.test.mjs with Node's test runner. Screenshots land in artifacts/e2e/.
 * test/e2e/http-mode.test.mjs makes its own HTTP-mode build (dist/e2e-http/h5) on every run, because
 * the reference server's port, picked then, is compiled into it.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
if (process.env.E2E_REBUILD === '1' || !fs.existsSync(path.join(root, 'dist/h5/index.html'))) {
  execFileSync('npm', ['run', 'build:h5'], { cwd: root, stdio: 'inherit' })
}
const files = fs
  .readdirSync(path.join(root, 'test/e2e'))
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => path.join('test/e2e', f))
execFileSync(process.execPath, ['--test', '--test-concurrency=1', ...files], { cwd: root, stdio: 'inherit' })
