import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { appEntryUrl, resolveAppFile, serveAppRequest } from './app-protocol'
import { contentSecurityPolicy } from './content-security-policy'

// A built renderer in a temp folder, with a secret beside it and symlinks pointing out of it.
const base = realpathSync(mkdtempSync(join(tmpdir(), 'spotter-protocol-')))
const renderer = join(base, 'renderer')
mkdirSync(join(renderer, 'assets'), { recursive: true })
writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Spotter</title>')
writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)')
writeFileSync(join(base, 'secret.txt'), 'not for the page')
symlinkSync(join(base, 'secret.txt'), join(renderer, 'assets', 'link.txt'))
symlinkSync(base, join(renderer, 'outside'))
symlinkSync(renderer, join(base, 'renderer-link'))

afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('the app:// protocol', () => {
  it('serves files of the built renderer, and index.html for the app’s screens', async () => {
    expect(await resolveAppFile(renderer, appEntryUrl)).toBe(join(renderer, 'index.html'))
    expect(await resolveAppFile(renderer, 'app://spotter/')).toBe(join(renderer, 'index.html'))
    expect(await resolveAppFile(renderer, 'app://spotter/clients')).toBe(join(renderer, 'index.html'))
    expect(await resolveAppFile(renderer, 'app://spotter/index.html?x=1#/clients/3')).toBe(
      join(renderer, 'index.html')
    )
    expect(await resolveAppFile(renderer, 'app://spotter/assets/app.js')).toBe(
      join(renderer, 'assets', 'app.js')
    )
  })

  it('refuses traversal, encoded traversal, NUL and backslashes', async () => {
    for (const url of [
      'app://spotter/../secret.txt',
      'app://spotter/%2e%2e/secret.txt',
      'app://spotter/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://spotter/..%5C..%5Csecret.txt',
      'app://spotter/assets/app.js%00.html',
      'app://spotter/%E0%A4%A'
    ]) {
      expect(await resolveAppFile(renderer, url), url).toBeUndefined()
    }
  })

  it('refuses symlinks that lead out of the renderer', async () => {
    expect(await resolveAppFile(renderer, 'app://spotter/assets/link.txt')).toBeUndefined()
    expect(await resolveAppFile(renderer, 'app://spotter/outside/secret.txt')).toBeUndefined()
  })

  it('answers only its own origin, and only for files that exist', async () => {
    for (const url of [
      'app://evil/index.html',
      'app://spotter.evil/index.html',
      'app://user@spotter/index.html',
      'http://spotter/index.html',
      'file:///index.html',
      'app://spotter/assets/missing.js',
      'app://spotter/assets.js'
    ]) {
      expect(await resolveAppFile(renderer, url), url).toBeUndefined()
    }
  })

  it('sends the CSP header and a content type with every file', async () => {
    const response = await serveAppRequest(
      join(base, 'renderer-link'),
      new Request('app://spotter/assets/app.js')
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toBe('console.log(1)')
  })

  it('answers 404 for refused paths and 405 for anything but GET and HEAD', async () => {
    const refused = await serveAppRequest(renderer, new Request('app://spotter/assets/link.txt'))
    expect(refused.status).toBe(404)
    expect(await refused.text()).not.toContain('not for the page')
    const post = await serveAppRequest(renderer, new Request(appEntryUrl, { method: 'POST', body: 'x' }))
    expect(post.status).toBe(405)
    const head = await serveAppRequest(renderer, new Request(appEntryUrl, { method: 'HEAD' }))
    expect(head.status).toBe(200)
  })
})
