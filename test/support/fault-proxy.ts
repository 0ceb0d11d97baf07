import type { Faults } from '../../src/services/mock/mock-runtime'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** The status a fault answers with, as test/support/contract-server.ts answers the mock's faults. */
const STATUS = { 'not-found': 404, network: 502, timeout: 504, server: 500, 'invalid-response': 502 } as const

/**
 * A proxy in front of a real server that applies the test's faults to each request, the way the mock
 * applies them to each call: a fault before the server acted answers at once; `afterAnswer` forwards
 * the request (the server acts) and then loses the answer.
 */
export async function startFaultProxy(target: string, faults: Faults) {
  const sockets = new Set<import('node:net').Socket>()
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      void (async () => {
        const { error, afterAnswer, extraDelayMs } = faults.take()
        if (extraDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, extraDelayMs))
        const fail = () => {
          res.writeHead(error?.status ?? STATUS[error!.kind], { 'Content-Type': 'application/json' })
          res.end(JSON.stringify({ error: { code: error!.kind, message: error!.message } }))
        }
        if (error && !afterAnswer) return fail()
        const headers = Object.fromEntries(
          Object.entries(req.headers).filter(
            (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'host',
          ),
        )
        const body = chunks.length ? Buffer.concat(chunks) : undefined
        const answer = await fetch(`${target}${req.url}`, { method: req.method, headers, body })
        const bytes = Buffer.from(await answer.arrayBuffer())
        if (error) return fail()
        res.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'application/json' })
        res.end(bytes)
      })().catch((e: unknown) => {
        res.writeHead(502)
        res.end(String(e))
      })
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy())
        server.close(() => resolve())
      }),
  }
}
