import { describe, expect, it } from 'vitest'
import { raceResultSchema, readResultTime } from './race-result'

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
  it('refuses 10 km in 5:00 as faster than the world record, naming the bound', () => {
    const result = raceResultSchema.safeParse({ distanceM: 10_000, timeS: 300, exponent: 1.06 })
    expect(result.success).toBe(false)
    expect(result.error?.issues).toHaveLength(1)
    expect(result.error?.issues[0]).toMatchObject({
      path: ['timeS'],
      message:
        'Time: faster than the world record for this distance (VDOT 710.9, above the limit of 90). ' +
        'The fastest time accepted here is 25:06.'
    })
  })
  it('refuses 10 km in 5:00:00 as a walk, naming the bound', () => {
    expect(issue({ distanceM: 10_000, timeS: 5 * 3600, exponent: 1.06 })).toMatchObject({
      path: ['timeS'],
      message:
        'Time: about walking pace or slower, which the formulas do not model (VDOT 2.0, below the limit of 15). ' +
        'The slowest time accepted here is 1:50:50.'
    })
  })
  it('refuses a sprint on the distance', () => {
    expect(issue({ distanceM: 400, timeS: 60, exponent: 1.06 })).toMatchObject({
      path: ['distanceM'],
      message: 'Distance: at least 800 m; shorter races are sprints, which VDOT does not model'
    })
  })
  it('judges speed only once the distance and the time pass their own checks', () => {
    const issues = raceResultSchema.safeParse({ distanceM: 10_000, timeS: 0, exponent: 1.06 }).error?.issues
    expect(issues?.map((i) => i.message)).toEqual(['Time: enter a time above zero'])
  })
})

describe('a result’s typed time', () => {
  it('reads h:mm:ss, m:ss and whole minutes', () => {
    expect(readResultTime('41:21')).toEqual({ seconds: 2481 })
    expect(readResultTime(' 3:10:49 ')).toEqual({ seconds: 11_449 })
    expect(readResultTime('75:30')).toEqual({ seconds: 4530 })
    expect(readResultTime('45')).toEqual({ seconds: 2700 })
  })
  it('says what is wrong with a time it cannot read', () => {
    expect(readResultTime('99:99')).toEqual({ error: 'Time: seconds must be 0–59, not 99' })
    expect(readResultTime('1:75:00')).toEqual({ error: 'Time: minutes must be 0–59, not 75' })
    expect(readResultTime('0:00')).toEqual({ error: 'Time: enter a time longer than zero' })
    expect(readResultTime('0')).toEqual({ error: 'Time: enter a time longer than zero' })
    expect(readResultTime('')).toEqual({ error: 'Time: enter the result’s time as h:mm:ss, e.g. 41:21' })
    expect(readResultTime('  ')).toEqual({ error: 'Time: enter the result’s time as h:mm:ss, e.g. 41:21' })
    expect(readResultTime('-41:21')).toEqual({ error: 'Time: a time can’t be negative' })
    expect(readResultTime('3:44.6')).toEqual({ error: 'Time: whole seconds only, as h:mm:ss, e.g. 41:21' })
    expect(readResultTime('1:02:03:04')).toEqual({
      error: 'Time: at most hours, minutes and seconds, as h:mm:ss'
    })
    expect(readResultTime('fast')).toEqual({ error: 'Time: enter a time as h:mm:ss, e.g. 41:21' })
    expect(readResultTime('41:')).toEqual({ error: 'Time: enter a time as h:mm:ss, e.g. 41:21' })
  })
})
