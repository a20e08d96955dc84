import { latestVersion } from '../db/migrate'
import type { Handlers } from './handler-table'
import type { JobRunner } from '../jobs/job-runner'
import packageJson from '../../../package.json'

/** Facts about this install (shown in Settings) and the demo practice, written on a job thread. */
export function appHandlers(
  now: () => string,
  dataFile: string,
  jobs: JobRunner
): Pick<Handlers, 'app.info' | 'demo.load'> {
  return {
    'app.info': () => ({ dataFile, version: packageJson.version, schemaVersion: latestVersion }),
    'demo.load': async ({ clients }) => {
      const summary = await jobs.run('demo.load', { clients, now: now() }, { label: 'Loading demo data' })
      return { clients: summary.clients, sessions: summary.sessions, sets: summary.sets }
    }
  }
}
