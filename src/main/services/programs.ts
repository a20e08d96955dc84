import type { Database } from 'better-sqlite3'
import type { Program, Workout } from '@shared/contract'
import type { PrescriptionBody } from '@shared/schemas/program'
import { checkPrescription, defaultPrescription, defaultRest } from '@shared/training/prescription-rules'
import { freeGroupToken } from '@shared/training/supersets'
import { dateOfTimestamp } from '@shared/dates'
import * as store from '../db/programs'
import { recordPlanWeekdays } from '../db/week-plans'
import type { Handlers } from './handler-table'
import { insertTemplateWorkouts, loadBuiltinLibrary } from './builtins'
import { checkDate } from './date-rules'
import { ServiceError } from './errors'
import { checkClient, deleted, found, requireExercise } from './require'

// Estimated maxes come from the logs, so the progress service answers that one.
type ProgramOperation = Exclude<
  Extract<
    keyof Handlers,
    | `programs.${string}`
    | `templates.${string}`
    | `workouts.${string}`
    | `prescriptions.${string}`
    | `maxes.${string}`
  >,
  'maxes.estimated'
>

const requireProgram = (db: Database, id: number, field = 'id'): store.StoredProgram =>
  found(store.getProgramRow(db, id), 'program', id, field)

const requireWorkout = (db: Database, id: number, field = 'id'): store.StoredWorkout =>
  found(store.getWorkout(db, id), 'workout', id, field)

const requirePrescription = (db: Database, id: number) =>
  found(store.getPrescription(db, id), 'prescription', id)

function validated(body: PrescriptionBody, prefix: string): PrescriptionBody {
  const problem = checkPrescription(body)
  if (problem) throw new ServiceError('validation', problem.message, `${prefix}${problem.field}`)
  return body
}

/** The whole program as the builder shows it: workouts in order with their prescriptions. */
export function readProgram(db: Database, id: number): Program {
  const program = requireProgram(db, id)
  const prescriptions = store.prescriptionsByWorkout(db, id)
  return {
    ...program,
    workouts: store.listWorkouts(db, id).map((w) => ({ ...w, prescriptions: prescriptions.get(w.id) ?? [] }))
  }
}

function readWorkout(db: Database, id: number): Workout {
  return { ...requireWorkout(db, id), prescriptions: store.listPrescriptions(db, id) }
}

/** Moves one id to a new index in an ordered list. */
function moved(ids: number[], id: number, position: number): number[] {
  const rest = ids.filter((other) => other !== id)
  rest.splice(Math.min(position, rest.length), 0, id)
  return rest
}

/** Handlers for programs, templates, their workouts and prescriptions, and clients' maxes. */
export function programHandlers(db: Database, now: () => string): Pick<Handlers, ProgramOperation> {
  const touch = (programId: number): void => store.touchProgram(db, programId, now())
  const touchWorkout = (workoutId: number): void => touch(store.programOfWorkout(db, workoutId) as number)
  const inTransaction = <T>(fn: () => T): T => db.transaction(fn)()
  // A deleted workout leaves the week plan it was placed in (a cascade): the plan's history keeps
  // what it asked for until today.
  const recordPlanOf = (clientId: number | null | undefined): void => {
    if (clientId !== null && clientId !== undefined) recordPlanWeekdays(db, clientId, dateOfTimestamp(now()))
  }

  return {
    'templates.list': () => store.listTemplates(db),
    'programs.listForClient': ({ clientId }) => {
      checkClient(db, clientId)
      return store.listClientPrograms(db, clientId)
    },
    'programs.get': ({ id }) => readProgram(db, id),
    'programs.create': ({ clientId, fromProgramId, ...fields }) =>
      inTransaction(() => {
        if (clientId !== null) checkClient(db, clientId)
        if (fromProgramId !== null) requireProgram(db, fromProgramId, 'fromProgramId')
        if (clientId === null && fields.status !== 'draft') {
          throw new ServiceError('validation', 'A template has no status', 'status')
        }
        checkDate(fields.startDate, 'program', 'startDate', now())
        // The previous active program is completed first: the store allows one active per client.
        if (clientId !== null && fields.status === 'active')
          store.completeOtherActivePrograms(db, clientId, 0, now())
        const id = store.insertProgram(
          db,
          { ...fields, clientId, builtinKey: null, sourceProgramId: fromProgramId },
          now()
        )
        if (fromProgramId !== null) store.copyWorkouts(db, fromProgramId, id)
        return readProgram(db, id)
      }),
    'programs.update': ({ id, patch }) =>
      inTransaction(() => {
        const program = requireProgram(db, id)
        const next = { ...program, ...patch }
        // A start stored before this rule (or long ago, by import) stays editable around it.
        if (patch.startDate !== program.startDate)
          checkDate(patch.startDate, 'program', 'patch.startDate', now())
        if (program.clientId === null && next.status !== 'draft') {
          throw new ServiceError('validation', 'A template has no status', 'patch.status')
        }
        if (program.clientId !== null && next.status === 'active') {
          store.completeOtherActivePrograms(db, program.clientId, id, now())
        }
        store.updateProgramFields(db, id, next, now())
        return readProgram(db, id)
      }),
    'programs.saveAsTemplate': ({ id, name }) =>
      inTransaction(() => {
        const program = requireProgram(db, id)
        const templateId = store.insertProgram(
          db,
          {
            ...program,
            name,
            clientId: null,
            builtinKey: null,
            startDate: null,
            status: 'draft',
            sourceProgramId: id
          },
          now()
        )
        store.copyWorkouts(db, id, templateId)
        return readProgram(db, templateId)
      }),
    'programs.delete': ({ id }) =>
      inTransaction(() => {
        const clientId = store.getProgramRow(db, id)?.clientId
        const result = deleted(store.deleteProgram(db, id), 'program', id)
        recordPlanOf(clientId)
        return result
      }),
    'templates.restoreBuiltin': ({ id }) =>
      inTransaction(() => {
        const program = requireProgram(db, id)
        const original = loadBuiltinLibrary().templates.find((t) => t.key === program.builtinKey)
        if (!original) throw new ServiceError('conflict', 'Only built-in templates can be restored.', 'id')
        store.deleteWorkoutsOf(db, id)
        insertTemplateWorkouts(db, id, original)
        store.updateProgramFields(
          db,
          id,
          {
            name: original.name,
            goal: original.goal,
            notes: original.notes,
            weeks: original.weeks,
            startDate: null,
            status: 'draft'
          },
          now()
        )
        return readProgram(db, id)
      }),

    'workouts.add': ({ programId, name }) =>
      inTransaction(() => {
        requireProgram(db, programId, 'programId')
        const id = store.insertWorkout(db, programId, name, store.listWorkouts(db, programId).length, '')
        touch(programId)
        return readWorkout(db, id)
      }),
    'workouts.update': ({ id, name, notes }) =>
      inTransaction(() => {
        const workout = requireWorkout(db, id)
        store.updateWorkout(db, id, name ?? workout.name, notes ?? workout.notes)
        touch(workout.programId)
        return readWorkout(db, id)
      }),
    'workouts.move': ({ id, position }) =>
      inTransaction(() => {
        const workout = requireWorkout(db, id)
        const ids = store.listWorkouts(db, workout.programId).map((w) => w.id)
        store.setWorkoutOrder(db, moved(ids, id, position))
        touch(workout.programId)
        return readProgram(db, workout.programId)
      }),
    'workouts.duplicate': ({ id }) =>
      inTransaction(() => {
        const workout = requireWorkout(db, id)
        const copyId = store.copyWorkout(
          db,
          id,
          workout.programId,
          workout.position + 1,
          `${workout.name} (copy)`
        )
        const ids = store.listWorkouts(db, workout.programId).map((w) => w.id)
        store.setWorkoutOrder(db, moved(ids, copyId, ids.indexOf(id) + 1))
        touch(workout.programId)
        return readWorkout(db, copyId)
      }),
    'workouts.delete': ({ id }) =>
      inTransaction(() => {
        const workout = requireWorkout(db, id)
        store.deleteWorkout(db, id)
        recordPlanOf(store.getProgramRow(db, workout.programId)?.clientId)
        store.setWorkoutOrder(
          db,
          store.listWorkouts(db, workout.programId).map((w) => w.id)
        )
        touch(workout.programId)
        return { deleted: true as const }
      }),

    'prescriptions.add': ({ workoutId, exerciseId, body }) =>
      inTransaction(() => {
        requireWorkout(db, workoutId, 'workoutId')
        const exercise = requireExercise(db, exerciseId, 'exerciseId')
        const siblings = store.listPrescriptions(db, workoutId)
        const full = validated(
          { ...defaultPrescription(exercise.unilateral), ...defaultRest(siblings), ...body },
          'body.'
        )
        const position = siblings.length
        const id = store.insertPrescription(db, workoutId, exerciseId, position, full)
        touchWorkout(workoutId)
        return requirePrescription(db, id)
      }),
    'prescriptions.update': ({ id, patch }) =>
      inTransaction(() => {
        const current = requirePrescription(db, id)
        store.updatePrescription(db, id, validated({ ...current, ...patch }, 'patch.'))
        touchWorkout(current.workoutId)
        return requirePrescription(db, id)
      }),
    'prescriptions.move': ({ id, position }) =>
      inTransaction(() => {
        const current = requirePrescription(db, id)
        const ids = store.listPrescriptions(db, current.workoutId).map((p) => p.id)
        store.setPrescriptionOrder(db, moved(ids, id, position))
        touchWorkout(current.workoutId)
        return readWorkout(db, current.workoutId)
      }),
    'prescriptions.swap': ({ id, exerciseId }) =>
      inTransaction(() => {
        const current = requirePrescription(db, id)
        requireExercise(db, exerciseId, 'exerciseId')
        store.setPrescriptionExercise(db, id, exerciseId)
        touchWorkout(current.workoutId)
        return requirePrescription(db, id)
      }),
    'prescriptions.delete': ({ id }) =>
      inTransaction(() => {
        const current = requirePrescription(db, id)
        store.deletePrescription(db, id)
        store.setPrescriptionOrder(
          db,
          store.listPrescriptions(db, current.workoutId).map((p) => p.id)
        )
        touchWorkout(current.workoutId)
        return current
      }),
    'prescriptions.restore': ({ workoutId, exerciseId, position, ...body }) =>
      inTransaction(() => {
        requireWorkout(db, workoutId, 'workoutId')
        requireExercise(db, exerciseId, 'exerciseId')
        const id = store.insertPrescription(db, workoutId, exerciseId, position, validated(body, ''))
        const ids = store.listPrescriptions(db, workoutId).map((p) => p.id)
        store.setPrescriptionOrder(db, moved(ids, id, position))
        touchWorkout(workoutId)
        return requirePrescription(db, id)
      }),
    'prescriptions.linkSuperset': ({ id, linked }) =>
      inTransaction(() => {
        const current = requirePrescription(db, id)
        const siblings = store.listPrescriptions(db, current.workoutId)
        const index = siblings.findIndex((p) => p.id === id)
        if (!linked) {
          store.setSupersetGroup(db, id, null)
        } else {
          const previous = siblings[index - 1]
          if (!previous) {
            throw new ServiceError(
              'validation',
              'The first exercise has nothing above it to pair with.',
              'id'
            )
          }
          const group = previous.supersetGroup ?? freeGroupToken(siblings)
          store.setSupersetGroup(db, previous.id, group)
          store.setSupersetGroup(db, id, group)
        }
        touchWorkout(current.workoutId)
        return readWorkout(db, current.workoutId)
      }),

    'maxes.list': ({ clientId }) => {
      checkClient(db, clientId)
      return store.listMaxes(db, clientId)
    },
    'maxes.set': ({ clientId, ...max }) => {
      checkClient(db, clientId)
      requireExercise(db, max.exerciseId, 'exerciseId')
      // A max is something the client lifted: not dated in the future.
      checkDate(max.setOn, 'done', 'setOn', now())
      store.upsertMax(db, clientId, max)
      return max
    },
    'maxes.delete': ({ clientId, exerciseId }) => {
      checkClient(db, clientId)
      if (!store.deleteMax(db, clientId, exerciseId)) {
        throw new ServiceError('not_found', 'No max recorded for that exercise.', 'exerciseId')
      }
      return { deleted: true as const }
    }
  }
}
