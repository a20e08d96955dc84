import { describe, expect, it } from 'vitest'
import type { Client, Exercise, Program } from '../contract'
import { defaultSettings } from '../schemas/settings'
import { programPhases } from '../training/phases'
import { defaultPrescription } from '../training/prescription-rules'
import { buildHandoutModel, handoutFileName, type HandoutSources } from './build-model'
import { handoutOptionsFor, handoutOptionsSchema } from './model'

const exercise = (id: number, name: string, cautions: Exercise['cautions'] = []): Exercise => ({
  id,
  builtinKey: null,
  name,
  category: 'lower',
  pattern: 'squat',
  equipment: [],
  primaryMuscles: ['quads'],
  secondaryMuscles: [],
  unilateral: false,
  steps: [`Step one of ${name}`, 'Step two'],
  cues: ['Brace'],
  cautions,
  runnerBenefit: 'Stronger strides.',
  archived: false,
  alternatives: []
})

const rx = (
  id: number,
  exerciseId: number,
  name: string,
  extra: Partial<Program['workouts'][number]['prescriptions'][number]> = {}
) => ({
  ...defaultPrescription(false),
  id,
  workoutId: 1,
  exerciseId,
  exerciseName: name,
  exerciseCautions: [],
  exerciseCategory: 'lower' as const,
  position: id,
  ...extra
})

const program: Program = {
  id: 1,
  clientId: 1,
  builtinKey: null,
  name: 'Spring block',
  goal: 'Sub-4 marathon',
  notes: '',
  startDate: '2026-12-01',
  weeks: 8,
  status: 'active',
  sourceProgramId: null,
  sourceName: null,
  updatedAt: '',
  workouts: [
    {
      id: 1,
      programId: 1,
      name: 'Lower body',
      notes: '',
      position: 0,
      prescriptions: [
        rx(1, 10, 'Barbell back squat', {
          setsMin: 4,
          setsMax: 4,
          repsMin: 6,
          repsMax: 8,
          load: { kind: 'percent1rm', value: 70 },
          restMinS: 90,
          restMaxS: 120
        }),
        rx(2, 11, 'Dumbbell forward lunge', { supersetGroup: 'A', perSide: true }),
        rx(3, 12, 'Calf raise', { supersetGroup: 'A', load: { kind: 'kg', value: 20 } }),
        rx(4, 13, 'Plank', {
          repsMin: null,
          repsMax: null,
          holdMinS: 30,
          holdMaxS: 45,
          load: { kind: 'bodyweight' }
        })
      ]
    },
    {
      id: 2,
      programId: 1,
      name: 'Upper body',
      notes: '',
      position: 1,
      prescriptions: [rx(5, 10, 'Barbell back squat')]
    }
  ]
}

const planned = (id: number, name: string) => ({
  id,
  name,
  programId: 1,
  programName: 'Spring block',
  inActiveProgram: true,
  lowerBody: name.startsWith('Lower'),
  exerciseCount: 4,
  minutes: 40
})
const restDay = (weekday: number) => ({
  weekday,
  runKind: 'rest' as const,
  qualityKind: null,
  distanceM: null,
  durationS: null,
  workouts: [],
  order: null,
  notes: ''
})
const weekPlan = {
  clientId: 1,
  priority: 'running' as const,
  planned: true,
  activeProgramId: 1,
  activeProgramName: 'Spring block',
  available: [],
  days: [
    {
      ...restDay(0),
      runKind: 'easy' as const,
      distanceM: 8000,
      workouts: [planned(1, 'Lower body')],
      order: 'run_first' as const,
      notes: 'Lift after the run'
    },
    { ...restDay(1), runKind: 'quality' as const, qualityKind: 'intervals' as const, durationS: 3000 },
    restDay(2),
    restDay(3),
    { ...restDay(4), workouts: [planned(1, 'Lower body'), planned(2, 'Upper body')] },
    { ...restDay(5), runKind: 'long' as const, distanceM: 21_000 },
    restDay(6)
  ]
}

function sources(options: Partial<HandoutSources['options']> = {}): HandoutSources {
  return {
    program,
    client: { name: 'Zoë Łukasz-Ørsted' } as Client,
    settings: { ...defaultSettings, business: 'Stride Strength', email: 'coach@example.com' },
    exercises: new Map([
      [10, exercise(10, 'Barbell back squat', ['knee'])],
      [11, exercise(11, 'Dumbbell forward lunge')],
      [12, exercise(12, 'Calf raise')],
      [13, exercise(13, 'Plank')]
    ]),
    maxes: new Map([[10, 100]]),
    estimatedMaxes: new Map(),
    weekPlan,
    options: handoutOptionsSchema.parse(options),
    today: '2026-11-24'
  }
}

describe('handout model', () => {
  it('words every prescription with order labels and computed loads, in kg', () => {
    const model = buildHandoutModel(sources())
    expect(model.client).toBe('Zoë Łukasz-Ørsted')
    expect(model.dates).toBe('1 Dec 2026 – 25 Jan 2027 · 8 weeks')
    expect(model.generatedOn).toBe('24 Nov 2026')
    expect(model.workouts[0]?.rows).toEqual([
      expect.objectContaining({
        label: 'A1',
        setsReps: '4 × 6–8',
        load: '70 % 1RM (70 kg)',
        rest: '90–120 s',
        superset: false
      }),
      expect.objectContaining({
        label: 'B1',
        setsReps: '3 × 8–12 each side',
        rest: 'then B2',
        superset: true
      }),
      expect.objectContaining({ label: 'B2', load: '20 kg', rest: '30–60 s', superset: true }),
      expect.objectContaining({ label: 'C1', setsReps: '3 × 30–45 s', load: 'Bodyweight' })
    ])
    expect(model.branding).toMatchObject({ business: 'Stride Strength', contact: ['coach@example.com'] })
  })

  it('converts loads to lb with the lb plate step', () => {
    const model = buildHandoutModel(sources({ unit: 'lb' }))
    expect(model.workouts[0]?.rows[0]?.load).toBe('70 % 1RM (155 lb)')
    expect(model.workouts[0]?.rows[2]?.load).toBe('45 lb')
  })

  it('includes only what the options ask for', () => {
    const full = buildHandoutModel(sources({ logSheetWeeks: 6 }))
    expect(full.instructions.map((i) => i.exercise)).toEqual([
      'Barbell back squat',
      'Dumbbell forward lunge',
      'Calf raise',
      'Plank'
    ])
    expect(full.instructions[0]?.cautions).toEqual(['knee'])
    expect(full.logSheets.map((s) => [s.workout, s.weeks, s.rows.map((r) => r.sets)])).toEqual([
      ['Lower body', 6, [4, 3, 3, 3]],
      ['Upper body', 6, [3]]
    ])
    expect(full.weekPlan?.map((d) => d.day)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday'
    ])
    expect(full.weekPlan?.[0]).toEqual({
      day: 'Monday',
      run: 'Easy run, 8 km',
      strength: 'Lower body (after the run)',
      notes: 'Lift after the run'
    })
    expect(full.weekPlan?.[1]?.run).toBe('Intervals, 50:00')
    expect(full.weekPlan?.[4]).toMatchObject({ run: 'Rest day', strength: 'Lower body + Upper body' })
    expect(full.guidance?.paragraphs.length).toBeGreaterThan(4)

    const bare = buildHandoutModel(
      sources({
        workoutIds: [2],
        instructions: false,
        logSheetWeeks: null,
        weekPlan: false,
        guidance: false,
        paper: 'Letter'
      })
    )
    expect(bare.workouts.map((w) => w.name)).toEqual(['Upper body'])
    expect(bare).toMatchObject({
      instructions: [],
      logSheets: [],
      weekPlan: null,
      guidance: null,
      paper: 'Letter'
    })
  })

  it('starts the printed week on Sunday when the trainer’s week does, and skips a plan never made', () => {
    const model = buildHandoutModel({
      ...sources(),
      settings: { ...defaultSettings, weekStart: 'sunday', distanceUnit: 'mi' }
    })
    expect(model.weekPlan?.[0]?.day).toBe('Sunday')
    expect(model.weekPlan?.[6]?.run).toBe('Long run, 13 mi')
    expect(buildHandoutModel({ ...sources(), weekPlan: { ...weekPlan, planned: false } }).weekPlan).toBeNull()
  })

  it('prints the phases with the week plan and the taper’s reduced sets on the log sheets', () => {
    // 8 weeks from 1 Dec 2026; a half marathon on Sunday 24 Jan 2027 is in week 8.
    const phases = programPhases({
      startDate: program.startDate,
      weeks: 8,
      raceDate: '2027-01-24',
      raceDistanceM: 21_097.5,
      today: '2026-11-24'
    })
    // Nine weeks asked for from week 1 of an 8-week program: the sheets stop at its last week.
    const model = buildHandoutModel({ ...sources({ logSheetWeeks: 9 }), phases })
    expect(model.phases).toBe('Weeks 1–4 Build · 5–6 Peak · 7–8 Taper. Race day: 24 Jan 2027.')
    const sheet = model.logSheets[0]
    expect(sheet).toMatchObject({ firstWeek: 1, weeks: 8 })
    expect(sheet?.weekPhases).toEqual([
      'Build',
      'Build',
      'Build',
      'Build',
      'Peak',
      'Peak',
      'Taper',
      'Race week'
    ])
    // The squat (4 sets, %1RM) is left out of race week; the lunge drops to its 3-set bottom (3–3 here);
    // the plank (bodyweight) stays.
    expect(sheet?.rows[0]?.setsByWeek).toEqual([4, 4, 4, 4, 4, 4, 4, 0])
    expect(sheet?.rows[3]?.setsByWeek?.[7]).toBe(3)
    // From week 6, the phases and the taper's boxes are still those of the real weeks.
    const late = buildHandoutModel({ ...sources({ logSheetFromWeek: 6, logSheetWeeks: 3 }), phases })
    expect(late.logSheets[0]).toMatchObject({
      firstWeek: 6,
      weeks: 3,
      weekPhases: ['Peak', 'Taper', 'Race week'],
      weekDates: ['5 Jan 2027', '12 Jan 2027', '19 Jan 2027']
    })
    expect(late.logSheets[0]?.rows[0]?.setsByWeek).toEqual([4, 4, 0])
    const past = programPhases({
      startDate: program.startDate,
      weeks: 8,
      raceDate: '2026-11-01',
      raceDistanceM: null,
      today: '2026-11-24'
    })
    const noPhases = buildHandoutModel({ ...sources({ logSheetWeeks: 4 }), phases: past })
    expect(noPhases.phases).toBeNull()
    expect(noPhases.logSheets[0]?.weekPhases).toBeUndefined()
  })

  describe('log sheets are for the weeks coming up', () => {
    // The program runs 8 weeks from Tuesday 1 Dec 2026 to Monday 25 Jan 2027.
    const onDay = (today: string, options: Partial<HandoutSources['options']> = {}) =>
      buildHandoutModel({ ...sources(options), today }).logSheets[0]

    it('starts at the week containing today', () => {
      // 24 Dec is day 23 of the program: week 4 (22–28 Dec).
      expect(onDay('2026-12-24')).toMatchObject({
        firstWeek: 4,
        weeks: 4,
        weekDates: ['22 Dec', '29 Dec', '5 Jan 2027', '12 Jan 2027']
      })
      // A week starts on the program's start day, not the calendar's.
      expect(onDay('2026-12-21')?.firstWeek).toBe(3)
      expect(onDay('2026-12-22')?.firstWeek).toBe(4)
    })

    it('starts at week 1 before the program starts, and at its last week after it ends', () => {
      expect(onDay('2026-11-24')).toMatchObject({ firstWeek: 1, weeks: 4 })
      expect(onDay('2026-12-01')?.firstWeek).toBe(1)
      expect(onDay('2027-01-25')).toMatchObject({ firstWeek: 8, weeks: 1 })
      expect(onDay('2027-06-01')).toMatchObject({ firstWeek: 8, weeks: 1, weekDates: ['19 Jan'] })
      const undated = { ...sources(), program: { ...program, startDate: null }, today: '2027-06-01' }
      const sheet = buildHandoutModel(undated).logSheets[0]
      expect(sheet).toMatchObject({ firstWeek: 1, weeks: 4 })
      expect(sheet?.weekDates).toBeUndefined()
    })

    it('starts at the week the trainer chose, and stops at the program’s last week', () => {
      expect(onDay('2026-12-24', { logSheetFromWeek: 2 })).toMatchObject({ firstWeek: 2, weeks: 4 })
      expect(onDay('2026-12-24', { logSheetFromWeek: 6, logSheetWeeks: 100 })).toMatchObject({
        firstWeek: 6,
        weeks: 3
      })
      expect(onDay('2026-12-24', { logSheetFromWeek: 8, logSheetWeeks: 1 })).toMatchObject({
        firstWeek: 8,
        weeks: 1
      })
    })

    it('refuses no weeks, negative, fractional and too many weeks, in plain words naming the field', () => {
      const refusal = (options: unknown, programWeeks = 8) => {
        const result = handoutOptionsFor(programWeeks).safeParse(options)
        const issue = result.error?.issues[0]
        return issue && { field: issue.path.join('.'), message: issue.message }
      }
      expect(refusal({ logSheetWeeks: 0 })).toEqual({ field: 'logSheetWeeks', message: 'At least 1 week' })
      expect(refusal({ logSheetWeeks: -1 })?.message).toBe('At least 1 week')
      expect(refusal({ logSheetWeeks: 2.5 })).toEqual({
        field: 'logSheetWeeks',
        message: 'Enter a whole number like 8'
      })
      expect(refusal({ logSheetWeeks: 105 })?.message).toBe('At most 104 weeks')
      expect(refusal({ logSheetFromWeek: 0 })).toEqual({
        field: 'logSheetFromWeek',
        message: 'From week must be at least 1'
      })
      expect(refusal({ logSheetFromWeek: 1.5 })?.message).toBe('Enter a whole number like 8')
      expect(refusal({ logSheetFromWeek: 9 })).toEqual({
        field: 'logSheetFromWeek',
        message: 'From week can be at most 8'
      })
      // From the last week any count is fine: the sheets stop where the program does.
      expect(refusal({ logSheetWeeks: 104, logSheetFromWeek: 8 })).toBeUndefined()
      expect(refusal({ logSheetWeeks: 16, logSheetFromWeek: 5 }, 20)).toBeUndefined()
    })
  })

  it('prints a load for every %1RM line from the logged e1RM when no 1RM was entered, and says so', () => {
    const base = sources()
    const model = buildHandoutModel({ ...base, maxes: new Map(), estimatedMaxes: new Map([[10, 92.4]]) })
    // 70 % of 92.4 kg is 64.7 kg, on 2.5 kg plates 65 kg; the upper-body day's squat has no load.
    expect(model.workouts[0]?.rows[0]?.load).toBe('70 % 1RM (65 kg, from logged sets)')
    expect(model.logSheets[0]?.rows[0]?.target).toBe('4 × 6–8 · 70 % 1RM (65 kg, from logged sets)')
    // An entered 1RM wins over the estimate, and is not called an estimate.
    const entered = buildHandoutModel({ ...base, estimatedMaxes: new Map([[10, 92.4]]) })
    expect(entered.workouts[0]?.rows[0]?.load).toBe('70 % 1RM (70 kg)')
    // Neither: the percentage alone.
    const none = buildHandoutModel({ ...base, maxes: new Map() })
    expect(none.workouts[0]?.rows[0]?.load).toBe('70 % 1RM')
  })

  it('puts a superset’s rest after its last exercise, taking the first rest set in it', () => {
    const base = sources()
    const lower = base.program.workouts[0]!
    const prescriptions = lower.prescriptions.map((p) =>
      p.supersetGroup === 'A'
        ? { ...p, restMinS: p.exerciseId === 11 ? 90 : null, restMaxS: p.exerciseId === 11 ? 90 : null }
        : p
    )
    const program = { ...base.program, workouts: [{ ...lower, prescriptions }] }
    const rows = buildHandoutModel({ ...base, program }).workouts[0]!.rows
    expect(rows.map((r) => [r.label, r.rest])).toEqual([
      ['A1', '90–120 s'],
      ['B1', 'then B2'],
      ['B2', '90 s'],
      ['C1', '30–60 s']
    ])
  })

  it('explains supersets on the guidance page only when a printed workout has one', () => {
    const headings = (options: Partial<HandoutSources['options']>) =>
      buildHandoutModel(sources(options)).guidance?.paragraphs.map((p) => p.heading) ?? []
    expect(headings({})).toContain('Supersets')
    expect(headings({ workoutIds: [2] })).not.toContain('Supersets')
    for (const paragraph of buildHandoutModel(sources({ workoutIds: [2] })).guidance?.paragraphs ?? []) {
      expect(paragraph.text).not.toMatch(/superset/i)
    }
  })

  it('leaves out a workout without exercises', () => {
    const base = sources()
    const empty = { id: 3, programId: 1, name: 'Mobility', notes: '', position: 2, prescriptions: [] }
    const program = { ...base.program, workouts: [...base.program.workouts, empty] }
    const model = buildHandoutModel({
      ...base,
      program,
      options: handoutOptionsSchema.parse({ workoutIds: [] })
    })
    expect(model.workouts.map((w) => w.name)).toEqual(['Lower body', 'Upper body'])
    expect(model.logSheets.map((w) => w.workout)).toEqual(['Lower body', 'Upper body'])
  })

  it('names the file after the client and program', () => {
    expect(handoutFileName('Zoë Łukasz-Ørsted', 'Spring: block 1/2')).toBe(
      'Zoë Łukasz-Ørsted – Spring block 1 2.pdf'
    )
  })
})
