#!/usr/bin/env node
/**
 * Serves the production H5 build for staff previews and the browser suite:
 *   node scripts/serve-h5.mjs [--dir dist/h5] [--port 8080] [--host 127.0.0.1]
 * Hashed assets get a year's cache; index.html none. A precompressed .br/.gz sibling is sent when the
 * browser accepts it; paths without an extension fall back to index.html (the app routes itself).
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

export function startH5Server({ dir = 'dist/h5', port = 0, host = '127.0.0.1' } = {}) {
  const root = path.resolve(dir)
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`No H5 build in ${root}: run npm run build:h5 first.`)

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    let file = path.join(root, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''))
    if (!file.startsWith(root)) {
      res.writeHead(403).end()
      return
    }
    const isFile = existsSync(file) && statSync(file).isFile()
    if (!isFile) {
      if (path.extname(file)) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
        return
      }
      file = path.join(root, 'index.html')
    }
    const ext = path.extname(file)
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control':
        ext === '.html'
          ? 'no-cache'
          : /\.[0-9a-f]{8}\./.test(file)
            ? 'public, max-age=31536000, immutable'
            : 'public, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
    }
    const accepts = String(req.headers['accept-encoding'] ?? '')
    for (const [encoding, suffix] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ]) {
      if (accepts.includes(encoding) && existsSync(file + suffix)) {
        headers['Content-Encoding'] = encoding
        file += suffix
        break
      }
    }
    headers['Content-Length'] = statSync(file).size
    res.writeHead(200, headers)
    if (req.method === 'HEAD') res.end()
    else createReadStream(file).pipe(res)
  })

  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address()
      resolve({ url: `http://${host}:${actual}`, close: () => new Promise((done) => server.close(done)) })
    })
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`)
    return i > 0 ? process.argv[i + 1] : fallback
  }
  const { url } = await startH5Server({
    dir: arg('dir', 'dist/h5'),
    port: Number(arg('port', 8080)),
    host: arg('host', '127.0.0.1'),
  })
  console.log(`H5 build served at ${url}`)
}
