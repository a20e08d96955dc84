import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { Prescription } from '@shared/contract'
import { sessionHeaderFormSchema } from '@shared/forms/log-forms'
import type { Session } from '@shared/schemas/logs'
import { orderLabels } from '@shared/training/supersets'
import { formatDate, localToday } from '@shared/dates'
import { ApiError } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { useOperation, useSettings, useWrite } from '../../api/hooks'
import { useUnits } from '../../app/units'
import { ExercisePicker } from '../../components/ExercisePicker'
import { Field } from '../../components/Field'
import { QueryState } from '../../components/QueryState'
import { useNotify } from '../../components/Toasts'
import {
  blankRow,
  cellId,
  cellOfField,
  describeSavePlan,
  gridToSets,
  lastLoadsOf,
  nextSet,
  prefillRows,
  savePlan,
  sessionRows,
  type GridRow,
  type GridSet,
  type PrefillContext
} from './session-grid'
import './log.css'
import { DeleteDialog } from '../../components/DeleteDialog'
import { FormFooter } from '../../components/FormFooter'
import { formFieldOf } from '../../components/server-error'
import { plateStepFor } from '@shared/schemas/settings'
import { taperPrescriptions } from '@shared/training/taper'
import { useTaperWeek } from './use-taper-week'
import { counted } from '../../format'

type Column = 'reps' | 'load' | 'rpe'
const columns: Column[] = ['reps', 'load', 'rpe']
const EMPTY: Prescription[] = []

/** The client's maxes and the trainer's units and plate step, as prefilling needs them. */
export function usePrefillContext(
  clientId: number,
  /** Estimate maxes from sessions before this day only: the taper holds loads where they were. */
  asOf: string | null = null
): {
  ctx: PrefillContext | undefined
  error: Error | null
} {
  const units = useUnits()
  const settings = useSettings()
  const maxes = useOperation('maxes.list', { clientId })
  const estimated = useOperation('maxes.estimated', { clientId, asOf })
  const ctx = useMemo(() => {
    if (!settings.data || !maxes.data || !estimated.data) return undefined
    // As in the builder: the trainer's 1RM when entered, otherwise the one estimated from the logs.
    const known = [...estimated.data, ...maxes.data].map((m): [number, number] => [m.exerciseId, m.kg])
    return { unit: units.mass, plateStep: plateStepFor(settings.data, units.mass), maxes: new Map(known) }
  }, [settings.data, maxes.data, estimated.data, units.mass])
  return { ctx, error: settings.error ?? maxes.error ?? estimated.error }
}

/**
 * Logs one session, or edits a logged one: loads what it needs (the session, its workout's
 * prescriptions, the client's maxes), then hands the form its starting grid.
 */
export function SessionEditor(props: {
  clientId: number
  clientName: string
  /** The session to edit; null for a new one. */
  sessionId: number | null
  /** For a new session: the program and workout it follows, or null for a blank session. */
  programId: number | null
  workoutId: number | null
  onSaved: (session: Session) => void
  onClose: () => void
}): ReactNode {
  const session = useOperation('sessions.get', { id: props.sessionId ?? 0 }, props.sessionId !== null)
  const programId = props.sessionId !== null ? (session.data?.programId ?? null) : props.programId
  const workoutId = props.sessionId !== null ? (session.data?.workoutId ?? null) : props.workoutId
  const program = useOperation('programs.get', { id: programId ?? 0 }, programId !== null)
  // A new session in a taper week starts from the taper's holds; an edited one shows what was done.
  const taper = useTaperWeek(
    props.clientId,
    props.sessionId === null ? program.data : undefined,
    localToday()
  )
  const { ctx: baseCtx, error } = usePrefillContext(props.clientId, taper?.heldFrom ?? null)
  // A new session of a workout starts from the loads of its latest session, where the prescription
  // names none. That session is the one latest when the editor opened: saving this one must not
  // swap it (and the form with it) mid-way.
  const newOfWorkout = props.sessionId === null && workoutId !== null
  const sessions = useOperation('sessions.list', { clientId: props.clientId }, newOfWorkout)
  const latest = sessions.data
    ? (sessions.data.find((s) => s.workoutId === workoutId)?.id ?? null)
    : undefined
  const [lastAtOpen, setLastAtOpen] = useState<number | null>()
  if (lastAtOpen === undefined && latest !== undefined) setLastAtOpen(latest)
  const lastId = lastAtOpen ?? latest
  const last = useOperation('sessions.get', { id: lastId ?? 0 }, newOfWorkout && typeof lastId === 'number')
  const waitingForLast =
    newOfWorkout && (lastId === undefined || (lastId !== null && !last.data && !last.error))

  const workout = program.data?.workouts.find((w) => w.id === workoutId)
  const waitingForSession = props.sessionId !== null && !session.data
  const waitingForProgram = programId !== null && !program.data
  // Once loaded, the form stays: a failed refetch (the session just deleted) must not unmount it.
  if (waitingForSession || waitingForProgram || waitingForLast || !baseCtx) {
    const loadError = session.error ?? program.error ?? sessions.error ?? error
    return <QueryState isLoading={!loadError} error={loadError} />
  }
  const prescriptions = workout?.prescriptions ?? EMPTY
  const ctx = { ...baseCtx, lastLoads: lastLoadsOf(last.data, prescriptions) }
  const rows = session.data
    ? sessionRows(session.data, prescriptions, ctx)
    : prefillRows(taper ? taperPrescriptions(prescriptions, taper.week) : prescriptions, ctx)
  const left =
    prescriptions.length -
    (taper ? taperPrescriptions(prescriptions, taper.week).length : prescriptions.length)
  return (
    <SessionForm
      key={session.data?.id ?? 'new'}
      clientId={props.clientId}
      clientName={props.clientName}
      session={session.data}
      workoutId={workoutId}
      title={workout ? `${workout.name} · ${program.data?.name ?? ''}` : 'Blank session'}
      notice={
        taper
          ? `${taper.week.raceWeek ? 'Race week' : 'Taper week'}: sets at the bottom of each range and loads held at the pre-taper level${left > 0 ? `; ${counted(left, 'heavy lower-body exercise')} left out` : ''}.`
          : undefined
      }
      initialRows={rows}
      onSaved={props.onSaved}
      onClose={props.onClose}
    />
  )
}

function SessionForm(props: {
  clientId: number
  clientName: string
  session: Session | undefined
  workoutId: number | null
  title: string
  /** A line above the grid, e.g. the taper's holds. */
  notice?: string
  initialRows: GridRow[]
  onSaved: (session: Session) => void
  onClose: () => void
}): ReactNode {
  const units = useUnits()
  const notify = useNotify()
  const save = useWrite('sessions.save')
  const baseId = useId()
  const gridRef = useRef<HTMLTableElement>(null)
  const s = props.session
  const [date, setDate] = useState(s?.date ?? localToday())
  const [minutes, setMinutes] = useState(s?.durationS != null ? String(Math.round(s.durationS / 60)) : '')
  const [effort, setEffort] = useState(s?.effort != null ? String(s.effort) : '')
  const [notes, setNotes] = useState(s?.notes ?? '')
  const [rows, setRows] = useState(props.initialRows)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [picking, setPicking] = useState(false)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const labels = useMemo(() => orderLabels(rows), [rows])
  const domId = (cell: string): string => `${baseId}-${cell}`

  // Focus moves after React has drawn the set it points at; every caller also changes state.
  // A new session starts in its first cell, ready to type.
  const pendingFocus = useRef<string | undefined>(
    s || !props.initialRows[0]?.sets[0] ? undefined : cellId(props.initialRows[0].sets[0].key, 'reps')
  )
  const setFocusCell = (cell: string): void => {
    pendingFocus.current = cell
  }
  useEffect(() => {
    const cell = pendingFocus.current
    if (!cell) return
    pendingFocus.current = undefined
    const input = document.getElementById(domId(cell))
    if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) {
      input.focus()
      input.select()
    }
  })

  // Any change to an exercise's sets confirms it: the trainer is now saying what was done.
  const updateSet = (rowKey: string, setKey: string, patch: Partial<GridSet>): void => {
    setRows((all) =>
      all.map((row) =>
        row.key !== rowKey
          ? row
          : {
              ...row,
              confirmed: true,
              sets: row.sets.map((set) => (set.key === setKey ? { ...set, ...patch } : set))
            }
      )
    )
    if ('reps' in patch || 'load' in patch || 'rpe' in patch) {
      const column = Object.keys(patch)[0] as Column
      setErrors(({ [cellId(setKey, column)]: _gone, ...rest }) => rest)
    }
  }

  const addSet = (rowKey: string, afterKey?: string): void => {
    const row = rows.find((r) => r.key === rowKey)
    if (!row) return
    const index = afterKey ? row.sets.findIndex((set) => set.key === afterKey) : row.sets.length - 1
    const added = nextSet(row.sets[index])
    setRows((all) =>
      all.map((r) =>
        r.key === rowKey
          ? {
              ...r,
              confirmed: true,
              sets: [...r.sets.slice(0, index + 1), added, ...r.sets.slice(index + 1)]
            }
          : r
      )
    )
    setFocusCell(cellId(added.key, 'reps'))
  }

  /** "Done as prescribed" (or "Leave out"): the exercise's sets are saved as they stand, or not at all. */
  const confirmRow = (rowKey: string, confirmed: boolean, moveOn = false): void => {
    setRows((all) => all.map((row) => (row.key === rowKey ? { ...row, confirmed } : row)))
    if (confirmed) {
      setErrors(({ form: _gone, ...rest }) => rest)
      const next = rows[rows.findIndex((row) => row.key === rowKey) + 1]?.sets[0]
      if (moveOn && next) setFocusCell(cellId(next.key, 'reps'))
    }
  }

  const removeSet = (rowKey: string, setKey: string): void => {
    const cells = gridCells()
    const current = cells.findIndex((cell) => cell.id === domId(cellId(setKey, 'reps')))
    setRows((all) =>
      all.flatMap((row) => {
        if (row.key !== rowKey) return [row]
        const sets = row.sets.filter((set) => set.key !== setKey)
        return sets.length > 0 ? [{ ...row, confirmed: true, sets }] : []
      })
    )
    // Keep the keyboard where it was: on the set that takes the removed one's place.
    const next = cells.slice(current + 3).find((cell) => !cell.id.includes(setKey)) ?? cells[current - 3]
    if (next) setFocusCell(next.id.slice(baseId.length + 1))
  }

  const gridCells = (): HTMLInputElement[] =>
    Array.from(gridRef.current?.querySelectorAll<HTMLInputElement>('input[data-cell]') ?? [])

  function onCellKey(
    event: KeyboardEvent<HTMLInputElement>,
    row: GridRow,
    set: GridSet,
    column: Column
  ): void {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault()
      const last = row.sets[row.sets.length - 1]?.key === set.key
      if (column === 'rpe' && last) {
        addSet(row.key, set.key)
        return
      }
      const cells = gridCells()
      cells[cells.indexOf(event.currentTarget) + 1]?.focus()
    } else if (event.altKey && event.key.toLowerCase() === 'd') {
      event.preventDefault()
      confirmRow(row.key, true, true)
    } else if (event.altKey && event.key.toLowerCase() === 'w') {
      event.preventDefault()
      updateSet(row.key, set.key, { warmup: !set.warmup })
    } else if (event.altKey && (event.key === 'Delete' || event.key === 'Backspace')) {
      event.preventDefault()
      removeSet(row.key, set.key)
    }
  }

  async function submit(): Promise<void> {
    const read = gridToSets(rows, units.mass)
    const fieldErrors: Record<string, string> = {}
    // The session's own fields, read and bounded by the contract's rules for them, before the grid's.
    const header = sessionHeaderFormSchema(localToday()).safeParse({
      date,
      durationS: minutes,
      effort,
      notes
    })
    for (const issue of header.error?.issues ?? []) fieldErrors[String(issue.path[0])] ??= issue.message
    Object.assign(fieldErrors, read.errors)
    if (Object.keys(fieldErrors).length === 0 && read.sets.length === 0) {
      fieldErrors.form = rows.some((row) => !row.confirmed)
        ? 'Nothing confirmed yet: type what was done, or mark each exercise the client did “Done as prescribed” (Alt+D).'
        : 'Enter at least one set, or add an exercise.'
    }
    setErrors(fieldErrors)
    if (!header.success || Object.keys(fieldErrors).length > 0) {
      const first = Object.keys(fieldErrors)[0]
      if (first && first !== 'form') setFocusCell(first)
      return
    }
    try {
      const saved = await save.mutateAsync({
        id: s?.id ?? null,
        clientId: props.clientId,
        workoutId: props.workoutId,
        ...header.data,
        sets: read.sets
      })
      notify(`Saved the session of ${formatDate(saved.date)}.`)
      props.onSaved(saved)
    } catch (error) {
      const field = error instanceof ApiError ? error.field : undefined
      const cell = cellOfField(field, read.keys)
      const key = cell ?? formFieldOf(field, ['date', 'durationS', 'effort', 'notes']) ?? 'form'
      setErrors({ [key]: errorMessage(error) })
      if (key !== 'form') setFocusCell(key)
    }
  }

  const onFormKey = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      void submit()
    }
  }

  const errorCount = Object.keys(errors).length
  const plan = useMemo(() => savePlan(rows), [rows])

  return (
    <section className="card session-editor" aria-labelledby={`${baseId}-title`} onKeyDown={onFormKey}>
      <div className="card-header">
        <h2 id={`${baseId}-title`}>
          {s ? `Session of ${formatDate(s.date)}` : 'Log session'}
          <span className="muted session-source"> · {props.title}</span>
        </h2>
      </div>
      {props.notice && (
        <p className="notice info session-notice" role="note">
          {props.notice}
        </p>
      )}
      <div className="session-fields">
        <Field label="Date" error={errors.date}>
          <input
            id={domId('date')}
            type="date"
            value={date}
            max={localToday()}
            onChange={(e) => setDate(e.target.value)}
          />
        </Field>
        <Field label="Duration (min)" error={errors.durationS}>
          <input
            id={domId('durationS')}
            inputMode="numeric"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </Field>
        <Field label="Effort (1–10)" error={errors.effort}>
          <input
            id={domId('effort')}
            inputMode="numeric"
            value={effort}
            onChange={(e) => setEffort(e.target.value)}
          />
        </Field>
      </div>

      {rows.length === 0 ? (
        <div className="empty log-empty">
          <p>No exercises yet. Add the first one and enter its sets.</p>
        </div>
      ) : (
        <div className="log-grid-wrap">
          <table className="log-grid" ref={gridRef} aria-label={`Sets of ${props.clientName}’s session`}>
            <colgroup>
              <col className="col-set" />
              <col className="col-num" />
              <col className="col-num" />
              <col className="col-rpe" />
              <col className="col-warmup" />
              <col className="col-actions" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Set</th>
                <th scope="col">Reps</th>
                <th scope="col">Load ({units.mass})</th>
                <th scope="col">RPE</th>
                <th scope="col">Warm-up</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            {rows.map((row, r) => (
              <tbody
                key={row.key}
                aria-label={`${labels[r]} ${row.exerciseName}`}
                className={row.confirmed ? undefined : 'unconfirmed'}
              >
                <tr className="log-exercise">
                  <th scope="rowgroup" colSpan={6}>
                    <span className="order-label">{labels[r]}</span>
                    <span className="log-exercise-name">{row.exerciseName}</span>
                    {row.target && <span className="log-target">Target {row.target}</span>}
                    <span className="log-row-actions">
                      {!row.confirmed ? (
                        <>
                          <span className="badge">Not saved yet</span>
                          <button
                            type="button"
                            className="link"
                            aria-keyshortcuts="Alt+D"
                            onClick={() => confirmRow(row.key, true)}
                            aria-label={`Done as prescribed: ${row.exerciseName}`}
                            title="Save these sets as they stand (Alt+D in its cells)"
                          >
                            Done as prescribed
                          </button>
                        </>
                      ) : (
                        !s &&
                        row.prescriptionId !== null && (
                          <>
                            <span className="badge ok">Will be saved</span>
                            <button
                              type="button"
                              className="link"
                              tabIndex={-1}
                              onClick={() => confirmRow(row.key, false)}
                              aria-label={`Leave out ${row.exerciseName}`}
                            >
                              Leave out
                            </button>
                          </>
                        )
                      )}
                      <button
                        type="button"
                        className="link"
                        tabIndex={-1}
                        onClick={() => addSet(row.key)}
                        aria-label={`Add a set of ${row.exerciseName}`}
                      >
                        + Set
                      </button>
                    </span>
                  </th>
                </tr>
                {row.sets.map((set, i) => {
                  const name = `${row.exerciseName} set ${i + 1}`
                  const labelFor: Record<Column, string> = {
                    reps: `${row.hold ? 'Hold (s)' : 'Reps'}, ${name}`,
                    load: `Load (${units.mass}), ${name}`,
                    rpe: `RPE, ${name}`
                  }
                  return (
                    <tr key={set.key} className={set.warmup ? 'warmup' : undefined}>
                      <td className="set-number">{set.warmup ? `W${i + 1}` : i + 1}</td>
                      {columns.map((column) => {
                        const cell = cellId(set.key, column)
                        const error = errors[cell]
                        return (
                          <td key={column}>
                            <input
                              id={domId(cell)}
                              data-cell={column}
                              className="log-cell"
                              inputMode="decimal"
                              autoComplete="off"
                              aria-label={labelFor[column]}
                              aria-invalid={error ? true : undefined}
                              aria-describedby={error ? `${domId(cell)}-error` : undefined}
                              placeholder={column === 'reps' && row.hold ? 's' : undefined}
                              value={set[column]}
                              onChange={(e) => updateSet(row.key, set.key, { [column]: e.target.value })}
                              onKeyDown={(e) => onCellKey(e, row, set, column)}
                            />
                            {error && (
                              <small id={`${domId(cell)}-error`} className="cell-error">
                                {error}
                              </small>
                            )}
                          </td>
                        )
                      })}
                      <td>
                        <input
                          type="checkbox"
                          tabIndex={-1}
                          aria-label={`Warm-up, ${name}`}
                          checked={set.warmup}
                          onChange={(e) => updateSet(row.key, set.key, { warmup: e.target.checked })}
                        />
                      </td>
                      <td>
                        <button
                          type="button"
                          className="link danger"
                          tabIndex={-1}
                          aria-label={`Remove ${name}`}
                          onClick={() => removeSet(row.key, set.key)}
                        >
                          ✕
                        </button>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            ))}
          </table>
        </div>
      )}
      <p className="muted log-help">
        Prefilled values are the prescription, not yet a log: typing into an exercise confirms it, and Alt+D
        marks it done as prescribed. Tab moves reps → load → RPE → next set; Enter in the last RPE of an
        exercise adds a set like it. Alt+W marks a warm-up, Alt+Delete removes a set, Ctrl+Enter saves.
      </p>
      <div>
        <button type="button" onClick={() => setPicking(true)}>
          + Add exercise
        </button>
      </div>
      <Field label="Notes" error={errors.notes} wide>
        <textarea
          id={domId('notes')}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          placeholder="How it went"
        />
      </Field>
      <p className="save-plan" role="status" aria-label="What will be saved">
        {describeSavePlan(plan)}
      </p>
      <FormFooter
        error={
          errors.form ??
          (errorCount > 0
            ? `${errorCount === 1 ? 'One entry needs fixing' : `${errorCount} entries need fixing`} before saving.`
            : undefined)
        }
        leading={
          s && (
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              Delete session…
            </button>
          )
        }
        submitLabel="Save session"
        busy={save.isPending}
        onCancel={props.onClose}
        onSubmit={() => void submit()}
      />
      {picking && (
        <ExercisePicker
          title="Add exercise to the session"
          onClose={() => setPicking(false)}
          onPick={(exercise) => {
            const row = blankRow(exercise)
            setRows((all) => [...all, row])
            setPicking(false)
            setFocusCell(cellId(row.sets[0]?.key ?? '', 'reps'))
          }}
        />
      )}
      {confirmDelete && s && (
        <DeleteDialog
          operation="sessions.delete"
          id={s.id}
          title="Delete this session?"
          confirmLabel="Delete session"
          message={
            <>
              The session of {formatDate(s.date)} and its {s.sets.length} sets are removed for good.
            </>
          }
          done={`Deleted the session of ${formatDate(s.date)}.`}
          onClose={() => setConfirmDelete(false)}
          onDeleted={props.onClose}
        />
      )}
    </section>
  )
}
