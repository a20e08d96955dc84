import { useEffect, useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react'
import {
  categoryLabels,
  equipmentKinds,
  exerciseCategories,
  movementPatterns,
  muscleGroups,
  type Exercise
} from '@shared/schemas/exercise'
import type { Injury } from '@shared/contract'
import { conflictingInjuries } from '@shared/training/injuries'
import { useOperation } from '../api/hooks'
import {
  capitalize,
  exerciseSearchIndex,
  filterExercises,
  noExerciseFilters,
  type ExerciseFilters
} from '../pages/library/exercise-filter'
import { Dialog } from './Dialog'
import { QueryState } from './QueryState'
import '../styles/library.css'

const EMPTY: Exercise[] = []

/** Filter state over a list of exercises, and the exercises that pass it. */
export function useExerciseFilters(exercises: readonly Exercise[]): {
  filters: ExerciseFilters
  setFilters: (filters: ExerciseFilters) => void
  shown: Exercise[]
} {
  const [filters, setFilters] = useState(noExerciseFilters)
  const index = useMemo(() => exerciseSearchIndex(exercises), [exercises])
  const shown = useMemo(() => filterExercises(exercises, index, filters), [exercises, index, filters])
  return { filters, setFilters, shown }
}

function FilterSelect<V extends string>(props: {
  label: string
  any: string
  value: V | ''
  options: readonly V[]
  optionLabel?: (value: V) => string
  onChange: (value: V | '') => void
}): ReactNode {
  return (
    <label className="filter-select">
      <span>{props.label}</span>
      <select value={props.value} onChange={(event) => props.onChange(event.target.value as V | '')}>
        <option value="">{props.any}</option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {(props.optionLabel ?? capitalize)(option)}
          </option>
        ))}
      </select>
    </label>
  )
}

/** The library's four filters (category, equipment, muscle, movement pattern), as labelled selects. */
export function ExerciseFilterControls(props: {
  filters: ExerciseFilters
  onChange: (filters: ExerciseFilters) => void
}): ReactNode {
  const { filters, onChange } = props
  return (
    <>
      <FilterSelect
        label="Category"
        any="All categories"
        value={filters.category}
        options={exerciseCategories}
        optionLabel={(category) => categoryLabels[category]}
        onChange={(category) => onChange({ ...filters, category })}
      />
      <FilterSelect
        label="Equipment"
        any="Any equipment"
        value={filters.equipment}
        options={equipmentKinds}
        onChange={(equipment) => onChange({ ...filters, equipment })}
      />
      <FilterSelect
        label="Muscle"
        any="Any muscle"
        value={filters.muscle}
        options={muscleGroups}
        onChange={(muscle) => onChange({ ...filters, muscle })}
      />
      <FilterSelect
        label="Movement pattern"
        any="Any pattern"
        value={filters.pattern}
        options={movementPatterns}
        onChange={(pattern) => onChange({ ...filters, pattern })}
      />
    </>
  )
}

/** "knee", "knee and ankle", "knee, hip and ankle". */
function listWords(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

/** "Lower body · Quads, glutes": what a picker option or a table row says under the name. */
export function exerciseSummary(exercise: Exercise): string {
  return `${categoryLabels[exercise.category]} · ${capitalize(exercise.primaryMuscles.join(', '))}`
}

/**
 * Finds an exercise to add or swap in: a search box that drives a listbox, so the trainer can
 * type, move with the arrow keys and press Enter without leaving the keyboard (the combobox
 * pattern: focus stays in the input, aria-activedescendant names the active option).
 * Archived exercises are left out. The caller closes the picker, or keeps it open to add several.
 */
export function ExercisePicker(props: {
  title?: string
  /** Exercises that must not be offered, e.g. the one being edited or ones already chosen. */
  excludeIds?: readonly number[]
  /**
   * The client's injuries: every exercise that loads an active one says so, and with
   * `avoidInjuries` those exercises are left out until the trainer asks to see them too.
   */
  injuries?: readonly Injury[]
  avoidInjuries?: boolean
  onPick: (exercise: Exercise) => void
  onClose: () => void
}): ReactNode {
  const list = useOperation('exercises.list', { includeArchived: false })
  const data = list.data ?? EMPTY
  const excludeKey = (props.excludeIds ?? []).join(',')
  const injuries = props.injuries
  const conflicts = useMemo(() => {
    const map = new Map<number, string[]>()
    if (!injuries) return map
    for (const exercise of data) {
      const areas = [...new Set(conflictingInjuries(exercise.cautions, injuries).map((i) => i.bodyArea))]
      if (areas.length > 0) map.set(exercise.id, areas)
    }
    return map
  }, [data, injuries])
  const [showConflicting, setShowConflicting] = useState(false)
  const hideConflicting = (props.avoidInjuries ?? false) && !showConflicting
  const offered = useMemo(() => {
    const excluded = new Set(excludeKey.split(',').map(Number))
    return data.filter((e) => !excluded.has(e.id))
  }, [data, excludeKey])
  const conflictingCount = offered.filter((e) => conflicts.has(e.id)).length
  const exercises = useMemo(
    () => (hideConflicting ? offered.filter((e) => !conflicts.has(e.id)) : offered),
    [offered, conflicts, hideConflicting]
  )
  const injuredAreas = [
    ...new Set((injuries ?? []).filter((i) => i.resolvedOn === null).map((i) => i.bodyArea))
  ]
  const { filters, setFilters, shown } = useExerciseFilters(exercises)
  const [active, setActive] = useState(0)
  const baseId = useId()
  const listId = `${baseId}-list`
  const optionId = (exercise: Exercise): string => `${baseId}-option-${exercise.id}`
  const activeIndex = Math.max(0, Math.min(active, shown.length - 1))
  const activeExercise = shown[activeIndex]

  // Keep the active option in view as the arrow keys move past the visible rows.
  const activeDomId = activeExercise ? optionId(activeExercise) : undefined
  useEffect(() => {
    if (activeDomId) document.getElementById(activeDomId)?.scrollIntoView({ block: 'nearest' })
  }, [activeDomId])

  const changeFilters = (next: ExerciseFilters): void => {
    setFilters(next)
    setActive(0)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    const last = shown.length - 1
    const moves: Record<string, number> = {
      ArrowDown: Math.max(0, Math.min(activeIndex + 1, last)),
      ArrowUp: Math.max(activeIndex - 1, 0),
      PageDown: Math.max(0, Math.min(activeIndex + 8, last)),
      PageUp: Math.max(activeIndex - 8, 0)
    }
    if (event.key in moves) {
      event.preventDefault()
      setActive(moves[event.key] ?? 0)
    } else if (event.key === 'Enter') {
      // Never let Enter reach a form the picker may sit in.
      event.preventDefault()
      if (activeExercise) props.onPick(activeExercise)
    } else if (event.key === 'Escape') {
      // A search input swallows the first Escape to clear itself; the trainer means "close".
      event.preventDefault()
      props.onClose()
    }
  }

  return (
    <Dialog title={props.title ?? 'Add exercise'} onClose={props.onClose}>
      <div className="picker">
        <input
          className="picker-search"
          type="search"
          role="combobox"
          aria-label="Search exercises"
          aria-autocomplete="list"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={activeDomId}
          placeholder="Search name, muscle, equipment…"
          autoFocus
          autoComplete="off"
          value={filters.query}
          onChange={(event) => changeFilters({ ...filters, query: event.target.value })}
          onKeyDown={onKeyDown}
        />
        <div className="filter-row">
          <ExerciseFilterControls filters={filters} onChange={changeFilters} />
        </div>
        {props.avoidInjuries && injuredAreas.length > 0 && (
          <div className="picker-injuries">
            <span>
              {hideConflicting
                ? `Showing exercises that avoid the active ${listWords(injuredAreas)} injury.`
                : `Exercises that load the active ${listWords(injuredAreas)} injury are marked.`}
            </span>
            {conflictingCount > 0 && (
              <label className="check">
                <input
                  type="checkbox"
                  checked={showConflicting}
                  onChange={(event) => {
                    setShowConflicting(event.target.checked)
                    setActive(0)
                  }}
                />
                Also show the {conflictingCount} that load it
              </label>
            )}
          </div>
        )}
        <QueryState isLoading={list.isLoading} error={list.error} />
        <ul className="picker-list" id={listId} role="listbox" aria-label="Exercises">
          {shown.map((exercise, index) => (
            <li
              key={exercise.id}
              id={optionId(exercise)}
              role="option"
              aria-selected={index === activeIndex}
              onMouseMove={() => index !== activeIndex && setActive(index)}
              onClick={() => props.onPick(exercise)}
            >
              <span className="picker-name">
                {exercise.name}
                {exercise.builtinKey === null && <span className="badge accent">Custom</span>}
              </span>
              <span className="picker-meta">
                {exerciseSummary(exercise)}
                {conflicts.has(exercise.id) && (
                  <span className="badge warn">Loads the {listWords(conflicts.get(exercise.id) ?? [])}</span>
                )}
              </span>
            </li>
          ))}
        </ul>
        {list.data && shown.length === 0 && (
          <p className="muted picker-empty">No exercises match. Try fewer words or clear a filter.</p>
        )}
        <p className="muted picker-help">
          {shown.length} {shown.length === 1 ? 'exercise' : 'exercises'} · ↑ ↓ to move, Enter to choose, Esc
          to close
        </p>
      </div>
    </Dialog>
  )
}
