import { useState, type ReactNode } from 'react'
import { categoryLabels, type Exercise } from '@shared/schemas/exercise'
import { useOperation } from '../../api/hooks'
import { hrefFor, navigate } from '../../app/router'
import { ExerciseFilterControls, useExerciseFilters } from '../../components/ExercisePicker'
import { QueryState } from '../../components/QueryState'
import { useNotify } from '../../components/Toasts'
import { ExerciseForm } from './ExerciseForm'
import { capitalize, hasExerciseFilters, noExerciseFilters } from './exercise-filter'
import '../../styles/library.css'

const EMPTY: Exercise[] = []
const list = (values: readonly string[]): string => capitalize(values.join(', ')) || '—'

function ExerciseRow(props: { exercise: Exercise }): ReactNode {
  const e = props.exercise
  return (
    <tr onClick={() => navigate({ page: 'exercise', id: e.id })}>
      <td>
        <span className="cell-with-badge">
          <a
            className="row-link cell-text"
            href={hrefFor({ page: 'exercise', id: e.id })}
            onClick={(event) => event.stopPropagation()}
          >
            {e.name}
          </a>
          {e.builtinKey === null && <span className="badge accent">Custom</span>}
          {e.archived && <span className="badge warn">Archived</span>}
        </span>
      </td>
      <td>{categoryLabels[e.category]}</td>
      <td title={list(e.primaryMuscles)}>{list(e.primaryMuscles)}</td>
      <td title={list(e.equipment)}>{list(e.equipment)}</td>
    </tr>
  )
}

/** The exercise library: search and filters over built-in and custom exercises, and the way to add one. */
export function LibraryPage(): ReactNode {
  const [showArchived, setShowArchived] = useState(false)
  const [adding, setAdding] = useState(false)
  const notify = useNotify()
  const query = useOperation('exercises.list', { includeArchived: showArchived })
  const exercises = query.data ?? EMPTY
  const { filters, setFilters, shown } = useExerciseFilters(exercises)
  const filtered = hasExerciseFilters(filters)

  return (
    <div className="page">
      <header className="page-header">
        <h1>Exercise library</h1>
        <div className="spacer" />
        <label className="toggle">
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(event) => setShowArchived(event.target.checked)}
          />
          Show archived
        </label>
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          + New exercise
        </button>
      </header>
      <div className="filter-row" role="search" aria-label="Find exercises">
        <input
          className="search filter-search"
          type="search"
          aria-label="Search exercises"
          placeholder="Search name, muscle, equipment…"
          value={filters.query}
          onChange={(event) => setFilters({ ...filters, query: event.target.value })}
        />
        <ExerciseFilterControls filters={filters} onChange={setFilters} />
      </div>
      <QueryState isLoading={query.isLoading} error={query.error} />
      {query.data && shown.length === 0 && (
        <div className="card empty">
          <h2>
            {filters.query.trim() ? `No exercises match “${filters.query.trim()}”` : 'No exercises match'}
          </h2>
          <p>
            Check the spelling, search by muscle or equipment instead, or clear the filters.
            {!showArchived && ' Archived exercises are hidden unless you tick “Show archived”.'}
          </p>
          {filtered && (
            <div className="actions">
              <button type="button" onClick={() => setFilters(noExerciseFilters)}>
                Clear filters
              </button>
            </div>
          )}
        </div>
      )}
      {shown.length > 0 && (
        <>
          <div className="table-wrap library-table">
            <table className="data" aria-label="Exercises">
              <colgroup>
                <col style={{ width: '38%' }} />
                <col style={{ width: '14%' }} />
                <col style={{ width: '24%' }} />
                <col style={{ width: '24%' }} />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Category</th>
                  <th scope="col">Primary muscles</th>
                  <th scope="col">Equipment</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((exercise) => (
                  <ExerciseRow key={exercise.id} exercise={exercise} />
                ))}
              </tbody>
            </table>
          </div>
          <div className="table-footer" aria-live="polite">
            {shown.length === exercises.length
              ? `${exercises.length} ${exercises.length === 1 ? 'exercise' : 'exercises'}`
              : `${shown.length} of ${exercises.length} exercises`}
          </div>
        </>
      )}
      {adding && (
        <ExerciseForm
          onClose={() => setAdding(false)}
          onSaved={(exercise) => {
            setAdding(false)
            notify(`Added ${exercise.name}.`)
            navigate({ page: 'exercise', id: exercise.id })
          }}
        />
      )}
    </div>
  )
}
