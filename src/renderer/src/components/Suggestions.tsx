import { useMemo, type ReactNode } from 'react'
import type { Output } from '@shared/contract'
import { formatMass } from '@shared/units'
import { useOperation, useWrite } from '../api/hooks'
import { errorMessage } from '../api/errors'
import { useUnits } from '../app/units'
import { QueryState } from './QueryState'
import { useNotify } from './Toasts'
// The list's look lives with the Progress styles; imported here so the builder and the log get it too.
import '../pages/progress/progress.css'

type Suggestion = Output<'suggestions.list'>[number]

const noSuggestions: Suggestion[] = []

/**
 * Load suggestions for a client's active program, each with its reason and Accept / Dismiss.
 * Accepting is the only way a suggestion changes a prescription's load. `prescriptionIds`
 * narrows the list (the builder shows one workout's, the log the session's); `showEmpty` says so
 * when there is nothing to suggest, where the list has a place of its own (the Progress tab).
 */
export function Suggestions(props: {
  clientId: number
  prescriptionIds?: number[]
  showEmpty?: boolean
}): ReactNode {
  const query = useOperation('suggestions.list', { clientId: props.clientId })
  const accept = useWrite('suggestions.accept')
  const dismiss = useWrite('suggestions.dismiss')
  const notify = useNotify()
  const units = useUnits()
  const { prescriptionIds } = props
  const suggestions = useMemo(() => {
    const all = query.data ?? noSuggestions
    if (!prescriptionIds) return all
    const wanted = new Set(prescriptionIds)
    return all.filter((s) => wanted.has(s.prescriptionId))
  }, [query.data, prescriptionIds])

  if (query.isLoading || query.error) return <QueryState isLoading={query.isLoading} error={query.error} />
  if (suggestions.length === 0) {
    return props.showEmpty ? (
      <p className="muted suggestions-empty">
        No load changes to suggest: they appear when every set reaches the top of its rep range, or falls
        short of it twice in a row.
      </p>
    ) : null
  }

  // The exercise name is the accessible name; the workout is added only where it is needed to tell two apart.
  const counts = new Map<string, number>()
  for (const s of suggestions) counts.set(s.exerciseName, (counts.get(s.exerciseName) ?? 0) + 1)
  const nameOf = (s: Suggestion): string =>
    (counts.get(s.exerciseName) ?? 0) > 1 ? `${s.exerciseName} in ${s.workoutName}` : s.exerciseName
  const busy = accept.isPending || dismiss.isPending

  return (
    <ul className="suggestions" aria-label="Load suggestions">
      {suggestions.map((s) => {
        const name = nameOf(s)
        const load = formatMass(units.mass, s.loadKg)
        return (
          <li key={s.prescriptionId} className={`suggestion ${s.kind}`}>
            <div className="suggestion-text">
              <strong>
                {s.exerciseName}
                <span className="muted"> · {s.workoutName}</span>
              </strong>
              <span>{s.reason}</span>
            </div>
            <div className="suggestion-actions">
              <button
                type="button"
                className="button primary"
                aria-label={`Accept suggestion for ${name}`}
                disabled={busy}
                onClick={() =>
                  accept.mutate(
                    { clientId: props.clientId, prescriptionId: s.prescriptionId, loadKg: s.loadKg },
                    {
                      onSuccess: () => notify(`${name}: load set to ${load}.`),
                      onError: (error) => notify(errorMessage(error), { kind: 'error' })
                    }
                  )
                }
              >
                Use {load}
              </button>
              <button
                type="button"
                className="button"
                aria-label={`Dismiss suggestion for ${name}`}
                disabled={busy}
                onClick={() =>
                  dismiss.mutate(
                    { clientId: props.clientId, prescriptionId: s.prescriptionId },
                    { onError: (error) => notify(errorMessage(error), { kind: 'error' }) }
                  )
                }
              >
                Dismiss
              </button>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
