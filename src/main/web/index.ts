import { join } from 'node:path'
import { resolveDataDir } from '../data-dir'
import { AlreadyRunningError } from '../store/instance-lock'
import { startAppHost } from '../store/start-host'
import type { StoreHost } from '../store/store-host'
import { startApiServer, type ApiServer } from './api-server'

/**
 * Browser mode: the same store and dispatcher as the desktop app, served to a browser on
 * 127.0.0.1. Used where no Electron runtime is installed, and by the e2e tests.
 */
async function main(): Promise<void> {
  const running: { api?: ApiServer; host?: StoreHost } = {}
  const stop = (): void => {
    void (running.api?.close() ?? Promise.resolve())
      .then(() => running.host?.close())
      .finally(() => process.exit(0))
  }
  let host: StoreHost
  try {
    // The data folder's lock comes first: a second Spotter on it says so in one line and exits.
    host = await startAppHost(resolveDataDir(), join(__dirname, 'job-worker.js'), {
      onQuit: () => setTimeout(stop, 100)
    })
  } catch (error) {
    if (error instanceof AlreadyRunningError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
  running.host = host
  const port = Number(process.env.SPOTTER_PORT ?? 0)
  const api = await startApiServer((name, input) => host.run(name, input), {
    port,
    staticDir: join(__dirname, '../renderer')
  })
  running.api = api
  console.log(`Spotter is running in browser mode. Open: ${api.url}/?token=${api.token}`)
  console.log(`Data: ${host.dataFile}`)
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`Spotter could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
