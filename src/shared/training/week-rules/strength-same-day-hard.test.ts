import { describe, expect, it } from 'vitest'
import { checkStrengthSameDayHard } from './strength-same-day-hard'
import { upper, week } from '../../../../test/support/test-weeks'

describe('strength on the day of a hard run', () => {
  it('warns about strength on the long-run day, even upper body', () => {
    const [check] = checkStrengthSameDayHard(week('rest quality easy rest easy long rest', { 5: [upper] }))
    expect(check).toMatchObject({ level: 'warning', days: [5] })
    expect(check?.message).toMatch(/^Saturday has Upper body on the same day as the long run/)
  })
  it('passes strength after an easy run or on a rest day', () => {
    expect(
      checkStrengthSameDayHard(week('rest quality easy rest easy long rest', { 2: [upper], 3: [upper] }))
    ).toEqual([])
  })
})
