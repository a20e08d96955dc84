import type { Database } from 'better-sqlite3'
import { buildHandoutModel, handoutFileName } from '@shared/handout/build-model'
import { handoutOptionsFor, type HandoutModel, type HandoutOptions } from '@shared/handout/model'
import { localToday } from '@shared/dates'
import { listExercises } from '../../db/exercises'
import { listMaxes } from '../../db/programs'
import type { Handlers } from '../handler-table'
import { ServiceError } from '../errors'
import { requireClient } from '../require'
import { readProgram } from '../programs'
import { phasePlanOf } from '../phases'
import { estimatedMaxesOf } from '../progress'
import { readSettings } from '../settings'
import { readWeekPlan } from '../week-plans'
import type { JobRunner } from '../../jobs/job-runner'
import type { ChooseSavePath, SaveFileKind } from '../save-path'

/** The save dialog's words and filter for a handout. */
export const handoutFileKind: SaveFileKind = { title: 'Save handout', filterName: 'PDF', extension: 'pdf' }

/** Step one of a handout: its plain model, read from the store. */
export function handoutModel(
  db: Database,
  programId: number,
  options: HandoutOptions,
  today = localToday()
): HandoutModel {
  const program = readProgram(db, programId)
  if (program.clientId === null) {
    throw new ServiceError('validation', 'Handouts are printed from a client’s program.', 'programId')
  }
  const client = requireClient(db, program.clientId, 'programId')
  // The contract checked the options on their own; the log sheets' first week needs the program's length.
  const checked = handoutOptionsFor(program.weeks).safeParse(options)
  const issue = checked.success ? undefined : checked.error.issues[0]
  if (issue) throw new ServiceError('validation', issue.message, ['options', ...issue.path].join('.'))
  const unknown = options.workoutIds.find((id) => !program.workouts.some((w) => w.id === id))
  if (unknown !== undefined) {
    throw new ServiceError('validation', `Workout ${unknown} is not in this program.`, 'options.workoutIds')
  }
  return buildHandoutModel({
    program,
    client,
    settings: readSettings(db),
    exercises: new Map(listExercises(db, true).map((e) => [e.id, e])),
    maxes: new Map(listMaxes(db, client.id).map((m) => [m.exerciseId, m.kg])),
    estimatedMaxes: new Map(estimatedMaxesOf(db, client.id, today).map((m) => [m.exerciseId, m.kg])),
    weekPlan: readWeekPlan(db, client.id),
    phases: phasePlanOf(db, program, today),
    options,
    today
  })
}

/**
 * The model is read here, on the thread answering calls (a few indexed reads); the layout, the slow
 * part, runs as a job on a job thread, which also writes the file when the trainer chose one.
 */
export function handoutHandlers(
  db: Database,
  chooseSavePath: ChooseSavePath | undefined,
  jobs: JobRunner
): Pick<Handlers, 'handouts.preview' | 'handouts.export'> {
  const layOut = (model: HandoutModel, path?: string): Promise<{ pdf: Uint8Array | null; pages: number }> =>
    jobs.run('handout.layout', { model, path }, { label: `Handout for ${model.client}`, cancellable: !path })
  const base64 = (pdf: Uint8Array | null): string => Buffer.from(pdf ?? new Uint8Array()).toString('base64')
  return {
    'handouts.preview': async ({ programId, options }) => {
      const model = handoutModel(db, programId, options)
      const { pdf, pages } = await layOut(model)
      return { pdfBase64: base64(pdf), pages, fileName: handoutFileName(model.client, model.program) }
    },
    'handouts.export': async ({ programId, options }) => {
      const model = handoutModel(db, programId, options)
      const fileName = handoutFileName(model.client, model.program)
      if (!chooseSavePath) {
        const { pdf, pages } = await layOut(model)
        return { kind: 'download' as const, fileName, pdfBase64: base64(pdf), pages }
      }
      // The path comes from the main process's own dialog, never from the page.
      const path = await chooseSavePath(fileName, handoutFileKind)
      if (!path) return { kind: 'cancelled' as const }
      // A failed layout removes the half-written file (see handoutLayoutJob).
      const { pages } = await layOut(model, path)
      return { kind: 'saved' as const, path, pages }
    }
  }
}
