import { describe, expect, it } from 'vitest'
import { checkWeek, weekRules } from './index'
import { lower, upper, week } from '../../../../test/support/test-weeks'

describe('checking a whole week', () => {
  it('gives one warning for lower body the day before the long run, warnings first', () => {
    const checks = checkWeek(
      week('rest quality easy rest easy long rest', { 2: [upper], 4: [lower], 6: [upper] })
    )
    expect(checks.map((c) => [c.rule, c.level])).toEqual([
      ['strength-before-hard', 'warning'],
      ['frequency', 'ok']
    ])
  })
  it('passes a good week with only the guideline said', () => {
    const checks = checkWeek(
      week(
        'rest quality easy rest easy long rest',
        { 2: [upper], 3: [lower], 6: [upper] },
        {
          priority: 'running',
          order: { 2: 'run_first' }
        }
      )
    )
    expect(checks.filter((c) => c.level !== 'ok')).toEqual([])
  })
  it('explains every rule a check can come from', () => {
    expect(new Set(weekRules.map((r) => r.id)).size).toBe(6)
  })
})
