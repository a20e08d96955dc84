import { useEffect, useRef, useState, type ReactNode } from 'react'
import { arrayMove } from '@dnd-kit/sortable'
import type { Workout } from '@shared/contract'
import { estimateWorkoutSeconds } from '@shared/training/duration'
import { inSuperset, orderLabels } from '@shared/training/supersets'
import { useWrite } from '../../api/hooks'
import { ConfirmDialog } from '../../components/Dialog'
import { ExercisePicker } from '../../components/ExercisePicker'
import { movedWords, SortableList, useMoveAnnouncer } from '../../components/sortable-list'
import { useNotify } from '../../components/Toasts'
import { contract } from '@shared/contract'
import { TextInput } from '../../components/NumberInput'
import { useBuilder } from './builder-context'
import { PrescriptionRow } from './PrescriptionRow'
import { counted } from '../../format'

/** The contract's rule for a workout's name: required, at most 80 characters. */
const workoutNameRule = { key: 'workoutName', field: contract['workouts.update'].input.shape.name }

/** One workout (a training day): its name, estimated length and its exercises in order. */
export function WorkoutCard(props: { workout: Workout; index: number; count: number }): ReactNode {
  const w = props.workout
  const builder = useBuilder()
  const rename = useWrite('workouts.update')
  const move = useWrite('workouts.move')
  const duplicate = useWrite('workouts.duplicate')
  const remove = useWrite('workouts.delete')
  const add = useWrite('prescriptions.add')
  const moveRx = useWrite('prescriptions.move')
  const removeRx = useWrite('prescriptions.delete')
  const restoreRx = useWrite('prescriptions.restore')
  const notify = useNotify()
  const [picking, setPicking] = useState(false)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const listRef = useRef<HTMLOListElement>(null)
  const moves = useMoveAnnouncer()
  // The order just chosen shows at once, before the store answers. It stays while any move is in
  // flight: a reread answering an earlier move would otherwise show that older order, and the next
  // ↑ would move from it. Once the last move is answered, the next reread replaces it.
  const [shownOrder, setShownOrder] = useState<{ from: Workout['prescriptions']; order: number[] }>()
  const [moving, setMoving] = useState(0)
  const latest = useRef(w.prescriptions)
  useEffect(() => {
    latest.current = w.prescriptions
  })
  const ordered =
    shownOrder && (moving > 0 || shownOrder.from === w.prescriptions)
      ? shownOrder.order.map((id) => w.prescriptions.find((p) => p.id === id)).filter((p) => p !== undefined)
      : w.prescriptions
  const ids = ordered.map((p) => p.id)

  const labels = orderLabels(ordered)
  const exerciseIds = ordered.map((p) => p.exerciseId)
  const supersets = inSuperset(ordered)
  const minutes = Math.round(estimateWorkoutSeconds(ordered) / 60)

  /**
   * Moves an exercise, says so to screen readers, and keeps keyboard focus on its handle so it
   * can keep moving (React moves the row's element, which drops the focus it held).
   */
  const moveTo = (id: number, position: number, announce: boolean): void => {
    const from = ids.indexOf(id)
    const name = ordered[from]?.exerciseName ?? ''
    if (from < 0 || position === from) return
    setShownOrder({ from: w.prescriptions, order: arrayMove(ids, from, position) })
    const refocus = (): void =>
      listRef.current?.querySelector<HTMLElement>(`[aria-label="Reorder ${CSS.escape(name)}"]`)?.focus()
    requestAnimationFrame(refocus)
    if (announce) moves.announce(movedWords(name, position, ids.length))
    setMoving((n) => n + 1)
    moveRx.mutate(
      { id, position },
      {
        onSuccess: () => requestAnimationFrame(refocus),
        onError: () => setShownOrder(undefined),
        onSettled: () => {
          setMoving((n) => n - 1)
          setShownOrder((shown) => shown && { ...shown, from: latest.current })
        }
      }
    )
  }

  return (
    <section className="card workout" aria-label={`Workout ${w.name}`}>
      <div className="workout-head">
        <TextInput
          label="Workout name"
          value={w.name}
          rule={workoutNameRule}
          onCommit={(name) => rename.mutateAsync({ id: w.id, name })}
        />
        <span className="badge" title="Estimated from sets, reps or holds, tempo and rest">
          ≈ {minutes} min
        </span>
        <span className="spacer" />
        <button
          type="button"
          className="link"
          disabled={props.index === 0}
          onClick={() => move.mutate({ id: w.id, position: props.index - 1 })}
          aria-label={`Move ${w.name} earlier`}
        >
          ↑
        </button>
        <button
          type="button"
          className="link"
          disabled={props.index === props.count - 1}
          onClick={() => move.mutate({ id: w.id, position: props.index + 1 })}
          aria-label={`Move ${w.name} later`}
        >
          ↓
        </button>
        <button type="button" className="link" onClick={() => duplicate.mutate({ id: w.id })}>
          Duplicate
        </button>
        <button type="button" className="link danger" onClick={() => setConfirmDelete(true)}>
          Delete
        </button>
      </div>
      {w.prescriptions.length === 0 && (
        <p className="muted">No exercises yet. Add the first one from the library.</p>
      )}
      {moves.region}
      <SortableList
        ids={ids}
        nameOf={(id) => ordered.find((p) => p.id === id)?.exerciseName ?? ''}
        onMove={(id, index) => moveTo(id, index, false)}
      >
        <ol className="rx-list" ref={listRef}>
          {ordered.map((p, index) => (
            <PrescriptionRow
              key={p.id}
              prescription={p}
              label={labels[index] ?? ''}
              superset={supersets[index] ?? false}
              linkedToPrevious={
                index > 0 && p.supersetGroup !== null && ordered[index - 1]?.supersetGroup === p.supersetGroup
              }
              index={index}
              count={ordered.length}
              workoutExerciseIds={exerciseIds}
              onMove={(position) => moveTo(p.id, position, true)}
              onRemove={() =>
                removeRx.mutate(
                  { id: p.id },
                  {
                    onSuccess: (removed) => {
                      const {
                        id: _id,
                        exerciseName: _n,
                        exerciseCautions: _c,
                        exerciseCategory: _k,
                        ...snapshot
                      } = removed
                      notify(`Removed ${removed.exerciseName}.`, {
                        action: { label: 'Undo', run: () => restoreRx.mutate(snapshot) }
                      })
                    }
                  }
                )
              }
            />
          ))}
        </ol>
      </SortableList>
      <div>
        <button type="button" onClick={() => setPicking(true)}>
          + Add exercise
        </button>
      </div>
      {picking && (
        <ExercisePicker
          title={`Add an exercise to ${w.name}`}
          injuries={builder.injuries}
          onClose={() => setPicking(false)}
          onPick={(exercise) => {
            setPicking(false)
            add.mutate({
              workoutId: w.id,
              exerciseId: exercise.id,
              body: exercise.pattern.startsWith('anti-')
                ? { repsMin: null, repsMax: null, holdMinS: 30, holdMaxS: 45 }
                : {}
            })
          }}
        />
      )}
      {confirmDelete && (
        <ConfirmDialog
          title={`Delete ${w.name}?`}
          message={
            <p style={{ margin: 0 }}>
              The workout and its {counted(w.prescriptions.length, 'exercise')} are removed from this program.
            </p>
          }
          confirmLabel={`Delete ${w.name}`}
          danger
          onClose={() => setConfirmDelete(false)}
          onConfirm={() => {
            setConfirmDelete(false)
            remove.mutate({ id: w.id })
          }}
        />
      )}
    </section>
  )
}
