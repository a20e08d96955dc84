import { describe, expect, it } from 'vitest'
import { checkStrengthBeforeHard } from './strength-before-hard'
import { lower, upper, week } from '../../../../test/support/test-weeks'

describe('strength before a hard run', () => {
  it('warns about lower-body strength the day before the long run, naming both days', () => {
    const [check] = checkStrengthBeforeHard(week('rest quality easy rest easy long rest', { 4: [lower] }))
    expect(check).toMatchObject({ level: 'warning', days: [4, 5] })
    expect(check?.message).toMatch(/^Friday’s Lower body is the day before Saturday’s long run/)
  })
  it('wraps the week: Sunday strength comes the day before Monday’s intervals', () => {
    const plan = week('quality rest easy rest easy long easy', { 6: [lower] })
    plan.days = plan.days.map((d) => (d.weekday === 0 ? { ...d, qualityKind: 'intervals' as const } : d))
    const [check] = checkStrengthBeforeHard(plan)
    expect(check?.days).toEqual([0, 6])
    expect(check?.message).toMatch(/Monday’s intervals session/)
  })
  it('only notes upper-body work before a hard run', () => {
    expect(checkStrengthBeforeHard(week('rest quality easy rest easy long rest', { 0: [upper] }))).toEqual([
      expect.objectContaining({ level: 'note', days: [0, 1] })
    ])
  })
  it('passes strength after an easy run with an easy day next', () => {
    expect(
      checkStrengthBeforeHard(week('rest quality easy easy rest long rest', { 2: [lower], 6: [upper] }))
    ).toEqual([])
  })
})
