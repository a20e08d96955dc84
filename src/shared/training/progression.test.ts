import { describe, expect, it } from 'vitest'
import { textMatching } from '../../../test/support/matchers'
import { defaultSettings } from '../schemas/settings'
import {
  loadingOf,
  nextLoad,
  reducedLoadKg,
  suggestProgression,
  type LoggedSession,
  type ProgressionOptions,
  type ProgressionPrescription
} from './progression'

const kg: ProgressionOptions = { ...defaultSettings, massUnit: 'kg', today: '2026-11-25' }
const lb: ProgressionOptions = { ...kg, massUnit: 'lb' }
const lbToKg = (pounds: number): number => pounds * 0.45359237

const squat: ProgressionPrescription = {
  id: 11,
  exerciseId: 3,
  exerciseName: 'Barbell back squat',
  category: 'lower',
  equipment: ['barbell', 'rack'],
  setsMin: 3,
  setsMax: 3,
  repsMin: 8,
  repsMax: 12,
  holdMinS: null,
  holdMaxS: null,
  load: { kind: 'rpe', value: 7 },
  progressionPct: null,
  harder: []
}
const press: ProgressionPrescription = {
  ...squat,
  id: 12,
  exerciseName: 'Dumbbell bench press',
  category: 'upper',
  equipment: ['dumbbell', 'bench'],
  setsMin: 2,
  setsMax: 3,
  load: { kind: 'kg', value: 20 }
}
const lunge: ProgressionPrescription = {
  ...squat,
  id: 13,
  exerciseName: 'Dumbbell forward lunge',
  equipment: ['dumbbell'],
  load: { kind: 'kg', value: 10 }
}
const pushUp: ProgressionPrescription = {
  ...squat,
  id: 14,
  exerciseName: 'Push-up',
  category: 'upper',
  equipment: ['bodyweight'],
  load: { kind: 'bodyweight' },
  harder: [{ exerciseId: 40, name: 'Feet-elevated push-up' }]
}

type SetRow = [reps: number | null, kg: number | null, rpe: number | null]
const session = (sessionId: number, date: string, sets: SetRow[]): LoggedSession => ({
  sessionId,
  date,
  sets: sets.map(([reps, loadKg, rpe]) => ({ reps, holdS: null, loadKg, rpe }))
})
const three = (reps: number, load: number | null, rpe: number | null = 7): SetRow[] => [
  [reps, load, rpe],
  [reps, load, rpe],
  [reps, load, rpe]
]

describe('what an exercise is loaded with', () => {
  it('reads the equipment: barbell, stack, then dumbbell or kettlebell, else plates', () => {
    expect(loadingOf(['barbell', 'rack'])).toBe('barbell')
    expect(loadingOf(['cable', 'machine'])).toBe('machine')
    expect(loadingOf(['dumbbell', 'kettlebell'])).toBe('dumbbell')
    expect(loadingOf(['kettlebell', 'dumbbell'])).toBe('kettlebell')
    expect(loadingOf(['bodyweight', 'step', 'dumbbell'])).toBe('dumbbell')
    expect(loadingOf(['mat'])).toBe('plates')
  })
})

describe('the next load, by equipment', () => {
  it('adds 2.5 kg upper and 5 kg lower on a barbell, 5 and 10 lb in pounds', () => {
    expect(nextLoad(60, squat, kg)).toEqual({
      loadKg: 65,
      rule: 'Barbell, lower body: +5 kg, at most +10 %'
    })
    expect(nextLoad(40, { ...squat, category: 'upper' }, kg).loadKg).toBe(42.5)
    expect(nextLoad(lbToKg(135), squat, lb).loadKg).toBeCloseTo(lbToKg(145), 6)
    expect(nextLoad(lbToKg(95), { ...squat, category: 'upper' }, lb).loadKg).toBeCloseTo(lbToKg(100), 6)
  })

  it('holds a barbell step to 10 % of a light load', () => {
    // +5 kg on 40 kg is 12.5 %: the most within 10 % on 2.5 kg plates is 42.5 kg.
    expect(nextLoad(40, squat, kg)).toEqual({
      loadKg: 42.5,
      rule: 'Barbell, lower body: +5 kg, held to 10 % of 40 kg'
    })
    // The empty bar: one 1.25 kg plate a side is +12.5 %, too much.
    expect(nextLoad(20, { ...squat, category: 'upper' }, kg).loadKg).toBeNull()
  })

  it('offers the next dumbbell or kettlebell on the rack, in the steps set in Settings', () => {
    expect(nextLoad(20, press, kg)).toEqual({
      loadKg: 22,
      rule: 'Dumbbells: the next dumbbell up (2 kg apart), at most +10 %'
    })
    expect(nextLoad(10, lunge, { ...kg, dumbbellStepKg: 1 }).loadKg).toBe(11)
    expect(nextLoad(14, lunge, { ...kg, dumbbellStepKg: 1 }).loadKg).toBe(15)
    expect(nextLoad(lbToKg(50), press, lb).loadKg).toBeCloseTo(lbToKg(55), 6)
    expect(nextLoad(lbToKg(25), press, { ...lb, dumbbellStepLb: 2.5 }).loadKg).toBeCloseTo(lbToKg(27.5), 6)
    const swing = { ...lunge, equipment: ['kettlebell'] }
    expect(nextLoad(24, swing, kg)).toMatchObject({ loadKg: 26, rule: textMatching(/^Kettlebells/) })
  })

  it('never jumps more than 10 %: a 10 kg lunge does not go to 15 kg, nor a 14 kg calf raise to 20 kg', () => {
    expect(nextLoad(10, lunge, kg)).toEqual({
      loadKg: null,
      rule: 'Dumbbells: the next dumbbell up, 12 kg, would add 20 %, more than 10 %'
    })
    const calfRaise = { ...lunge, exerciseName: 'Calf raise', equipment: ['bodyweight', 'dumbbell', 'step'] }
    expect(nextLoad(14, calfRaise, kg).loadKg).toBeNull()
    for (const [load, options] of [
      [10, { ...kg, dumbbellStepKg: 1 }],
      [20, kg],
      [33, kg],
      [lbToKg(50), lb],
      [lbToKg(27.5), { ...lb, dumbbellStepLb: 2.5 }]
    ] as const) {
      const next = nextLoad(load, lunge, options).loadKg
      expect(next).not.toBeNull()
      expect(((next as number) - load) / load).toBeLessThanOrEqual(0.1 + 1e-9)
      expect(next).toBeGreaterThan(load)
    }
  })

  it('adds one plate of the stack on a machine or cable', () => {
    const pulldown = { ...press, equipment: ['cable', 'machine'] }
    expect(nextLoad(60, pulldown, kg)).toEqual({
      loadKg: 65,
      rule: 'Machine or cable: the next plate of the stack (5 kg apart), at most +10 %'
    })
    expect(nextLoad(lbToKg(120), pulldown, lb).loadKg).toBeCloseTo(lbToKg(130), 6)
    expect(nextLoad(40, pulldown, kg).loadKg).toBeNull()
    expect(nextLoad(40, pulldown, { ...kg, machineStepKg: 2.5 }).loadKg).toBe(42.5)
  })

  it('follows the trainer’s percentage for the prescription, on the equipment’s steps, at least one step', () => {
    expect(nextLoad(62.5, { ...squat, progressionPct: 5 }, kg)).toEqual({
      loadKg: 65,
      rule: 'Your rule for this exercise: +5 %, on 2.5 kg steps, at most +10 %'
    })
    expect(nextLoad(40, { ...squat, category: 'upper', progressionPct: 2 }, kg).loadKg).toBe(42.5)
    expect(nextLoad(62, { ...squat, progressionPct: 10 }, { ...kg, plateStepKg: 1 }).loadKg).toBe(68)
  })
})

describe('progression suggestions: adding load', () => {
  it('suggests the next load when every prescribed set reached the top at or below the RPE target', () => {
    const latest = session(40, '2026-11-24', three(12, 60))
    expect(suggestProgression(squat, [latest], kg)).toEqual({
      prescriptionId: 11,
      exerciseId: 3,
      exerciseName: 'Barbell back squat',
      kind: 'increase',
      change: { kind: 'load', loadKg: 65 },
      currentKg: 60,
      rule: 'Barbell, lower body: +5 kg, at most +10 %',
      basedOnSessionId: 40,
      basedOnDate: '2026-11-24',
      reason: 'All 3 sets reached 12 reps at RPE 7 or less last session (24 Nov): try 65 kg.'
    })
  })

  it('uses RPE 8 as the ceiling when the load is not an RPE target, and says when no RPE was logged', () => {
    const both = session(41, '2026-11-24', [
      [12, 20, 8],
      [13, 20, 8]
    ])
    expect(suggestProgression(press, [both], kg)?.reason).toBe(
      'Both sets reached 12 reps at RPE 8 or less last session (24 Nov): try 22 kg.'
    )
    const noRpe = session(42, '2025-12-01', [
      [12, 20, null],
      [12, 20, null]
    ])
    expect(suggestProgression(press, [noRpe], kg)?.reason).toBe(
      'Both sets reached 12 reps, with no RPE logged, last session (1 Dec 2025): try 22 kg.'
    )
  })

  it('needs every prescribed set: one set at the top of a 3-set prescription earns nothing', () => {
    expect(suggestProgression(squat, [session(43, '2026-11-24', [[12, 60, 7]])], kg)).toBeNull()
    expect(
      suggestProgression(
        squat,
        [
          session(44, '2026-11-24', [
            [12, 60, 7],
            [12, 60, 7]
          ])
        ],
        kg
      )
    ).toBeNull()
    // A 2–3 set prescription is done with two.
    expect(
      suggestProgression(
        press,
        [
          session(45, '2026-11-24', [
            [12, 20, 7],
            [12, 20, 7]
          ])
        ],
        kg
      )
    ).not.toBeNull()
  })

  it('names the trainer’s percentage in the reason and the rule', () => {
    const s = suggestProgression(
      { ...squat, progressionPct: 5 },
      [session(46, '2026-11-24', three(12, 62.5))],
      kg
    )
    expect(s?.change).toEqual({ kind: 'load', loadKg: 65 })
    expect(s?.reason).toBe(
      'All 3 sets reached 12 reps at RPE 7 or less last session (24 Nov): try 65 kg (+5 %).'
    )
    expect(s?.rule).toMatch(/^Your rule for this exercise: \+5 %/)
  })

  it('rounds in pounds for a trainer who works in pounds, storing kg', () => {
    const s = suggestProgression(squat, [session(47, '2026-11-24', three(12, lbToKg(135)))], lb)
    expect(s?.reason).toBe('All 3 sets reached 12 reps at RPE 7 or less last session (24 Nov): try 145 lb.')
  })

  it('suggests nothing when a set missed the top, effort went above target, or the load is already prescribed', () => {
    const missed = session(48, '2026-11-24', [
      [12, 60, 7],
      [12, 60, 7],
      [11, 60, 7]
    ])
    expect(suggestProgression(squat, [missed], kg)).toBeNull()
    const hard = session(49, '2026-11-24', [
      [12, 60, 7],
      [12, 60, 7],
      [12, 60, 7.5]
    ])
    expect(suggestProgression(squat, [hard], kg)).toBeNull()
    const done = session(50, '2026-11-24', three(12, 20))
    expect(suggestProgression({ ...press, load: { kind: 'kg', value: 22 } }, [done], kg)).toBeNull()
    expect(suggestProgression(squat, [], kg)).toBeNull()
  })
})

describe('progression suggestions: bodyweight, band and light loads', () => {
  it('moves bodyweight work on to the library’s harder alternative', () => {
    const s = suggestProgression(pushUp, [session(60, '2026-11-24', three(12, null))], kg)
    expect(s).toMatchObject({
      kind: 'increase',
      currentKg: null,
      change: { kind: 'exercise', exerciseId: 40, exerciseName: 'Feet-elevated push-up' },
      rule: 'Bodyweight: the library’s harder alternative',
      reason:
        'All 3 sets reached 12 reps at RPE 8 or less last session (24 Nov): move on to Feet-elevated push-up.'
    })
  })

  it('adds reps, then a set, when there is no harder alternative, and stops at the end of both', () => {
    const noHarder = { ...pushUp, harder: [] }
    expect(suggestProgression(noHarder, [session(61, '2026-11-24', three(12, null))], kg)).toMatchObject({
      change: { kind: 'reps', repsMin: 10, repsMax: 14 },
      rule: 'Bodyweight: 2 more reps per set, up to 20',
      reason: 'All 3 sets reached 12 reps at RPE 8 or less last session (24 Nov): aim for 10–14 reps.'
    })
    const atTwenty = { ...noHarder, repsMin: 15, repsMax: 20 }
    expect(suggestProgression(atTwenty, [session(62, '2026-11-24', three(20, null))], kg)).toMatchObject({
      change: { kind: 'sets', setsMin: 4, setsMax: 4 },
      reason: 'All 3 sets reached 20 reps at RPE 8 or less last session (24 Nov): add a set (4 sets).'
    })
    const full = { ...atTwenty, setsMin: 5, setsMax: 5 }
    const five = session(63, '2026-11-24', [...three(20, null), ...three(20, null)].slice(0, 5))
    expect(suggestProgression(full, [five], kg)).toBeNull()
  })

  it('lengthens a hold by ten seconds', () => {
    const plank = { ...pushUp, repsMin: null, repsMax: null, holdMinS: 30, holdMaxS: 45, harder: [] }
    const held: LoggedSession = {
      sessionId: 64,
      date: '2026-11-24',
      sets: [45, 45, 50].map((holdS) => ({ reps: null, holdS, loadKg: null, rpe: null }))
    }
    expect(suggestProgression(plank, [held], kg)).toMatchObject({
      change: { kind: 'hold', holdMinS: 40, holdMaxS: 55 },
      reason: 'All 3 sets held 45 s, with no RPE logged, last session (24 Nov): hold for 40–55 s.'
    })
  })

  it('says "band" for band work', () => {
    const walk = {
      ...pushUp,
      exerciseName: 'Monster walk',
      equipment: ['band'],
      load: { kind: 'band', value: 'green' }
    } as const
    expect(
      suggestProgression({ ...walk, harder: [] }, [session(65, '2026-11-24', three(12, null))], kg)?.rule
    ).toBe('Band: 2 more reps per set, up to 20')
  })

  it('adds reps instead of a dumbbell more than 10 % heavier, and says why', () => {
    const s = suggestProgression(lunge, [session(66, '2026-11-24', three(12, 10))], kg)
    expect(s).toMatchObject({
      kind: 'increase',
      currentKg: 10,
      change: { kind: 'reps', repsMin: 10, repsMax: 14 },
      rule: 'Dumbbells: the next dumbbell up, 12 kg, would add 20 %, more than 10 %; until then, 2 more reps per set, up to 20'
    })
    // With 1 kg dumbbells the next one is 10 % heavier, so the load goes up.
    expect(
      suggestProgression(lunge, [session(67, '2026-11-24', three(12, 10))], { ...kg, dumbbellStepKg: 1 })
        ?.change
    ).toEqual({ kind: 'load', loadKg: 11 })
  })
})

describe('progression suggestions: holding or easing', () => {
  const short1 = session(70, '2026-11-17', [
    [8, 60, 9],
    [7, 60, 9.5]
  ])
  const short2 = session(71, '2026-11-24', [
    [7, 60, 9],
    [6, 60, 10]
  ])
  it('suggests holding or dropping about 10 % after two sessions in a row below the range', () => {
    expect(suggestProgression(squat, [short2, short1], kg)).toMatchObject({
      kind: 'reduce',
      currentKg: 60,
      change: { kind: 'load', loadKg: 52.5 },
      basedOnSessionId: 71,
      reason:
        'Reps fell below 8 in each of the last two sessions (17 Nov and 24 Nov): hold at 60 kg until every set reaches 8, or drop to 52.5 kg.'
    })
  })
  it('waits for the second session in a row', () => {
    const fine = session(72, '2026-11-17', [
      [9, 60, 8],
      [8, 60, 8.5]
    ])
    expect(suggestProgression(squat, [short2, fine], kg)).toBeNull()
    expect(suggestProgression(squat, [short2], kg)).toBeNull()
  })
  it('always eases by at least one step of the equipment, and never to zero', () => {
    expect(reducedLoadKg(20, ['barbell'], kg)).toBe(17.5)
    expect(reducedLoadKg(5, ['barbell'], kg)).toBe(2.5)
    expect(reducedLoadKg(2.5, ['barbell'], kg)).toBeNull()
    expect(reducedLoadKg(10, ['dumbbell'], kg)).toBe(8)
  })
})
