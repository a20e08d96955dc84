import { join } from 'node:path'
import { app, dialog, protocol, session, shell, type BrowserWindow } from 'electron'
import { appEntryUrl, appOrigin, appScheme, appSchemePrivileges, serveAppRequest } from './app-protocol'
import { registerIpc } from './ipc'
import { createMainWindow } from './main-window'
import { openStore, type Store } from './open-store'
import { hasOrigin, isSafeExternalLink, originOf } from './origins'

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

function start(): void {
  let store: Store
  try {
    store = openStore(app.getPath('userData'), {
      chooseSavePath: async (defaultName, kind) => {
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
    })
  } catch (error) {
    dialog.showErrorBox(
      'Spotter could not open its data',
      error instanceof Error ? error.message : String(error)
    )
    app.exit(1)
    return
  }
  console.log(`Data: ${store.dataFile}`)
  hardenSessions()
  protocol.handle(appScheme, (request) => serveAppRequest(rendererDir, request))
  registerIpc(store.run, () => mainWindow?.webContents, trustedOrigin)
  createWindow()
  app.on('activate', () => {
    if (!mainWindow) createWindow()
  })
  app.on('will-quit', () => store.db.close())
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
