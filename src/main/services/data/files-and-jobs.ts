import type { Handlers } from '../handler-table'
import type { JobRunner } from '../../jobs/job-runner'
import type { FileStaging } from '../../store/file-staging'
import { ServiceError } from '../errors'

/** Files sent from the window in pieces, and downloads read back in pieces. */
export function fileHandlers(staging: FileStaging): Pick<Handlers, 'files.begin' | 'files.append'> {
  return {
    'files.begin': ({ name, size }) => ({ uploadId: staging.begin(name, size) }),
    'files.append': ({ uploadId, offset, base64 }) => ({ received: staging.append(uploadId, offset, base64) })
  }
}

/** The long jobs under way, and stopping one. */
export function jobHandlers(jobs: JobRunner): Pick<Handlers, 'jobs.list' | 'jobs.cancel'> {
  return {
    'jobs.list': () => jobs.list(),
    'jobs.cancel': ({ id }) => {
      // A job that finished meanwhile answers "not cancelled"; an id never given out is unknown.
      if (!jobs.issued(id)) throw new ServiceError('not_found', 'There is no such job.', 'id')
      return { cancelled: jobs.cancel(id) }
    }
  }
}
