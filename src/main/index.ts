import { join } from 'node:path'
import { app, dialog, protocol, session, shell, type BrowserWindow } from 'electron'
import { appEntryUrl, appOrigin, appScheme, appSchemePrivileges, serveAppRequest } from './app-protocol'
import { registerIpc } from './ipc'
import { createMainWindow } from './main-window'
import { hasOrigin, isSafeExternalLink, originOf } from './origins'
import type { SaveFileKind } from './services/save-path'
import { AlreadyRunningError } from './store/instance-lock'
import { startAppHost } from './store/start-host'
import type { StoreHost } from './store/store-host'

// electron-vite sets this in `npm run dev`; a built app loads its own files from app://.
const devServerUrl = process.env.ELECTRON_RENDERER_URL
/** The one origin whose pages may stay in the window and call the store. */
const trustedOrigin = (devServerUrl && originOf(devServerUrl)) || appOrigin
const rendererDir = join(__dirname, '../renderer')

let mainWindow: BrowserWindow | undefined

function createWindow(): void {
  const window = createMainWindow(join(__dirname, '../preload/index.js'))
  mainWindow = window
  window.on('ready-to-show', () => window.show())
  window.on('closed', () => (mainWindow = undefined))
  void window.loadURL(devServerUrl ?? appEntryUrl)
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  app.on('web-contents-created', (_event, contents) => {
    const stayOnApp = (event: { preventDefault: () => void }, url: string): void => {
      if (!hasOrigin(url, trustedOrigin)) event.preventDefault()
    }
    contents.on('will-navigate', stayOnApp)
    contents.on('will-redirect', stayOnApp)
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      // Plain web links go to the system browser; nothing ever opens inside Spotter.
      if (isSafeExternalLink(url)) void shell.openExternal(url)
      return { action: 'deny' }
    })
  })
}

/** The desktop save dialog, with the words and file filter for what is being saved (a handout by default). */
async function chooseSavePath(defaultName: string, kind?: SaveFileKind): Promise<string | undefined> {
  const options = {
    title: kind?.title ?? 'Save handout',
    defaultPath: join(app.getPath('documents'), defaultName),
    filters: [{ name: kind?.filterName ?? 'PDF', extensions: [kind?.extension ?? 'pdf'] }]
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
  protocol.handle(appScheme, (request) => serveAppRequest(rendererDir, request))
  registerIpc(
    (name, input) => host.run(name, input),
    () => mainWindow?.webContents,
    trustedOrigin
  )
  createWindow()
  app.on('activate', () => {
    if (!mainWindow) createWindow()
  })
  app.on('will-quit', () => void host.close())
}

// Before the app is ready: app:// must be a standard, secure scheme for the page's origin and CSP.
protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }])

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
