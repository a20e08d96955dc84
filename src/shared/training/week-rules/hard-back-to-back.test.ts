import { describe, expect, it } from 'vitest'
import { checkHardBackToBack } from './hard-back-to-back'
import { lower, upper, week } from '../../../../test/support/test-weeks'

describe('hard days back to back', () => {
  it('warns about lower-body strength the day after the long run', () => {
    const [check] = checkHardBackToBack(week('rest quality easy rest easy long rest', { 6: [lower] }))
    expect(check).toMatchObject({ level: 'warning', days: [5, 6] })
    expect(check?.message).toMatch(/^Saturday’s long run is followed by Sunday’s Lower body/)
  })
  it('warns about lower-body strength the day before a quality session', () => {
    expect(
      checkHardBackToBack(
        week('lower quality easy rest easy long rest'.replace('lower', 'rest'), { 0: [lower] })
      )
    ).toEqual([expect.objectContaining({ days: [0, 1] })])
  })
  it('passes upper-body work next to hard days and lower body with an easy day between', () => {
    expect(
      checkHardBackToBack(week('rest quality easy rest easy long rest', { 0: [upper], 3: [lower] }))
    ).toEqual([])
  })
})
