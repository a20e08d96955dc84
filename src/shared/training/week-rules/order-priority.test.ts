import { describe, expect, it } from 'vitest'
import { checkOrderPriority } from './order-priority'
import { lower, week } from '../../../../test/support/test-weeks'

const runs = 'rest quality easy rest easy long rest'

describe('order within a day against the priority', () => {
  it('warns when a running client lifts before the run', () => {
    const [check] = checkOrderPriority(
      week(runs, { 2: [lower] }, { priority: 'running', order: { 2: 'lift_first' } })
    )
    expect(check).toMatchObject({ level: 'warning', days: [2] })
    expect(check?.message).toMatch(
      /^Wednesday: lifting before the easy run goes against the running priority/
    )
  })
  it('warns when a strength client runs first', () => {
    const [check] = checkOrderPriority(
      week(runs, { 4: [lower] }, { priority: 'strength', order: { 4: 'run_first' } })
    )
    expect(check?.message).toMatch(/Lift first, then run/)
  })
  it('notes a day with both and no order', () => {
    expect(checkOrderPriority(week(runs, { 2: [lower] }, { priority: 'running' }))).toEqual([
      expect.objectContaining({ level: 'note', days: [2] })
    ])
  })
  it('passes the right order, rest days and balanced clients', () => {
    expect(
      checkOrderPriority(
        week(runs, { 2: [lower], 3: [lower] }, { priority: 'running', order: { 2: 'run_first' } })
      )
    ).toEqual([])
    expect(
      checkOrderPriority(week(runs, { 2: [lower] }, { priority: 'balanced', order: { 2: 'lift_first' } }))
    ).toEqual([])
  })
})
