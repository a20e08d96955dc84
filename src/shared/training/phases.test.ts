import { describe, expect, it } from 'vitest'
import { textMatching } from '../../../test/support/matchers'
import { phaseOn, phaseSummary, programPhases, taperWeeksFor } from './phases'

const today = '2026-03-02'
const base = { startDate: '2026-03-02', weeks: 16, raceDistanceM: 42_195, today }

describe('race phases', () => {
  it('labels a 16-week program ending in a marathon: base, build, peak, two taper weeks', () => {
    const plan = programPhases({ ...base, raceDate: '2026-06-21' }) // Sunday of week 16
    expect(plan.ok && plan.weeks.map((w) => w.phase)).toEqual([
      ...Array<string>(6).fill('base'),
      ...Array<string>(6).fill('build'),
      'peak',
      'peak',
      'taper',
      'taper'
    ])
    expect(plan.ok && plan.weeks.at(-1)?.raceWeek).toBe(true)
    expect(phaseSummary(plan)).toBe('Weeks 1–6 Base · 7–12 Build · 13–14 Peak · 15–16 Taper')
  })
  it('tapers one week for a race shorter than a half marathon', () => {
    expect(taperWeeksFor(10_000)).toBe(1)
    expect(taperWeeksFor(21_097.5)).toBe(2)
    const plan = programPhases({ ...base, weeks: 4, raceDistanceM: 10_000, raceDate: '2026-03-29' })
    expect(plan.ok && plan.weeks.map((w) => w.phase)).toEqual(['build', 'peak', 'peak', 'taper'])
  })
  it('puts the weeks after a race inside the program back to base', () => {
    const plan = programPhases({ ...base, weeks: 8, raceDistanceM: 5000, raceDate: '2026-03-22' }) // week 3
    expect(plan.ok && plan.weeks.map((w) => [w.phase, w.raceWeek, w.afterRace])).toEqual([
      ['peak', false, false],
      ['peak', false, false],
      ['taper', true, false],
      ...Array<[string, boolean, boolean]>(5).fill(['base', false, true])
    ])
    expect(phaseSummary(plan)).toBe('Weeks 1–2 Peak · 3 Taper · 4–8 Base (after the race)')
  })
  it('counts back from a race after the program ends', () => {
    const plan = programPhases({ ...base, weeks: 6, raceDate: '2026-06-21' })
    expect(plan.ok && plan.weeks.map((w) => w.phase)).toEqual([
      'base',
      'base',
      'base',
      'base',
      'base',
      'base'
    ])
    // The race is in the week after the program: its last week is the first of two taper weeks.
    const closer = programPhases({ ...base, weeks: 6, raceDate: '2026-04-19' })
    expect(closer.ok && closer.weeks.map((w) => w.phase)).toEqual([
      'build',
      'build',
      'build',
      'peak',
      'peak',
      'taper'
    ])
  })
  it('labels every week base, after the race, when the program starts after a race still to come', () => {
    const plan = programPhases({ ...base, startDate: '2026-04-06', weeks: 3, raceDate: '2026-03-29' })
    expect(plan.ok && plan.weeks.every((w) => w.phase === 'base' && w.afterRace)).toBe(true)
  })
  it('says in one line why there are no phases', () => {
    const past = programPhases({ ...base, raceDate: '2026-02-28' })
    expect(past).toEqual({
      ok: false,
      reason: textMatching(/^The race date \(28 Feb 2026\) has passed/)
    })
    expect(programPhases({ ...base, raceDate: null })).toMatchObject({ ok: false })
    expect(programPhases({ ...base, startDate: null, raceDate: '2026-06-21' })).toMatchObject({
      ok: false,
      reason: textMatching(/no start date/)
    })
    expect(phaseSummary(past)).toMatch(/has passed/)
  })
  it('finds the week of a date, race day included', () => {
    const plan = programPhases({ ...base, raceDate: '2026-06-21' })
    expect(phaseOn(plan, '2026-06-21')).toMatchObject({ week: 16, phase: 'taper', raceWeek: true })
    expect(phaseOn(plan, '2026-03-01')).toBeUndefined()
    expect(phaseOn(plan, '2026-06-22')).toBeUndefined()
  })
})
