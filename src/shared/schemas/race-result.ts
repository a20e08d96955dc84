import { resultRefusal, type ResultRefusal } from '../training/race-prediction'
import { formatDuration } from '../units'
import { z } from '../zod'

/** A day in seconds: a result slower than this is not a race the formulas can read. */
export const longestResultS = 24 * 3600

/** The longest distance a result may have, in metres. */
const longestResultM = 1_000_000

/**
 * Why the tools refuse a result, in words, keyed by the field to correct: a sprint names the
 * distance; a speed no runner reaches (or only a walker's) names the time, since a mistyped time
 * is the likelier slip, and says which time over this distance would be accepted.
 */
export function refusalMessage(refusal: ResultRefusal): { field: 'distanceM' | 'timeS'; message: string } {
  switch (refusal.reason) {
    case 'too-short':
      return {
        field: 'distanceM',
        message: `Distance: at least ${refusal.minDistanceM} m; shorter races are sprints, which VDOT does not model`
      }
    case 'too-fast':
      return {
        field: 'timeS',
        message:
          `Time: faster than the world record for this distance (VDOT ${refusal.vdot.toFixed(1)}, ` +
          `above the limit of ${refusal.limit}). The fastest time accepted here is ${formatDuration(refusal.fastestS)}.`
      }
    case 'too-slow':
      return {
        field: 'timeS',
        message:
          `Time: about walking pace or slower, which the formulas do not model (VDOT ${refusal.vdot.toFixed(1)}, ` +
          `below the limit of ${refusal.limit}). The slowest time accepted here is ${formatDuration(refusal.slowestS)}.`
      }
  }
}

/**
 * A recent result the runner tools predict from, with Riegel's exponent; messages name the field.
 * A result outside `resultBounds` (race-prediction.ts) is refused, so nothing is computed from it.
 */
export const raceResultSchema = z
  .strictObject({
    distanceM: z
      .number({ error: 'Distance: enter a number' })
      .positive('Distance: enter a distance above zero')
      .max(longestResultM, 'Distance: at most 1000 km'),
    timeS: z
      .number({ error: 'Time: enter a time as h:mm:ss' })
      .positive('Time: enter a time above zero')
      .max(longestResultS, 'Time: a result must be 24 hours or less'),
    exponent: z
      .number({ error: 'Riegel exponent: enter a number' })
      .min(1, 'Riegel exponent: between 1.00 and 1.20')
      .max(1.2, 'Riegel exponent: between 1.00 and 1.20')
  })
  .superRefine(({ distanceM, timeS }, ctx) => {
    // Only a distance and a time that passed their own checks can be judged together.
    const distanceRead = distanceM > 0 && distanceM <= longestResultM
    if (!distanceRead || !(timeS > 0 && timeS <= longestResultS)) return
    const refusal = resultRefusal(distanceM, timeS)
    if (!refusal) return
    const { field, message } = refusalMessage(refusal)
    ctx.addIssue({ code: 'custom', path: [field], message, input: { distanceM, timeS } })
  })

export type RaceResult = z.output<typeof raceResultSchema>

/**
 * Reads a result's typed time ("41:21", "3:10:49", or "45" for minutes) into seconds, or says
 * what is wrong with it in words naming the field: a negative time, seconds or minutes of 60 or
 * more ("99:99"), a time of zero, or text that is not a time.
 */
export function readResultTime(text: string): { seconds: number } | { error: string } {
  const trimmed = text.trim()
  if (trimmed === '') return { error: 'Time: enter the result’s time as h:mm:ss, e.g. 41:21' }
  if (/^[-−]/.test(trimmed)) return { error: 'Time: a time can’t be negative' }
  const parts = trimmed.split(':').map((part) => part.trim())
  if (parts.length > 3) return { error: 'Time: at most hours, minutes and seconds, as h:mm:ss' }
  if (parts.some((part) => /^\d+[.,]\d*$/.test(part)))
    return { error: 'Time: whole seconds only, as h:mm:ss, e.g. 41:21' }
  if (parts.some((part) => !/^\d+$/.test(part))) return { error: 'Time: enter a time as h:mm:ss, e.g. 41:21' }
  const numbers = parts.map(Number)
  // The first part may run past 59 ("75:30" is 75 minutes); the parts after it are clock digits.
  const last = numbers.length - 1
  if (numbers.length > 1 && (numbers[last] as number) >= 60)
    return { error: `Time: seconds must be 0–59, not ${parts[last]}` }
  if (numbers.length === 3 && (numbers[1] as number) >= 60)
    return { error: `Time: minutes must be 0–59, not ${parts[1]}` }
  const seconds = numbers.length === 1 ? (numbers[0] as number) * 60 : numbers.reduce((t, n) => t * 60 + n, 0)
  if (seconds === 0) return { error: 'Time: enter a time longer than zero' }
  return { seconds }
}
