import { describe, expect, it } from 'vitest'
import type { Exercise } from '@shared/schemas/exercise'
import {
  capitalize,
  exerciseSearchIndex,
  filterExercises,
  hasExerciseFilters,
  noExerciseFilters,
  type ExerciseFilters
} from './exercise-filter'

const exercise = (id: number, name: string, fields: Partial<Exercise> = {}): Exercise => ({
  id,
  name,
  builtinKey: null,
  archived: false,
  category: 'lower',
  pattern: 'squat',
  equipment: [],
  primaryMuscles: ['quads'],
  secondaryMuscles: [],
  unilateral: false,
  steps: [],
  cues: [],
  cautions: [],
  runnerBenefit: '',
  alternatives: [],
  ...fields
})

const library = [
  exercise(1, 'Copenhagen plank', {
    pattern: 'hip adduction',
    equipment: ['bench', 'mat'],
    primaryMuscles: ['adductors'],
    secondaryMuscles: ['obliques']
  }),
  exercise(2, 'Goblet squat', {
    equipment: ['dumbbell', 'kettlebell'],
    secondaryMuscles: ['glutes', 'core']
  }),
  exercise(3, 'Pull-up', {
    category: 'upper',
    pattern: 'vertical pull',
    equipment: ['pull-up bar'],
    primaryMuscles: ['lats', 'upper back'],
    secondaryMuscles: ['biceps']
  }),
  exercise(4, 'Élan lunge', { pattern: 'lunge', equipment: ['dumbbell'], primaryMuscles: ['glutes'] })
]
const index = exerciseSearchIndex(library)
const ids = (filters: Partial<ExerciseFilters>): number[] =>
  filterExercises(library, index, { ...noExerciseFilters, ...filters }).map((e) => e.id)

describe('exercise filter', () => {
  it('keeps everything with no filters or a blank query', () => {
    expect(ids({})).toEqual([1, 2, 3, 4])
    expect(ids({ query: '   ' })).toEqual([1, 2, 3, 4])
  })

  it('searches names ignoring case and accents, every word anywhere', () => {
    expect(ids({ query: 'copenhagen' })).toEqual([1])
    expect(ids({ query: 'COPENHAGEN   Plank' })).toEqual([1])
    expect(ids({ query: 'elan' })).toEqual([4])
    expect(ids({ query: 'élan' })).toEqual([4])
    expect(ids({ query: 'plank squat' })).toEqual([])
  })

  it('searches muscles, movement pattern and equipment too', () => {
    expect(ids({ query: 'adductors' })).toEqual([1])
    expect(ids({ query: 'biceps' })).toEqual([3])
    expect(ids({ query: 'vertical pull' })).toEqual([3])
    expect(ids({ query: 'kettlebell' })).toEqual([2])
    expect(ids({ query: 'dumbbell glutes' })).toEqual([2, 4])
  })

  it('filters by category, equipment, muscle (primary or secondary) and pattern, combined', () => {
    expect(ids({ category: 'upper' })).toEqual([3])
    expect(ids({ equipment: 'dumbbell' })).toEqual([2, 4])
    expect(ids({ muscle: 'glutes' })).toEqual([2, 4])
    expect(ids({ muscle: 'obliques' })).toEqual([1])
    expect(ids({ pattern: 'lunge' })).toEqual([4])
    expect(ids({ category: 'lower', equipment: 'dumbbell', muscle: 'core' })).toEqual([2])
    expect(ids({ equipment: 'dumbbell', query: 'lunge' })).toEqual([4])
    expect(ids({ category: 'core' })).toEqual([])
  })

  it('knows when any filter is set', () => {
    expect(hasExerciseFilters(noExerciseFilters)).toBe(false)
    expect(hasExerciseFilters({ ...noExerciseFilters, query: '  ' })).toBe(false)
    expect(hasExerciseFilters({ ...noExerciseFilters, muscle: 'calves' })).toBe(true)
  })

  it('turns contract words into labels', () => {
    expect(capitalize('pull-up bar')).toBe('Pull-up bar')
    expect(capitalize('')).toBe('')
  })
})
