import type { Exercise } from '@shared/schemas/exercise'
import { foldText } from '@shared/fold-text'

/** What the trainer narrowed the library to; an empty string means "any". */
export interface ExerciseFilters {
  query: string
  category: Exercise['category'] | ''
  equipment: Exercise['equipment'][number] | ''
  muscle: Exercise['primaryMuscles'][number] | ''
  pattern: Exercise['pattern'] | ''
}

export const noExerciseFilters: ExerciseFilters = {
  query: '',
  category: '',
  equipment: '',
  muscle: '',
  pattern: ''
}

export function hasExerciseFilters(filters: ExerciseFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.category !== '' ||
    filters.equipment !== '' ||
    filters.muscle !== '' ||
    filters.pattern !== ''
  )
}

/**
 * The text an exercise is found by (name, muscles, movement pattern, equipment), folded once per
 * list load so each keystroke only compares strings.
 */
export function exerciseSearchIndex(exercises: readonly Exercise[]): Map<number, string> {
  return new Map(
    exercises.map((e) => [
      e.id,
      foldText(
        [
          e.name,
          e.primaryMuscles.join(' '),
          e.secondaryMuscles.join(' '),
          e.pattern,
          e.equipment.join(' ')
        ].join(' ')
      )
    ])
  )
}

/**
 * Exercises that pass every chosen filter and contain every typed word, ignoring case and
 * accents. A muscle filter matches primary and secondary muscles alike: a trainer looking for
 * glute work wants lunges too.
 */
export function filterExercises(
  exercises: readonly Exercise[],
  index: Map<number, string>,
  filters: ExerciseFilters
): Exercise[] {
  const words = foldText(filters.query).split(/\s+/).filter(Boolean)
  return exercises.filter((e) => {
    if (filters.category && e.category !== filters.category) return false
    if (filters.pattern && e.pattern !== filters.pattern) return false
    if (filters.equipment && !e.equipment.includes(filters.equipment)) return false
    if (
      filters.muscle &&
      !e.primaryMuscles.includes(filters.muscle) &&
      !e.secondaryMuscles.includes(filters.muscle)
    )
      return false
    if (words.length === 0) return true
    const text = index.get(e.id) ?? foldText(e.name)
    return words.every((word) => text.includes(word))
  })
}

/** "pull-up bar" → "Pull-up bar": the contract's lower-case words as labels. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
