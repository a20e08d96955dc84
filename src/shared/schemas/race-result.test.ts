import { describe, expect, it } from 'vitest'
import { raceResultSchema } from './race-result'

const issue = (input: unknown) => raceResultSchema.safeParse(input).error?.issues[0]

describe('race result input', () => {
  it('accepts a 10 km result with the default exponent', () => {
    expect(raceResultSchema.parse({ distanceM: 10_000, timeS: 2481, exponent: 1.06 })).toBeTruthy()
  })
  it('names the field for a distance of zero, a result over 24 hours and a wild exponent', () => {
    expect(issue({ distanceM: 0, timeS: 2481, exponent: 1.06 })).toMatchObject({
      path: ['distanceM'],
      message: 'Distance: enter a distance above zero'
    })
    expect(issue({ distanceM: 100_000, timeS: 24 * 3600 + 1, exponent: 1.06 })).toMatchObject({
      path: ['timeS'],
      message: 'Time: a result must be 24 hours or less'
    })
    expect(issue({ distanceM: 10_000, timeS: 2481, exponent: 2 })?.path).toEqual(['exponent'])
  })
})
