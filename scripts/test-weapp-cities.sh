#!/usr/bin/env bash
# The WeChat build of each other city (a mini program carries its build city only): builds it beside
# dist/weapp, runs the portals' smoke tests on it, and checks its
# main package size.
set -euo pipefail
cd "$(dirname "$0")/.."
for city in chengdu yinchuan; do
  out="dist/weapp-$city"
  TARO_APP_CITY=$city BUILD_OUTPUT_ROOT=$out npx taro build --type weapp >/dev/null
  WEAPP_CITY=$city WEAPP_DIST=$out npx jest --config test/weapp/jest.config.js services personal-lookup questions consultations matrix city search
  node -e "
    const fs = require('fs'), path = require('path')
    const dir = process.argv[1]
    const roots = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8')).subPackages.map((p) => p.root)
    const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)])
    const main = walk(dir).filter((f) => !roots.some((r) => path.relative(dir, f).startsWith(r + '/'))).reduce((s, f) => s + fs.statSync(f).size, 0)
    console.log('$city weapp main package: ' + (main / 1024).toFixed(1) + ' KB (budget 400 KB)')
    if (main > 400 * 1024) process.exit(1)
  " "$out"
done
