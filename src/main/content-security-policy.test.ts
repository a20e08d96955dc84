import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  contentSecurityPolicy,
  developmentContentSecurityPolicy,
  metaContentSecurityPolicy
} from './content-security-policy'

describe('the Content-Security-Policy', () => {
  it('allows no inline or remote script', () => {
    expect(contentSecurityPolicy).toContain("script-src 'self'")
    expect(contentSecurityPolicy).not.toMatch(/unsafe-(inline|eval)|https?:|\*/)
    expect(contentSecurityPolicy).toContain("object-src 'none'")
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'")
  })

  it('is also written as a <meta> in index.html, the same but for frame-ancestors', () => {
    const html = readFileSync(join(__dirname, '../renderer/index.html'), 'utf8')
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(metaContentSecurityPolicy)
    expect(metaContentSecurityPolicy).toBe(contentSecurityPolicy.replace("; frame-ancestors 'none'", ''))
  })

  it('loosens only what the dev server needs, and only on localhost', () => {
    expect(developmentContentSecurityPolicy).toContain("script-src 'self' 'unsafe-inline'")
    expect(developmentContentSecurityPolicy).toContain("connect-src 'self' ws://localhost:*")
    expect(developmentContentSecurityPolicy).not.toContain('unsafe-eval')
  })
})
