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

/**
 * How long a slow or silent client may hold a connection, in milliseconds. Spotter's own page
 * sends small requests at once, so these only ever cut off something that is not the page.
 */
export interface ServerTimeouts {
  /** From connecting to the end of the request headers. */
  headersMs: number
  /** From connecting to the end of the whole request, body included. */
  requestMs: number
  /** A kept-alive connection with no request in flight. */
  idleMs: number
  /** How often Node checks the first two; lower only in tests. */
  checkEveryMs: number
}

export const defaultTimeouts: ServerTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  idleMs: 5_000,
  checkEveryMs: 1_000
}

export interface ApiServerOptions {
  /** 0 picks a free port. */
  port?: number
  /** The built renderer; when given, GET requests serve it (the page itself needs no token). */
  staticDir?: string
  timeouts?: Partial<ServerTimeouts>
}

/** A running browser-mode server. */
export interface ApiServer {
  server: Server
  url: string
  token: string
  close: () => Promise<void>
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const text = JSON.stringify(body)
  // No CORS headers on purpose: only pages served from this origin may call the API.
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers
  })
  res.end(text)
}

function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Why a body was refused, with the status it answers. */
class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

const tooLarge = (): BodyError =>
  new BodyError(413, `The request body is larger than ${maxBodyBytes / 1024 / 1024} MB.`)

/** The body as bytes, refusing one over the limit without keeping it (the client still gets its 413). */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBodyBytes) chunks.push(chunk)
    })
    req.on('end', () => (size > maxBodyBytes ? reject(tooLarge()) : resolve(Buffer.concat(chunks))))
    req.on('error', reject)
  })
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * The call's input: the body must be UTF-8 (a broken byte is refused, never turned into "�")
 * and JSON. An empty body means no input.
 */
function parseBody(bytes: Buffer): unknown {
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    throw new BodyError(400, 'The request body is not valid UTF-8 text.')
  }
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    throw new BodyError(400, 'The request body is not valid JSON.')
  }
}

const isJson = (contentType: string | undefined): boolean =>
  /^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(contentType ?? '')

function serveStatic(res: ServerResponse, dir: string, url: string, head: boolean): void {
  const file = readStaticFile(dir, url)
  if (!file) return send(res, 404, { error: 'Nothing here.' })
  res.writeHead(200, {
    'content-type': file.contentType,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache'
  })
  res.end(head ? undefined : file.body)
}

/**
 * Starts the browser-mode API on 127.0.0.1 only. Every call needs the per-launch token in the
 * `x-spotter-token` header (not the query string, not a cookie); Host must be this loopback
 * address (DNS rebinding) and Origin, when sent, must be this server's own (cross-site pages,
 * and "null" from sandboxed frames and files). Calls are `POST /api/<operation>` with a JSON
 * body of at most `maxBodyBytes`.
 *
 * Status codes: 403 foreign Host or Origin · 404 no such path · 405 wrong method · 401 missing
 * or wrong token · 415 not JSON content · 413 body too large · 400 body not UTF-8 or not JSON ·
 * 200 with a result (a refusal is a result too: `{ok: false, error}`).
 */
export async function startApiServer(
  dispatch: Dispatcher,
  options: ApiServerOptions = {}
): Promise<ApiServer> {
  const { port = 0, staticDir } = options
  const timeouts = { ...defaultTimeouts, ...options.timeouts }
  const token = randomBytes(24).toString('base64url')
  let origin = ''
  let host = ''

  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.idleMs,
      connectionsCheckingInterval: timeouts.checkEveryMs
    },
    (req, res) => {
      void (async () => {
        if (req.headers.host !== host)
          return send(res, 403, { error: 'This server only answers its own address.' })
        if (req.headers.origin !== undefined && req.headers.origin !== origin) {
          return send(res, 403, { error: 'Calls from other sites are refused.' })
        }
        let pathname: string
        try {
          pathname = new URL(req.url ?? '/', origin).pathname
        } catch {
          return send(res, 404, { error: 'Nothing here.' })
        }
        if (!pathname.startsWith('/api/')) {
          if (!staticDir) return send(res, 404, { error: 'Nothing here.' })
          if (req.method !== 'GET' && req.method !== 'HEAD') {
            return send(res, 405, { error: 'Pages are read with GET.' }, { allow: 'GET, HEAD' })
          }
          return serveStatic(res, staticDir, req.url ?? '/', req.method === 'HEAD')
        }
        const match = /^\/api\/([\w.]+)$/.exec(pathname)
        if (!match) return send(res, 404, { error: 'Nothing here.' })
        if (req.method !== 'POST')
          return send(res, 405, { error: 'Operations are called with POST.' }, { allow: 'POST' })
        if (!tokenMatches(req.headers['x-spotter-token'], token)) {
          return send(res, 401, { error: 'Missing or wrong access token.' })
        }
        if (!isJson(req.headers['content-type'])) {
          return send(res, 415, { error: 'Send the input as application/json.' })
        }
        let input: unknown
        try {
          input = parseBody(await readBody(req))
        } catch (error) {
          if (error instanceof BodyError) return send(res, error.status, { error: error.message })
          return send(res, 400, { error: 'The request body could not be read.' })
        }
        send(res, 200, await dispatch(match[1] as string, input))
      })()
    }
  )
  // No socket-wide inactivity timeout on top of these: a long handout must not be cut off while
  // the server itself is working on the answer.
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
