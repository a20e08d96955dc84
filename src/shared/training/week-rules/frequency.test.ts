import { describe, expect, it } from 'vitest'
import { checkFrequency } from './frequency'
import { lower, upper, week } from '../../../../test/support/test-weeks'

const runs = 'rest quality easy rest easy long rest'

describe('frequency rule', () => {
  it('warns below two sessions, naming the day', () => {
    const [check] = checkFrequency(week(runs, { 2: [lower] }))
    expect(check).toMatchObject({ level: 'warning', days: [2] })
    expect(check?.message).toMatch(/Only one strength session \(Wednesday\)/)
    expect(checkFrequency(week(runs))[0]?.level).toBe('warning')
  })
  it('warns above four, counting two workouts on a day as two sessions', () => {
    const [check] = checkFrequency(week(runs, { 0: [lower, upper], 2: [upper], 3: [lower], 6: [upper] }))
    expect(check).toMatchObject({ level: 'warning', days: [0, 2, 3, 6] })
    expect(check?.message).toMatch(/^5 strength sessions \(Monday, Wednesday, Thursday and Sunday\)/)
  })
  it('says three is the guideline, and passes a week of three', () => {
    const [check] = checkFrequency(week(runs, { 0: [lower], 2: [upper], 6: [lower] }))
    expect(check).toMatchObject({ level: 'ok', days: [0, 2, 6] })
    expect(check?.message).toMatch(/about three a week/)
  })
  it('notes two or four as within bounds, pointing at the guideline', () => {
    expect(checkFrequency(week(runs, { 0: [lower], 3: [upper] }))[0]).toMatchObject({ level: 'note' })
    const four = checkFrequency(week(runs, { 0: [lower], 2: [upper], 3: [upper], 6: [lower] }))[0]
    expect(four?.level).toBe('note')
    expect(four?.message).toMatch(/About three a week is the guideline/)
  })
})
