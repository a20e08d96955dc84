import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Result } from '@shared/contract'
import { contentSecurityPolicy } from '../content-security-policy'
import { readStaticFile } from './static-files'

/** The largest JSON body an API call may send; bigger ones are refused before parsing. */
export const maxBodyBytes = 1024 * 1024

/** Runs one operation; the dispatcher bound to its handlers. */
export type Dispatcher = (name: string, input: unknown) => Result<unknown> | Promise<Result<unknown>>

export interface ApiServerOptions {
  /** 0 picks a free port. */
  port?: number
  /** The built renderer; when given, GET requests serve it (the page itself needs no token). */
  staticDir?: string
}

/** A running browser-mode server. */
export interface ApiServer {
  server: Server
  url: string
  token: string
  close: () => Promise<void>
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  // No CORS headers on purpose: only pages served from this origin may call the API.
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(text)
}

function tokenMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    // Drain an oversized body without keeping it, so the client still gets its 413 answer.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBodyBytes) chunks.push(chunk)
    })
    req.on('end', () =>
      size > maxBodyBytes ? reject(new Error('too_large')) : resolve(Buffer.concat(chunks).toString('utf8'))
    )
    req.on('error', reject)
  })
}

function serveStatic(res: ServerResponse, dir: string, url: string): void {
  const file = readStaticFile(dir, url)
  if (!file) return send(res, 404, { error: 'Not found.' })
  res.writeHead(200, {
    'content-type': file.contentType,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache'
  })
  res.end(file.body)
}

/**
 * Starts the browser-mode API on 127.0.0.1 only. Every call needs the per-launch token in the
 * `x-spotter-token` header; Host must be this loopback address (DNS rebinding) and Origin, when
 * sent, must be this server's own (cross-site pages).
 */
export async function startApiServer(
  dispatch: Dispatcher,
  options: ApiServerOptions = {}
): Promise<ApiServer> {
  const { port = 0, staticDir } = options
  const token = randomBytes(24).toString('base64url')
  let origin = ''
  let host = ''

  const server = createServer((req, res) => {
    void (async () => {
      if (req.headers.host !== host) return send(res, 403, { error: 'Forbidden host.' })
      if (req.headers.origin !== undefined && req.headers.origin !== origin) {
        return send(res, 403, { error: 'Forbidden origin.' })
      }
      if (req.method === 'GET' && staticDir) return serveStatic(res, staticDir, req.url ?? '/')
      const match = /^\/api\/([\w.]+)$/.exec(req.url ?? '')
      if (!match || req.method !== 'POST') return send(res, 404, { error: 'Not found.' })
      if (!tokenMatches(req.headers['x-spotter-token'] as string | undefined, token)) {
        return send(res, 401, { error: 'Missing or wrong token.' })
      }
      let input: unknown
      try {
        const body = await readBody(req)
        input = body === '' ? {} : JSON.parse(body)
      } catch (error) {
        const tooLarge = error instanceof Error && error.message === 'too_large'
        return send(res, tooLarge ? 413 : 400, { error: tooLarge ? 'Body too large.' : 'Body is not JSON.' })
      }
      send(res, 200, await dispatch(match[1] as string, input))
    })()
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const address = server.address() as AddressInfo
  host = `127.0.0.1:${address.port}`
  origin = `http://${host}`
  return {
    server,
    url: origin,
    token,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
