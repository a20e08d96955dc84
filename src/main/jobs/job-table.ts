/**
 * Every kind of long work, by name: what a job thread can be asked to run. Each function gets
 * plain data (it crosses threads) and a JobContext, opens the data file itself when it needs it,
 * and returns plain data.
 *
 * Each kind is loaded on first use: a worker asked for a backup or the demo practice never loads
 * pdfkit, which alone takes longer to load than a small practice takes to back up.
 */
export const jobTable = {
  'handout.layout': () => import('../services/handouts/layout-job').then((m) => m.handoutLayoutJob),
  'demo.load': () => import('../services/demo-job').then((m) => m.demoJob),
  'backup.create': () => import('../services/data/backups').then((m) => m.createBackupJob),
  'backup.inspect': () => import('../services/data/backups').then((m) => m.inspectFileJob),
  'backup.putInPlace': () => import('../services/data/backups').then((m) => m.copyIntoPlaceJob),
  'export.all': () => import('../services/data/transfer').then((m) => m.exportAllJob),
  'export.client': () => import('../services/data/client-export').then((m) => m.exportClientJob),
  'import.spotter': () => import('../services/data/transfer').then((m) => m.importJob),
  'clientsCsv.inspect': () => import('../services/data/clients-csv').then((m) => m.inspectClientsCsvJob),
  'clientsCsv.import': () => import('../services/data/clients-csv').then((m) => m.importClientsCsvJob),
  'logImport.inspect': () => import('../services/data/workout-import').then((m) => m.inspectWorkoutsJob),
  'logImport.import': () => import('../services/data/workout-import').then((m) => m.importWorkoutsJob)
} as const

export type JobKind = keyof typeof jobTable
type JobFunction<K extends JobKind> = Awaited<ReturnType<(typeof jobTable)[K]>>
export type JobInput<K extends JobKind> = Parameters<JobFunction<K>>[0]
export type JobOutput<K extends JobKind> = Awaited<ReturnType<JobFunction<K>>>

/** The function for a kind of job, loaded if this thread has not needed it yet. */
export async function loadJob(kind: JobKind): Promise<(input: unknown, ctx: never) => unknown> {
  return (await jobTable[kind]()) as unknown as (input: unknown, ctx: never) => unknown
}
