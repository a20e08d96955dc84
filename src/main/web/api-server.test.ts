import type { AddressInfo } from 'node:net'
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../dispatch'
import { createHandlers } from '../services'
import { openTestDatabase } from '../../../test/support/test-db'
import { startApiServer, maxBodyBytes, type ApiServer } from './api-server'

let api: ApiServer
let cleanup: () => void

beforeAll(async () => {
  const t = openTestDatabase()
  cleanup = t.cleanup
  const handlers = createHandlers(t.db)
  api = await startApiServer((name, input) => dispatch(handlers, name, input))
})
afterAll(async () => {
  await api.close()
  cleanup()
})

/** Raw HTTP so Host and Origin can be set freely (fetch forbids changing Host). */
function call(
  path: string,
  headers: Record<string, string>,
  body = '{}'
): Promise<{ status: number; json: unknown; headers: Record<string, unknown> }> {
  const port = (api.server.address() as AddressInfo).port
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers }
      },
      (res) => {
        let text = ''
        res.on('data', (c) => (text += c))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(text || 'null'), headers: res.headers })
        )
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

const good = (): Record<string, string> => ({ host: new URL(api.url).host, 'x-spotter-token': api.token })

describe('browser transport', () => {
  it('listens on loopback only', () => {
    expect((api.server.address() as AddressInfo).address).toBe('127.0.0.1')
  })

  it('serves an operation with the token, and sends no CORS headers', async () => {
    const res = await call(
      '/api/clients.create',
      { ...good(), origin: api.url },
      JSON.stringify({ name: 'Zoë' })
    )
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ ok: true, value: { name: 'Zoë' } })
    expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control'))).toEqual([])
  })

  it('answers 401 without the token or with a wrong one', async () => {
    const { host } = new URL(api.url)
    expect((await call('/api/clients.list', { host })).status).toBe(401)
    expect((await call('/api/clients.list', { host, 'x-spotter-token': 'nope' })).status).toBe(401)
  })

  it('answers 403 to a foreign Host or Origin', async () => {
    expect((await call('/api/clients.list', { ...good(), host: 'evil.example:80' })).status).toBe(403)
    expect((await call('/api/clients.list', { ...good(), origin: 'http://evil.example' })).status).toBe(403)
  })

  it('refuses a body over the limit and a body that is not JSON', async () => {
    expect((await call('/api/clients.create', good(), 'x'.repeat(maxBodyBytes + 10))).status).toBe(413)
    expect((await call('/api/clients.create', good(), '{oops')).status).toBe(400)
  })

  it('passes validation errors through as typed results', async () => {
    const res = await call('/api/clients.create', good(), JSON.stringify({ name: '' }))
    expect(res.json).toMatchObject({ ok: false, error: { code: 'validation', field: 'name' } })
  })
})
