import { BrowserWindow } from 'electron'

/**
 * Opens Spotter's window. The options are written out in this one `new BrowserWindow({...})`
 * on purpose: the security gate (electronegativity) reads them here, so weakening any of them
 * fails `npm test`. The page gets no Node, runs sandboxed and isolated from the preload, whose
 * only export is `invoke`; middle-click cannot open windows.
 */
export function createMainWindow(preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Spotter',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true
    }
  })
}
