import type { PrescriptionBody } from '../schemas/program'

/**
 * Rules across fields that a single field's schema cannot see: a range must not run backwards,
 * and an exercise is done for reps or held for time. Returns the field to blame and why.
 */
export function checkPrescription(
  body: PrescriptionBody
): { field: keyof PrescriptionBody; message: string } | undefined {
  if (body.setsMin > body.setsMax)
    return { field: 'setsMax', message: 'The most sets can’t be fewer than the least' }
  const hasReps = body.repsMin !== null || body.repsMax !== null
  const hasHold = body.holdMinS !== null || body.holdMaxS !== null
  if (!hasReps && !hasHold) return { field: 'repsMin', message: 'Give a rep range or a hold time' }
  if (hasReps && hasHold) return { field: 'holdMinS', message: 'Give reps or a hold time, not both' }
  if (body.repsMin !== null && body.repsMax !== null && body.repsMin > body.repsMax) {
    return { field: 'repsMax', message: 'The most reps can’t be fewer than the least' }
  }
  if (body.holdMinS !== null && body.holdMaxS !== null && body.holdMinS > body.holdMaxS) {
    return { field: 'holdMaxS', message: 'The longest hold can’t be shorter than the shortest' }
  }
  if (body.restMinS !== null && body.restMaxS !== null && body.restMinS > body.restMaxS) {
    return { field: 'restMaxS', message: 'The longest rest can’t be shorter than the shortest' }
  }
  return undefined
}

/** Rest between sets for runners' strength work when nothing else says otherwise: 30–60 s. */
export const runnerRest = { restMinS: 30, restMaxS: 60 } as const

/**
 * The rest a newly added exercise starts with: the rest of the workout's last exercise that has
 * one (the trainer's rhythm for this workout), else the runner guideline.
 */
export function defaultRest(
  workout: ReadonlyArray<Pick<PrescriptionBody, 'restMinS' | 'restMaxS'>>
): Pick<PrescriptionBody, 'restMinS' | 'restMaxS'> {
  const previous = [...workout].reverse().find((p) => p.restMinS !== null || p.restMaxS !== null)
  return previous ? { restMinS: previous.restMinS, restMaxS: previous.restMaxS } : { ...runnerRest }
}

/** What a newly added exercise starts with: the general guideline of 3 × 8–12, with the runner rest of 30–60 s. */
export function defaultPrescription(unilateral: boolean): PrescriptionBody {
  return {
    setsMin: 3,
    setsMax: 3,
    repsMin: 8,
    repsMax: 12,
    holdMinS: null,
    holdMaxS: null,
    load: { kind: 'none' },
    ...runnerRest,
    tempo: '',
    perSide: unilateral,
    supersetGroup: null,
    notes: ''
  }
}
