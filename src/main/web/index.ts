import { join } from 'node:path'
import { resolveDataDir } from '../data-dir'
import { openStore } from '../open-store'
import { startApiServer } from './api-server'

/**
 * Browser mode: the same store and dispatcher as the desktop app, served to a browser on
 * 127.0.0.1. Used where no Electron runtime is installed, and by the e2e tests.
 */
async function main(): Promise<void> {
  const store = openStore(resolveDataDir())
  const port = Number(process.env.SPOTTER_PORT ?? 0)
  const api = await startApiServer(store.run, { port, staticDir: join(__dirname, '../renderer') })
  console.log(`Spotter is running in browser mode. Open: ${api.url}/?token=${api.token}`)
  console.log(`Data: ${store.dataFile}`)

  const stop = (): void => {
    void api.close().then(() => {
      store.db.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`Spotter could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
