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

/** What a newly added exercise starts with: the general guideline of 3 × 8–12 with 60–90 s rest. */
export function defaultPrescription(unilateral: boolean): PrescriptionBody {
  return {
    setsMin: 3,
    setsMax: 3,
    repsMin: 8,
    repsMax: 12,
    holdMinS: null,
    holdMaxS: null,
    load: { kind: 'none' },
    restMinS: 60,
    restMaxS: 90,
    tempo: '',
    perSide: unilateral,
    supersetGroup: null,
    notes: ''
  }
}
