import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bestMatch, cardioKind } from './exercise-match'
import { parseWorkoutDate, readWorkoutCsv, WorkoutFileError } from './workout-csv'

const fixture = (name: string): string =>
  readFileSync(join(__dirname, '../../../test/fixtures/imports', name), 'utf8')

describe('Strong exports', () => {
  it('reads the comma variant: quoted commas, W and D and F set orders, rest timers, timed and distance sets', () => {
    const file = readWorkoutCsv(fixture('strong-comma.csv'))
    expect(file.format).toBe('strong')
    expect(file.unitsKnown).toBe(false)
    expect(file.restTimerRows).toBe(1)
    expect(file.workouts.map((w) => [w.date, w.name, w.durationS])).toEqual([
      ['2024-03-04', 'Legs, then core', 3900],
      ['2024-03-07', 'Upper', 2700]
    ])
    const legs = file.workouts[0]!
    expect(legs.notes).toBe('Felt fresh, slept well')
    expect(legs.sets.map((s) => [s.exercise, s.type])).toEqual([
      ['Squat (Barbell)', 'warmup'],
      ['Squat (Barbell)', 'normal'],
      ['Squat (Barbell)', 'normal'],
      ['Squat (Barbell)', 'dropset'],
      ['Plank', 'normal'],
      ['Plank', 'normal'],
      ['Running (Treadmill)', 'normal']
    ])
    expect(legs.sets[1]).toMatchObject({
      weight: 80,
      reps: 8,
      rpe: 8,
      notes: 'Belt on, depth good',
      weightUnit: null
    })
    expect(legs.sets[4]).toMatchObject({ seconds: 60, reps: 0 })
    expect(legs.sets[6]).toMatchObject({ distanceRaw: 3.2, seconds: 1200 })
    expect(file.workouts[1]!.sets[1]!.type).toBe('failure')
  })

  it('reads the semicolon variant with a byte-order mark, per-row units and decimal commas', () => {
    const file = readWorkoutCsv(fixture('strong-semicolon.csv'))
    expect(file.format).toBe('strong')
    expect(file.unitsKnown).toBe(true)
    const [workout] = file.workouts
    expect(workout?.name).toBe('Morning; hips')
    expect(workout?.durationS).toBe(2400)
    expect(workout?.sets.map((s) => [s.exercise, s.type, s.weight, s.weightUnit, s.rpe])).toEqual([
      ['Deadlift (Barbell)', 'warmup', 95, 'lb', null],
      ['Deadlift (Barbell)', 'normal', 225, 'lb', 7.5],
      ['Deadlift (Barbell)', 'normal', 225, 'lb', 8],
      ['Hip Thrust (Barbell)', 'normal', 62.5, 'kg', null],
      ['Farmers Walk', 'normal', 24, 'kg', null]
    ])
    expect(workout?.sets[3]?.notes).toBe('Pause at top, 2 s')
    expect(workout?.sets[4]?.distanceM).toBe(40)
  })

  it('reads the newer variant with units in the header', () => {
    const file = readWorkoutCsv(fixture('strong-v6.csv'))
    expect(file.unitsKnown).toBe(true)
    expect(file.restTimerRows).toBe(1)
    expect(file.workouts[0]).toMatchObject({ name: 'Lower A', durationS: 3120 })
    expect(file.workouts[0]?.sets[0]).toMatchObject({
      exercise: 'Lunge (Dumbbell)',
      weight: 12,
      weightUnit: 'kg',
      reps: 10
    })
    expect(file.workouts[1]?.sets[0]).toMatchObject({ exercise: 'Running', distanceM: 5000, seconds: 1800 })
  })
})

describe('Hevy exports', () => {
  it('reads set types, supersets, exercise notes, "4 Mar 2024, 07:12" dates, timed and distance sets', () => {
    const file = readWorkoutCsv(fixture('hevy-kg.csv'))
    expect(file.format).toBe('hevy')
    expect(file.unitsKnown).toBe(true)
    const [push, legs] = file.workouts
    expect(push).toMatchObject({
      start: '2024-03-04T07:12',
      date: '2024-03-04',
      name: 'Push day',
      durationS: 51 * 60
    })
    expect(push?.notes).toBe('Shoulder felt tight, kept it light')
    expect(push?.exerciseNotes).toEqual({ 'Bench Press (Dumbbell)': 'Slow eccentric' })
    expect(push?.sets.map((s) => s.type)).toEqual([
      'warmup',
      'normal',
      'failure',
      'normal',
      'dropset',
      'normal',
      'normal',
      'normal'
    ])
    expect(push?.sets.filter((s) => s.supersetId === '0').map((s) => s.exercise)).toEqual([
      'Triceps Pushdown',
      'Triceps Pushdown',
      'Push Up'
    ])
    expect(push?.sets[6]).toMatchObject({ exercise: 'Plank', seconds: 60 })
    expect(push?.sets[7]).toMatchObject({ exercise: 'Treadmill', distanceM: 2500, seconds: 900 })
    expect(legs?.sets[1]).toMatchObject({ weight: 85, weightUnit: 'kg', rpe: 8.5 })
  })

  it('reads pounds and miles, a byte-order mark and "Mar 18, 2024, 7:05 AM" dates', () => {
    const file = readWorkoutCsv(fixture('hevy-lbs.csv'))
    expect(file.workouts[0]).toMatchObject({ start: '2024-03-18T07:05', durationS: 53 * 60 })
    expect(file.workouts[0]?.sets[0]).toMatchObject({ weight: 225, weightUnit: 'lb' })
    expect(file.workouts[0]?.sets[2]?.distanceM).toBeCloseTo(4988.97, 1)
  })
})

describe('files that are not exports', () => {
  it('refuses a CSV with no recognisable header in one sentence', () => {
    expect(() => readWorkoutCsv('name,email\nZoë,zoe@example.com\n')).toThrow(WorkoutFileError)
    expect(() => readWorkoutCsv('name,email\n')).toThrow(/not a Strong or Hevy export/)
  })

  it('names the row of a date it cannot read', () => {
    expect(() =>
      readWorkoutCsv('Date,Workout Name,Exercise Name,Set Order,Weight,Reps\nyesterday,A,Squat,1,50,5\n')
    ).toThrow(/Row 2: the date “yesterday”/)
  })

  it('reads the date formats both apps write', () => {
    expect(parseWorkoutDate('2024-03-04 07:12:33')).toBe('2024-03-04T07:12')
    expect(parseWorkoutDate('4 Mar 2024, 07:12')).toBe('2024-03-04T07:12')
    expect(parseWorkoutDate('Mar 4, 2024, 12:15 PM')).toBe('2024-03-04T12:15')
    expect(parseWorkoutDate('Mar 4, 2024, 12:15 AM')).toBe('2024-03-04T00:15')
    expect(parseWorkoutDate('soon')).toBeNull()
  })
})

describe('exercise names', () => {
  const library = [
    { id: 1, name: 'Barbell back squat', equipment: ['barbell'] },
    { id: 2, name: 'Goblet squat', equipment: ['dumbbell', 'kettlebell'] },
    { id: 3, name: 'Dumbbell bench press', equipment: ['dumbbell'] },
    { id: 4, name: 'Deadlift', equipment: ['barbell'] },
    { id: 5, name: 'Push-up', equipment: ['bodyweight'] },
    { id: 6, name: 'Plank', equipment: ['bodyweight'] },
    { id: 7, name: 'Dumbbell forward lunge', equipment: ['dumbbell'] }
  ]
  it('matches the other apps’ names to the library by their words', () => {
    expect(bestMatch('Squat (Barbell)', library)?.id).toBe(1)
    expect(bestMatch('Bench Press (Dumbbell)', library)?.id).toBe(3)
    expect(bestMatch('Deadlift (Barbell)', library)?.id).toBe(4)
    expect(bestMatch('Push Up', library)?.id).toBe(5)
    expect(bestMatch('Plank', library)?.id).toBe(6)
    expect(bestMatch('Lunge (Dumbbell)', library)?.id).toBe(7)
  })
  it('leaves a name it cannot place for the trainer', () => {
    expect(bestMatch('Triceps Pushdown', library)).toBeNull()
    expect(bestMatch('Cable Woodchop', library)).toBeNull()
  })
  it('sends runs and other cardio to the run log', () => {
    expect(cardioKind('Running (Treadmill)')).toBe('run')
    expect(cardioKind('Treadmill')).toBe('run')
    expect(cardioKind('Rowing Machine')).toBe('cross')
    expect(cardioKind('Bent Over Row (Dumbbell)')).toBeNull()
  })
})
