import type { Database } from 'better-sqlite3'
import { dateOfTimestamp } from '@shared/dates'
import type { Output } from '@shared/contract'
import type { SuggestedChangeView } from '@shared/operations/progress'
import { conflictingInjuries } from '@shared/training/injuries'
import { checkPrescription } from '@shared/training/prescription-rules'
import { phaseOn } from '@shared/training/phases'
import { suggestProgression, type ProgressionOptions } from '@shared/training/progression'
import { holdForTaper } from '@shared/training/taper'
import { listInjuries } from '../db/clients'
import {
  getPrescription,
  getProgramRow,
  programOfWorkout,
  setPrescriptionExercise,
  touchProgram
} from '../db/programs'
import * as store from '../db/progress'
import { activeProgramId } from '../db/week-plans'
import type { Handlers } from './handler-table'
import { ServiceError } from './errors'
import { checkClient, requireExercise } from './require'
import { phasePlanOf } from './phases'
import { readSettings } from './settings'

type SuggestionOperation = Extract<keyof Handlers, `suggestions.${string}`>

/** The client's prescription, or a not_found error naming the field. */
function requireClientPrescription(db: Database, clientId: number, prescriptionId: number) {
  checkClient(db, clientId)
  const prescription = getPrescription(db, prescriptionId)
  if (!prescription || store.prescriptionClientId(db, prescriptionId) !== clientId) {
    throw new ServiceError(
      'not_found',
      `No prescription with id ${prescriptionId} in this client's programs.`,
      'prescriptionId'
    )
  }
  return prescription
}

/**
 * Progression suggestions for the client's active program, from each prescription's latest
 * sessions with the exercise it holds now. A harder alternative is offered only when the client
 * can take it on: not archived, not loading an active injury, not already in the workout.
 */
export function listSuggestions(db: Database, clientId: number, today: string): Output<'suggestions.list'> {
  const settings = readSettings(db)
  const options: ProgressionOptions = { ...settings, today }
  const prescriptions = store.activePrescriptions(db, clientId)
  const injuries = listInjuries(db, clientId)
  const decisions = store.suggestionDecisions(
    db,
    prescriptions.map((p) => p.id)
  )
  const harderByExercise = new Map<number, store.HarderAlternative[]>()
  for (const alternative of store.harderAlternatives(db, [
    ...new Set(prescriptions.map((p) => p.exerciseId))
  ])) {
    const list = harderByExercise.get(alternative.exerciseId) ?? []
    list.push(alternative)
    harderByExercise.set(alternative.exerciseId, list)
  }
  const inWorkout = new Map<number, Set<number>>()
  for (const p of prescriptions) {
    const ids = inWorkout.get(p.workoutId) ?? new Set<number>()
    ids.add(p.exerciseId)
    inWorkout.set(p.workoutId, ids)
  }

  const list: Output<'suggestions.list'> = []
  for (const prescription of prescriptions) {
    const harder = (harderByExercise.get(prescription.exerciseId) ?? [])
      .filter(
        (alternative) =>
          !inWorkout.get(prescription.workoutId)?.has(alternative.alternativeId) &&
          conflictingInjuries(alternative.cautions, injuries).length === 0
      )
      .map((alternative) => ({ exerciseId: alternative.alternativeId, name: alternative.name }))
    const sessions = store.latestPrescriptionSessions(db, prescription.id, prescription.exerciseId, 2)
    const suggestion = suggestProgression({ ...prescription, harder }, sessions, options)
    if (!suggestion) continue
    // A decision about the same latest session keeps the suggestion away until a newer one is logged.
    if (decisions.get(prescription.id)?.sessionId === suggestion.basedOnSessionId) continue
    list.push({ ...suggestion, workoutName: prescription.workoutName })
  }
  // The taper holds loads: whatever the logs say, no increase until the race is run.
  const programId = activeProgramId(db, clientId)
  const program = programId === undefined ? undefined : getProgramRow(db, programId)
  const week = program ? phaseOn(phasePlanOf(db, program, today), today) : undefined
  return holdForTaper(list, week?.phase === 'taper')
}

/** Makes an accepted change to the prescription, checked as any edit of it would be. */
function applyChange(
  db: Database,
  prescription: NonNullable<ReturnType<typeof getPrescription>>,
  change: SuggestedChangeView
): void {
  const check = (patch: Partial<typeof prescription>): void => {
    const problem = checkPrescription({ ...prescription, ...patch })
    if (problem) {
      throw new ServiceError(
        'validation',
        `change.${problem.field}: ${problem.message}`,
        `change.${problem.field}`
      )
    }
  }
  switch (change.kind) {
    case 'load':
      store.setPrescriptionLoadKg(db, prescription.id, change.loadKg)
      return
    case 'exercise':
      requireExercise(db, change.exerciseId, 'change.exerciseId')
      setPrescriptionExercise(db, prescription.id, change.exerciseId)
      return
    case 'reps':
      check({ repsMin: change.repsMin, repsMax: change.repsMax })
      store.setPrescriptionReps(db, prescription.id, change.repsMin, change.repsMax)
      return
    case 'hold':
      check({ holdMinS: change.holdMinS, holdMaxS: change.holdMaxS })
      store.setPrescriptionHold(db, prescription.id, change.holdMinS, change.holdMaxS)
      return
    case 'sets':
      check({ setsMin: change.setsMin, setsMax: change.setsMax })
      store.setPrescriptionSets(db, prescription.id, change.setsMin, change.setsMax)
      return
  }
}

/** Handlers for progression suggestions: the list, and the trainer's accept or dismiss. */
export function suggestionHandlers(db: Database, now: () => string): Pick<Handlers, SuggestionOperation> {
  return {
    'suggestions.list': ({ clientId }) => {
      checkClient(db, clientId)
      return listSuggestions(db, clientId, dateOfTimestamp(now()))
    },
    'suggestions.accept': ({ clientId, prescriptionId, change }) =>
      db.transaction(() => {
        const prescription = requireClientPrescription(db, clientId, prescriptionId)
        // The session the suggestion came from, read before a swap changes the prescription's exercise.
        const latest = store.latestPrescriptionSessions(db, prescriptionId, prescription.exerciseId, 1)[0]
        applyChange(db, prescription, change)
        if (latest) {
          store.saveSuggestionDecision(
            db,
            {
              prescriptionId,
              sessionId: latest.sessionId,
              decision: 'accepted',
              loadKg: change.kind === 'load' ? change.loadKg : null
            },
            now()
          )
        }
        const programId = programOfWorkout(db, prescription.workoutId)
        if (programId !== undefined) touchProgram(db, programId, now())
        return getPrescription(db, prescriptionId) as NonNullable<ReturnType<typeof getPrescription>>
      })(),
    'suggestions.dismiss': ({ clientId, prescriptionId }) =>
      db.transaction(() => {
        const prescription = requireClientPrescription(db, clientId, prescriptionId)
        const latest = store.latestPrescriptionSessions(db, prescriptionId, prescription.exerciseId, 1)[0]
        if (!latest) {
          throw new ServiceError(
            'conflict',
            'Nothing has been logged for this prescription yet.',
            'prescriptionId'
          )
        }
        store.saveSuggestionDecision(
          db,
          { prescriptionId, sessionId: latest.sessionId, decision: 'dismissed', loadKg: null },
          now()
        )
        return { dismissed: true as const }
      })()
  }
}
