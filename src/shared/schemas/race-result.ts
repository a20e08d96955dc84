import { z } from '../zod'

/** A day in seconds: a result slower than this is not a race the formulas can read. */
export const longestResultS = 24 * 3600

/** A recent result the runner tools predict from, with Riegel's exponent; messages name the field. */
export const raceResultSchema = z.strictObject({
  distanceM: z
    .number({ error: 'Distance: enter a number' })
    .positive('Distance: enter a distance above zero')
    .max(1_000_000, 'Distance: at most 1000 km'),
  timeS: z
    .number({ error: 'Time: enter a time as h:mm:ss' })
    .positive('Time: enter a time above zero')
    .max(longestResultS, 'Time: a result must be 24 hours or less'),
  exponent: z
    .number({ error: 'Riegel exponent: enter a number' })
    .min(1, 'Riegel exponent: between 1.00 and 1.20')
    .max(1.2, 'Riegel exponent: between 1.00 and 1.20')
})

export type RaceResult = z.output<typeof raceResultSchema>
