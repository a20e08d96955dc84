import { resultRefusal, type ResultRefusal } from '../training/race-prediction'
import { formatDuration, parseDuration } from '../units'
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
function refusalMessage(refusal: ResultRefusal): { field: 'distanceM' | 'timeS'; message: string } {
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
 * Reads a result's typed time ("41:21", "3:10:49", or "45" for minutes) into seconds with the
 * app's one duration reader, or says what is wrong with it in words naming the field.
 */
export function readResultTime(text: string): { seconds: number } | { error: string } {
  const trimmed = text.trim()
  if (trimmed === '') return { error: 'Time: enter the result’s time as h:mm:ss, e.g. 41:21' }
  const seconds = parseDuration(trimmed)
  if (seconds === undefined) return { error: whyNotATime(trimmed) }
  return seconds === 0 ? { error: 'Time: enter a time longer than zero' } : { seconds }
}

/** What keeps typed text from being a time: a sign, decimals, too many parts, or clock digits of 60 or more ("99:99"). */
function whyNotATime(trimmed: string): string {
  if (/^[-−]/.test(trimmed)) return 'Time: a time can’t be negative'
  const parts = trimmed.split(':').map((part) => part.trim())
  if (parts.length > 3) return 'Time: at most hours, minutes and seconds, as h:mm:ss'
  if (parts.some((part) => /^\d+[.,]\d*$/.test(part)))
    return 'Time: whole seconds only, as h:mm:ss, e.g. 41:21'
  // The first part may run past 59 ("75:30" is 75 minutes); the parts after it are clock digits.
  const last = parts.length - 1
  if (parts.every((part) => /^\d+$/.test(part))) {
    if (last > 0 && Number(parts[last]) >= 60) return `Time: seconds must be 0–59, not ${parts[last]}`
    if (last === 2 && Number(parts[1]) >= 60) return `Time: minutes must be 0–59, not ${parts[1]}`
  }
  return 'Time: enter a time as h:mm:ss, e.g. 41:21'
}
