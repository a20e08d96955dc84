import type { PrescriptionBody } from '../schemas/program'

/** Seconds per rep when no tempo is given: a controlled lift, about three seconds. */
const defaultRepSeconds = 3
/** Setting up the next exercise: moving, loading, getting into position. */
const setupSeconds = 45

const mid = (min: number | null, max: number | null, fallback: number): number =>
  min === null && max === null ? fallback : ((min ?? max ?? fallback) + (max ?? min ?? fallback)) / 2

/** Seconds of one rep from a four-digit tempo such as 3010 (X, explosive, counts as one). */
export function repSeconds(tempo: string): number {
  if (!/^[0-9X]{4}$/.test(tempo)) return defaultRepSeconds
  return (
    [...tempo].reduce((total, digit) => total + (digit === 'X' ? 1 : Number(digit)), 0) || defaultRepSeconds
  )
}

type Timed = Pick<
  PrescriptionBody,
  | 'setsMin'
  | 'setsMax'
  | 'repsMin'
  | 'repsMax'
  | 'holdMinS'
  | 'holdMaxS'
  | 'restMinS'
  | 'restMaxS'
  | 'tempo'
  | 'perSide'
> & { supersetGroup: string | null }

/**
 * Estimated minutes of a workout: for each exercise, its sets of work (reps × tempo, or the
 * hold) on each side, the rest between sets, and a setup. Exercises in a superset are done back
 * to back, so only the last of the block rests.
 */
export function estimateWorkoutSeconds(items: readonly Timed[]): number {
  let total = 0
  items.forEach((item, i) => {
    const sets = mid(item.setsMin, item.setsMax, 3)
    const work =
      item.holdMinS !== null || item.holdMaxS !== null
        ? mid(item.holdMinS, item.holdMaxS, 30)
        : mid(item.repsMin, item.repsMax, 10) * repSeconds(item.tempo)
    const sides = item.perSide ? 2 : 1
    const next = items[i + 1]
    const restsHere = !(item.supersetGroup !== null && next?.supersetGroup === item.supersetGroup)
    const rest = restsHere ? mid(item.restMinS, item.restMaxS, 60) : 0
    total += sets * work * sides + Math.max(0, sets - 1) * rest + setupSeconds
  })
  return Math.round(total)
}
