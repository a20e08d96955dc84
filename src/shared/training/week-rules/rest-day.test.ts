import { describe, expect, it } from 'vitest'
import { checkRestDay } from './rest-day'
import { lower, upper, week } from '../../../../test/support/test-weeks'

describe('rest day rule', () => {
  it('warns when every day has a run or strength, naming the lightest days', () => {
    const [check] = checkRestDay(week('easy quality easy rest easy long easy', { 3: [lower] }))
    expect(check?.level).toBe('warning')
    expect(check?.days).toEqual([0, 2, 4, 6])
    expect(check?.message).toMatch(/Monday, Wednesday, Friday and Sunday are the lightest/)
  })
  it('counts a rest-run day with strength as not a full rest day', () => {
    expect(checkRestDay(week('rest easy easy easy easy long easy', { 0: [upper] }))).toHaveLength(1)
  })
  it('passes a week with one empty day', () => {
    expect(checkRestDay(week('easy quality easy rest easy long easy', { 2: [lower] }))).toEqual([])
  })
})
