import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, mainWindowOptions } from './window-options'

describe('main window security', () => {
  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(mainWindowOptions('/app/preload.js').webPreferences).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
  })

  it('is usable from a 1024×700 window up', () => {
    expect(mainWindowOptions('p')).toMatchObject({ minWidth: 1024, minHeight: 700 })
  })

  it('allows no inline or remote script', () => {
    expect(contentSecurityPolicy).toContain("script-src 'self'")
    expect(contentSecurityPolicy).not.toMatch(/unsafe-(inline|eval)/)
    expect(contentSecurityPolicy).toContain("object-src 'none'")
  })
})
