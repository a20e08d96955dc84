import { useMemo, type ReactNode } from 'react'
import type { Output } from '@shared/contract'
import { formatMass, type MassUnit } from '@shared/units'
import { useOperation, useWrite } from '../api/hooks'
import { errorMessage } from '../api/errors'
import { useUnits } from '../app/units'
import { QueryState } from './QueryState'
import { useNotify } from './Toasts'
// The list's look lives with the Progress styles; imported here so the builder and the log get it too.
import '../pages/progress/progress.css'

type Suggestion = Output<'suggestions.list'>[number]

const noSuggestions: Suggestion[] = []

const span = (min: number, max: number): string => (min === max ? String(max) : `${min}–${max}`)

/** What accepting does, as the button and the confirmation say it. */
function changeWords(change: Suggestion['change'], unit: MassUnit): { button: string; done: string } {
  switch (change.kind) {
    case 'load':
      return {
        button: `Use ${formatMass(unit, change.loadKg)}`,
        done: `load set to ${formatMass(unit, change.loadKg)}`
      }
    case 'exercise':
      return { button: `Switch to ${change.exerciseName}`, done: `swapped for ${change.exerciseName}` }
    case 'reps':
      return {
        button: `Use ${span(change.repsMin, change.repsMax)} reps`,
        done: `${span(change.repsMin, change.repsMax)} reps`
      }
    case 'hold':
      return {
        button: `Hold ${span(change.holdMinS, change.holdMaxS)} s`,
        done: `holds of ${span(change.holdMinS, change.holdMaxS)} s`
      }
    case 'sets':
      return {
        button: `Use ${span(change.setsMin, change.setsMax)} sets`,
        done: `${span(change.setsMin, change.setsMax)} sets`
      }
  }
}

/**
 * Progression suggestions for a client's active program, each with its reason, the rule it
 * followed, and Accept / Dismiss. Accepting is the only way a suggestion changes a prescription. `prescriptionIds`
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
        Nothing to suggest yet: a suggestion appears when every prescribed set reaches the top of its range,
        or falls short of it twice in a row.
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
    <ul className="suggestions" aria-label="Progression suggestions">
      {suggestions.map((s) => {
        const name = nameOf(s)
        const words = changeWords(s.change, units.mass)
        return (
          <li key={s.prescriptionId} className={`suggestion ${s.kind}`}>
            <div className="suggestion-text">
              <strong>
                {s.exerciseName}
                <span className="muted"> · {s.workoutName}</span>
              </strong>
              <span>{s.reason}</span>
              <small className="muted suggestion-rule">Rule: {s.rule}.</small>
            </div>
            <div className="suggestion-actions">
              <button
                type="button"
                className="button primary"
                aria-label={`Accept suggestion for ${name}`}
                disabled={busy}
                onClick={() =>
                  accept.mutate(
                    { clientId: props.clientId, prescriptionId: s.prescriptionId, change: s.change },
                    {
                      onSuccess: () => notify(`${name}: ${words.done}.`),
                      onError: (error) => notify(errorMessage(error), { kind: 'error' })
                    }
                  )
                }
              >
                {words.button}
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
