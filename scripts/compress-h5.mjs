#!/usr/bin/env node
/**
 * Writes .gz and .br siblings of every text asset in an H5 build, so scripts/serve-h5.mjs (or any
 * static server configured for precompressed files) sends them without compressing per request.
 *   node scripts/compress-h5.mjs [dir]   (default dist/h5)
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const dir = path.resolve(process.argv[2] ?? 'dist/h5')
const COMPRESSIBLE = /\.(js|css|html|json|svg|txt)$/
let files = 0
let raw = 0
let brotli = 0

function walk(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) walk(full)
    else if (COMPRESSIBLE.test(entry.name)) {
      const bytes = fs.readFileSync(full)
      const br = zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
      fs.writeFileSync(`${full}.br`, br)
      fs.writeFileSync(`${full}.gz`, zlib.gzipSync(bytes, { level: 9 }))
      files += 1
      raw += bytes.length
      brotli += br.length
    }
  }
}

walk(dir)
console.log(
  `Compressed ${files} files in ${path.relative(process.cwd(), dir) || '.'}: ${(raw / 1024).toFixed(1)} KB → ${(brotli / 1024).toFixed(1)} KB brotli`,
)
