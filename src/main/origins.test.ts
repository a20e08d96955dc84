import { describe, expect, it } from 'vitest'
import { hasOrigin, isSafeExternalLink, originOf } from './origins'

describe('exact origins', () => {
  it('reads scheme, host and port, for custom schemes too', () => {
    expect(originOf('app://spotter/index.html#/clients')).toBe('app://spotter')
    expect(originOf('http://localhost:5173/')).toBe('http://localhost:5173')
    expect(originOf('HTTP://LocalHost:5173/x?y')).toBe('http://localhost:5173')
    expect(originOf('https://example.com:443/')).toBe('https://example.com')
  })

  it('gives no origin to opaque, unparsable or credentialled URLs', () => {
    for (const url of [
      'file:///app/index.html',
      'data:text/html,hi',
      'about:blank',
      'not a url',
      '',
      'http://localhost:5173@evil.com/',
      'app://user:pw@spotter/'
    ]) {
      expect(originOf(url)).toBeUndefined()
    }
  })

  it('matches the app and the dev server exactly, never by prefix', () => {
    expect(hasOrigin('app://spotter/index.html', 'app://spotter')).toBe(true)
    expect(hasOrigin('app://spotter.evil/index.html', 'app://spotter')).toBe(false)
    expect(hasOrigin('app://evil/spotter', 'app://spotter')).toBe(false)
    expect(hasOrigin('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(hasOrigin('http://localhost:5173.evil.com/', 'http://localhost:5173')).toBe(false)
    expect(hasOrigin('http://localhost:51730/', 'http://localhost:5173')).toBe(false)
    expect(hasOrigin('https://localhost:5173/', 'http://localhost:5173')).toBe(false)
    expect(hasOrigin('file:///work/out/renderer/index.html', 'app://spotter')).toBe(false)
  })

  it('lets only plain https links out to the browser', () => {
    expect(isSafeExternalLink('https://www.example.com/race')).toBe(true)
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'https://user@example.com/'
    ]) {
      expect(isSafeExternalLink(url)).toBe(false)
    }
  })
})
