import type { Database } from 'better-sqlite3'
import { generateDemo } from '../db/demo'
import { latestVersion } from '../db/migrate'
import type { Handlers } from '../dispatch'
import packageJson from '../../../package.json'

/** Facts about this install (shown in Settings) and the demo practice. */
export function appHandlers(
  db: Database,
  now: () => string,
  dataFile: string
): Pick<Handlers, 'app.info' | 'demo.load'> {
  return {
    'app.info': () => ({ dataFile, version: packageJson.version, schemaVersion: latestVersion }),
    'demo.load': ({ clients }) => {
      const stamp = now()
      const summary = generateDemo(db, { clients, today: stamp.slice(0, 10) }, stamp)
      return { clients: summary.clients, sessions: summary.sessions, sets: summary.sets }
    }
  }
}
