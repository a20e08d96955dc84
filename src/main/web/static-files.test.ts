import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readStaticFile } from './static-files'

const root = mkdtempSync(join(tmpdir(), 'spotter-static-'))
const dir = join(root, 'renderer')
mkdirSync(join(dir, 'assets'), { recursive: true })
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Spotter</title>')
writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)')
writeFileSync(join(dir, 'assets', 'pdf.worker.mjs'), 'export {}')
writeFileSync(join(root, 'secret.db'), 'private')
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('static files of browser mode', () => {
  it('serves the page for any screen path and assets with their type', () => {
    expect(readStaticFile(dir, '/?token=abc')?.contentType).toBe('text/html; charset=utf-8')
    expect(readStaticFile(dir, '/clients/12')?.body.toString()).toContain('<title>Spotter')
    expect(readStaticFile(dir, '/assets/app.js')?.contentType).toBe('text/javascript; charset=utf-8')
    expect(readStaticFile(dir, '/assets/pdf.worker.mjs')?.contentType).toBe('text/javascript; charset=utf-8')
  })

  it('never serves a file outside the renderer folder', () => {
    expect(readStaticFile(dir, '/../secret.db')).toBeUndefined()
    expect(readStaticFile(dir, '/%2e%2e/secret.db')).toBeUndefined()
    expect(readStaticFile(dir, '/assets/%E0%A4%A')).toBeUndefined()
    expect(readStaticFile(dir, '/missing.js')).toBeUndefined()
  })
})
