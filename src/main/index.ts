import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, session, shell } from 'electron'
import { registerIpc } from './ipc'
import { AlreadyRunningError } from './store/instance-lock'
import { startAppHost } from './store/start-host'
import type { StoreHost } from './store/store-host'
import { contentSecurityPolicy, mainWindowOptions } from './window-options'

// electron-vite sets this in `npm run dev`; a built app loads its own files.
const devServerUrl = process.env.ELECTRON_RENDERER_URL
const rendererFile = join(__dirname, '../renderer/index.html')

let mainWindow: BrowserWindow | undefined

function isAppUrl(url: string): boolean {
  if (devServerUrl) return url.startsWith(devServerUrl)
  return url.split('#')[0]?.split('?')[0] === pathToFileURL(rendererFile).href
}

/** Only plain web links leave the app, and only to the system browser. */
function openExternalSafely(url: string): void {
  if (/^https:\/\/[^\s]+$/.test(url)) void shell.openExternal(url)
}

function createWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.js')))
  mainWindow = window
  window.on('ready-to-show', () => window.show())
  window.on('closed', () => (mainWindow = undefined))
  if (devServerUrl) void window.loadURL(devServerUrl)
  else void window.loadFile(rendererFile)
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] }
    })
  })
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      openExternalSafely(url)
      return { action: 'deny' }
    })
  })
}

/** The desktop save dialog, with the file filter for what is being saved. */
async function chooseSavePath(
  defaultName: string,
  kind: 'pdf' | 'json' | 'csv' = 'pdf'
): Promise<string | undefined> {
  const filters = {
    pdf: { name: 'PDF', extensions: ['pdf'] },
    json: { name: 'JSON', extensions: ['json'] },
    csv: { name: 'CSV', extensions: ['csv'] }
  }
  const options = {
    title: kind === 'pdf' ? 'Save handout' : 'Save export',
    defaultPath: join(app.getPath('documents'), defaultName),
    filters: [filters[kind]]
  }
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options)
  return result.canceled ? undefined : result.filePath
}

/**
 * Opens the data folder (lock, checks, backups, migrations) before any window; a second Spotter on
 * the same folder, desktop or browser mode, is told so in one line and quits.
 */
async function openHost(): Promise<StoreHost | undefined> {
  try {
    return await startAppHost(app.getPath('userData'), join(__dirname, 'job-worker.js'), {
      chooseSavePath,
      onQuit: () => app.quit()
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(message)
    dialog.showErrorBox(
      error instanceof AlreadyRunningError ? 'Spotter is already running' : 'Spotter could not open its data',
      message
    )
    app.exit(1)
    return undefined
  }
}

async function start(): Promise<void> {
  const host = await openHost()
  if (!host) return
  console.log(`Data: ${host.dataFile}`)
  hardenSessions()
  registerIpc(
    (name, input) => host.run(name, input),
    () => ({ contents: mainWindow?.webContents, isAppUrl })
  )
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
  app.on('will-quit', () => void host.close())
}

// Before anything reads userData, so the single-instance lock and the store share one folder.
if (process.env.SPOTTER_DATA_DIR) app.setPath('userData', process.env.SPOTTER_DATA_DIR)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  void app.whenReady().then(start)
}
