import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import { dispatchAsync } from '../dispatch'
import { openTestStore } from '../../../test/support/test-store'
import { defaultTimeouts, maxBodyBytes, startApiServer, type ApiServer } from './api-server'

/**
 * Attacks on browser mode's loopback server, each with the exact status it must answer. The
 * server runs the real dispatcher over a real store, and serves a renderer folder with
 * symlinks planted in it. The counts of cases are printed at the end.
 */

let api: ApiServer
let db: Database
let cleanupStore: () => void
const root = mkdtempSync(join(tmpdir(), 'spotter-attack-'))
const renderer = join(root, 'renderer')
let cases = 0

beforeAll(async () => {
  mkdirSync(join(renderer, 'assets'), { recursive: true })
  mkdirSync(join(root, 'outside'))
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Spotter</title>')
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, 'secret.db'), 'PRIVATE CLIENT DATA')
  writeFileSync(join(root, 'outside', 'secret.js'), 'PRIVATE CLIENT DATA')
  // Symlinks inside the served folder: two point out of it, one stays inside.
  symlinkSync(join(root, 'secret.db'), join(renderer, 'assets', 'leak.js'))
  symlinkSync(join(root, 'outside'), join(renderer, 'linked'))
  symlinkSync(join(renderer, 'assets', 'app.js'), join(renderer, 'assets', 'alias.js'))
  const store = openTestStore('2026-11-24T10:00:00.000Z')
  db = store.db
  cleanupStore = store.cleanup
  api = await startApiServer((name, input) => dispatchAsync(store.handlers, name, input), {
    staticDir: renderer,
    timeouts: { headersMs: 300, requestMs: 600, idleMs: 300, checkEveryMs: 100 }
  })
})

afterAll(async () => {
  await api.close()
  cleanupStore()
  rmSync(root, { recursive: true, force: true })
  console.log(`Transport attacks: ${cases} cases, each answered with its expected status.`)
})

interface Answer {
  status: number
  text: string
  headers: Record<string, unknown>
}

const port = (): number => (api.server.address() as AddressInfo).port
const host = (): string => `127.0.0.1:${port()}`

/** One raw HTTP request: any method, path, headers and bytes (fetch forbids setting Host). */
function call(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: port(), method, path, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString(), headers: res.headers })
      )
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** The headers of a good API call; each case spoils one thing. */
const good = (): Record<string, string> => ({
  host: host(),
  origin: api.url,
  'content-type': 'application/json',
  'x-spotter-token': api.token
})

async function expectStatus(answer: Promise<Answer>, status: number): Promise<Answer> {
  const got = await answer
  cases++
  expect(got.status, got.text).toBe(status)
  expect(got.text).not.toContain('PRIVATE')
  expect(Object.keys(got.headers).filter((h) => h.startsWith('access-control'))).toEqual([])
  return got
}

const post = (path: string, headers: Record<string, string>, body: string | Buffer = '{}'): Promise<Answer> =>
  call('POST', path, headers, body)

describe('the token', () => {
  it('answers 401 without it, with a wrong one, or with it in the wrong place', async () => {
    const { 'x-spotter-token': _token, ...noToken } = good()
    await expectStatus(post('/api/clients.list', noToken), 401)
    await expectStatus(post('/api/clients.list', { ...good(), 'x-spotter-token': 'wrong' }), 401)
    await expectStatus(post('/api/clients.list', { ...good(), 'x-spotter-token': `${api.token}x` }), 401)
    await expectStatus(post('/api/clients.list', { ...good(), 'x-spotter-token': '' }), 401)
    await expectStatus(post(`/api/clients.list?token=${api.token}`, noToken), 401)
    await expectStatus(post('/api/clients.list', { ...noToken, authorization: `Bearer ${api.token}` }), 401)
    await expectStatus(post('/api/clients.list', { ...noToken, cookie: `token=${api.token}` }), 401)
    await expectStatus(post('/api/clients.list', { ...noToken, 'x-spotter-token-': api.token }), 401)
    await expectStatus(post('/api/clients.list', good()), 200)
  })
})

describe('Host and Origin', () => {
  it('answers 403 to a forged Host (DNS rebinding), even with the right token', async () => {
    for (const forged of [
      'evil.example',
      'evil.example:80',
      `localhost:${port()}`,
      '127.0.0.1',
      `127.0.0.1:${port() + 1}`
    ]) {
      await expectStatus(post('/api/clients.list', { ...good(), host: forged }), 403)
      await expectStatus(call('GET', '/', { host: forged }), 403)
    }
  })

  it('answers 403 to a request with no Host at all', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port(), '127.0.0.1', () => socket.end('GET / HTTP/1.0\r\n\r\n'))
      let text = ''
      socket.on('data', (c) => (text += c.toString()))
      socket.on('close', () => resolve(text))
      socket.on('error', reject)
    })
    cases++
    expect(answer).toMatch(/^HTTP\/1\.[01] 403/)
  })

  it('answers 403 to a foreign Origin, including "null"', async () => {
    for (const origin of [
      'http://evil.example',
      'null',
      `http://localhost:${port()}`,
      `https://${host()}`,
      `${api.url}.evil.example`
    ]) {
      await expectStatus(post('/api/clients.list', { ...good(), origin }), 403)
    }
  })
})

describe('method, content type and body', () => {
  it('answers 405 to a wrong method, naming the right one', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const answer = await expectStatus(call(method, '/api/clients.list', good()), 405)
      expect(answer.headers.allow).toBe('POST')
    }
    expect((await expectStatus(call('DELETE', '/', { host: host() }), 405)).headers.allow).toBe('GET, HEAD')
  })

  it('answers 415 to anything but JSON, so a cross-site form cannot post', async () => {
    const { 'content-type': _type, ...noType } = good()
    await expectStatus(post('/api/clients.list', noType), 415)
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1'
    ]) {
      await expectStatus(post('/api/clients.list', { ...good(), 'content-type': type }), 415)
    }
    await expectStatus(
      post('/api/clients.list', { ...good(), 'content-type': 'application/json; charset=utf-8' }),
      200
    )
  })

  it('answers 413 to an oversized body', async () => {
    const answer = await expectStatus(post('/api/clients.create', good(), 'x'.repeat(maxBodyBytes + 1)), 413)
    expect(JSON.parse(answer.text)).toEqual({ error: 'The request body is larger than 1 MB.' })
  })

  it('answers 400 to malformed JSON and to bytes that are not UTF-8, in plain words', async () => {
    for (const body of ['{oops', '{"name": "Ann"', 'undefined', "{'name': 'x'}", '\u0000']) {
      const answer = await expectStatus(post('/api/clients.create', good(), body), 400)
      expect(JSON.parse(answer.text)).toEqual({ error: 'The request body is not valid JSON.' })
    }
    const invalid = [
      Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), // {"name":"ÿþ"} as raw bytes
      Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')]), // overlong "/"
      Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]), // an encoded surrogate
      Buffer.concat([Buffer.from('{"name":"Zo'), Buffer.from([0xc3]), Buffer.from('"}')]) // a cut-off "ë"
    ]
    for (const body of invalid) {
      const answer = await expectStatus(post('/api/clients.create', good(), body), 400)
      expect(JSON.parse(answer.text)).toEqual({ error: 'The request body is not valid UTF-8 text.' })
    }
    expect(db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(0)
  })

  it('passes a well-formed body with bad content to the contract, which refuses it with a field', async () => {
    const answer = await expectStatus(post('/api/clients.create', good(), '{"name":"Zo\\ud800"}'), 200)
    expect(JSON.parse(answer.text)).toMatchObject({ ok: false, error: { code: 'validation', field: 'name' } })
    const empty = await expectStatus(post('/api/settings.get', good(), ''), 200)
    expect(JSON.parse(empty.text)).toMatchObject({ ok: true })
    // Deep nesting within the size limit is parsed, then refused by the contract without recursing.
    const deep = `{"name":${'['.repeat(200_000)}${']'.repeat(200_000)}}`
    const nested = await expectStatus(post('/api/clients.create', good(), deep), 200)
    expect(JSON.parse(nested.text)).toMatchObject({ ok: false, error: { code: 'validation', field: 'name' } })
    const unknown = await expectStatus(post('/api/clients.explode', good()), 200)
    expect(JSON.parse(unknown.text)).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation', field: '' }
    })
    await expectStatus(post('/api/clients%20list', good()), 404)
    await expectStatus(post('/api/', good()), 404)
  })
})

describe('static files', () => {
  it('serves the page and its assets, and a symlink that stays inside', async () => {
    expect((await expectStatus(call('GET', '/clients/3', { host: host() }), 200)).text).toContain(
      '<title>Spotter'
    )
    expect((await expectStatus(call('GET', '/assets/alias.js', { host: host() }), 200)).text).toBe(
      'console.log(1)'
    )
    expect((await expectStatus(call('HEAD', '/assets/app.js', { host: host() }), 200)).text).toBe('')
    // A folder is no file: like any path without an extension, it opens the app.
    expect((await expectStatus(call('GET', '/assets', { host: host() }), 200)).text).toContain(
      '<title>Spotter'
    )
  })

  it('answers 404 to traversal, plain and encoded, and to symlinks out of the folder', async () => {
    for (const path of [
      '/../secret.db',
      '/assets/../../secret.db',
      '/%2e%2e/secret.db',
      '/%2E%2E%2Fsecret.db',
      '/assets/..%2f..%2fsecret.db',
      '/..%5csecret.db',
      '/%252e%252e/secret.db',
      '/assets/%2e%2e/%2e%2e/outside/secret.js',
      '/assets/app.js%00.png',
      '/assets/leak.js',
      '/linked/secret.js',
      '/assets/missing.js',
      '/%E0%A4%A.js'
    ]) {
      await expectStatus(call('GET', path, { host: host() }), 404)
    }
  })
})

describe('timeouts', () => {
  it('sets header, request and idle timeouts by default', async () => {
    const plain = await startApiServer(() => ({ ok: true, value: null }))
    expect(plain.server.headersTimeout).toBe(defaultTimeouts.headersMs)
    expect(plain.server.requestTimeout).toBe(defaultTimeouts.requestMs)
    expect(plain.server.keepAliveTimeout).toBe(defaultTimeouts.idleMs)
    await plain.close()
  })

  /** Opens a connection, sends `text`, and resolves with what came back once the server closed it. */
  const closedAfter = (text: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const socket = connect(port(), '127.0.0.1', () => socket.write(text))
      let answer = ''
      socket.on('data', (c) => (answer += c.toString()))
      socket.on('close', () => resolve(answer))
      socket.on('error', reject)
    })

  it('closes a connection whose headers never finish', { timeout: 20_000 }, async () => {
    const answer = await closedAfter(`POST /api/clients.list HTTP/1.1\r\nHost: ${host()}\r\n`)
    cases++
    expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true)
  })

  it('closes a connection whose body never finishes', { timeout: 20_000 }, async () => {
    const headers = Object.entries({ ...good(), 'content-length': '100' })
      .map(([k, v]) => `${k}: ${v}`)
      .join('\r\n')
    const answer = await closedAfter(`POST /api/clients.list HTTP/1.1\r\n${headers}\r\n\r\n{"stat`)
    cases++
    expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true)
  })

  it('closes an idle kept-alive connection after answering it', { timeout: 20_000 }, async () => {
    const answer = await closedAfter(`GET / HTTP/1.1\r\nHost: ${host()}\r\nConnection: keep-alive\r\n\r\n`)
    cases++
    expect(answer).toMatch(/^HTTP\/1\.1 200/)
  })
})

describe('concurrency', () => {
  it('answers many concurrent calls during writes with no error and no lost write', async () => {
    const before = db.prepare('SELECT count(*) FROM clients').pluck().get() as number
    const writes = Array.from({ length: 60 }, (_, i) =>
      post('/api/clients.create', good(), JSON.stringify({ name: `Runner ${i}`, tags: [`t${i}`] }))
    )
    const reads = Array.from({ length: 60 }, () => post('/api/clients.list', good(), '{"status":"all"}'))
    const answers = await Promise.all([...writes, ...reads])
    cases += answers.length
    for (const answer of answers) {
      expect(answer.status).toBe(200)
      expect(JSON.parse(answer.text)).toMatchObject({ ok: true })
    }
    const names = db.prepare('SELECT name FROM clients').pluck().all() as string[]
    expect(names).toHaveLength(before + 60)
    expect(new Set(names.filter((n) => n.startsWith('Runner '))).size).toBe(60)
  })
})
