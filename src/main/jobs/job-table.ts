import { copyIntoPlaceJob, createBackupJob, inspectFileJob } from '../services/data/backups'
import { exportClientJob } from '../services/data/client-export'
import { importClientsCsvJob, inspectClientsCsvJob } from '../services/data/clients-csv'
import { exportAllJob, importJob } from '../services/data/transfer'
import { importWorkoutsJob, inspectWorkoutsJob } from '../services/data/workout-import'
import { demoJob } from '../services/demo-job'
import { handoutLayoutJob } from '../services/handouts/layout-job'

/**
 * Every kind of long work, by name: what a job thread can be asked to run. Each function gets
 * plain data (it crosses threads) and a JobContext, opens the data file itself when it needs it,
 * and returns plain data.
 */
export const jobTable = {
  'handout.layout': handoutLayoutJob,
  'demo.load': demoJob,
  'backup.create': createBackupJob,
  'backup.inspect': inspectFileJob,
  'backup.putInPlace': copyIntoPlaceJob,
  'export.all': exportAllJob,
  'export.client': exportClientJob,
  'import.spotter': importJob,
  'clientsCsv.inspect': inspectClientsCsvJob,
  'clientsCsv.import': importClientsCsvJob,
  'logImport.inspect': inspectWorkoutsJob,
  'logImport.import': importWorkoutsJob
} as const

export type JobKind = keyof typeof jobTable
export type JobInput<K extends JobKind> = Parameters<(typeof jobTable)[K]>[0]
export type JobOutput<K extends JobKind> = Awaited<ReturnType<(typeof jobTable)[K]>>
