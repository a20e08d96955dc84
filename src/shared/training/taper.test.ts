import { describe, expect, it } from 'vitest'
import type { ProgramWeekPhase } from './phases'
import { holdForTaper, setsForWeek, taperPrescriptions } from './taper'

const week = (phase: ProgramWeekPhase['phase'], raceWeek = false): ProgramWeekPhase => ({
  week: 1,
  start: '2026-06-15',
  end: '2026-06-21',
  phase,
  raceWeek,
  afterRace: false
})
const squat = {
  setsMin: 2,
  setsMax: 4,
  load: { kind: 'kg' as const, value: 60 },
  exerciseCategory: 'lower' as const
}
const bridge = {
  setsMin: 2,
  setsMax: 3,
  load: { kind: 'bodyweight' as const },
  exerciseCategory: 'lower' as const
}
const press = {
  setsMin: 2,
  setsMax: 3,
  load: { kind: 'kg' as const, value: 12 },
  exerciseCategory: 'upper' as const
}

describe('taper holds', () => {
  it('uses the top of the set range outside the taper and the bottom in it', () => {
    expect(setsForWeek(squat, week('build'))).toBe(4)
    expect(setsForWeek(squat, undefined)).toBe(4)
    expect(setsForWeek(squat, week('taper'))).toBe(2)
  })
  it('keeps heavy lower-body work out of race week, and the rest at reduced sets', () => {
    expect(setsForWeek(squat, week('taper', true))).toBe(0)
    expect(taperPrescriptions([squat, bridge, press], week('taper', true))).toEqual([
      { ...bridge, setsMax: 2 },
      { ...press, setsMax: 2 }
    ])
    expect(taperPrescriptions([squat], week('peak'))).toEqual([squat])
  })
  it('never suggests an increase during the taper', () => {
    const list = [{ kind: 'increase' as const }, { kind: 'reduce' as const }]
    expect(holdForTaper(list, true)).toEqual([{ kind: 'reduce' }])
    expect(holdForTaper(list, false)).toEqual(list)
  })
})
