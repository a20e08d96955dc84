import { describe, expect, it, vi } from 'vitest'

// No Electron runtime exists in unit tests; a stand-in BrowserWindow keeps the options it gets.
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(readonly options: Electron.BrowserWindowConstructorOptions) {}
  }
}))

const { createMainWindow } = await import('./main-window')
const options = (
  createMainWindow('/app/preload.js') as unknown as { options: Electron.BrowserWindowConstructorOptions }
).options

describe('main window security', () => {
  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick'
    })
  })

  it('is usable from a 1024×700 window up, and shows only once painted', () => {
    expect(options).toMatchObject({ minWidth: 1024, minHeight: 700, show: false })
  })
})
