import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { Program } from '@shared/contract'
import { localToday } from '@shared/dates'
import { ApiError } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { useOperation, useWrite } from '../../api/hooks'
import { useUnits } from '../../app/units'
import { QueryState } from '../../components/QueryState'
import { useNotify } from '../../components/Toasts'
import {
  paperCellHelp,
  paperCellKey,
  paperDateKey,
  paperRows,
  paperToSessions,
  paperWeekDates,
  parsePaperCell
} from './paper-entry'
import type { PrefillContext } from './session-grid'
import { usePrefillContext } from './SessionEditor'
import './log.css'
import { FormFooter } from '../../components/FormFooter'

/**
 * Types back a client's filled-in paper log sheet: laid out like the printed sheet, a row per
 * exercise, a column per week and a box per set, so the trainer copies box for box. Every week
 * with anything written becomes one session, all saved together or not at all.
 */
export function PaperEntry(props: {
  clientId: number
  programId: number
  workoutId: number
  onSaved: () => void
  onClose: () => void
}): ReactNode {
  const program = useOperation('programs.get', { id: props.programId })
  const { ctx, error } = usePrefillContext(props.clientId)
  if (!program.data || !ctx)
    return <QueryState isLoading={!(program.error ?? error)} error={program.error ?? error} />
  return <PaperSheet {...props} program={program.data} ctx={ctx} />
}

function PaperSheet(props: {
  clientId: number
  program: Program
  ctx: PrefillContext
  workoutId: number
  onSaved: () => void
  onClose: () => void
}): ReactNode {
  const units = useUnits()
  const notify = useNotify()
  const saveBatch = useWrite('sessions.saveBatch')
  const baseId = useId()
  const tableRef = useRef<HTMLTableElement>(null)
  const workout = props.program.workouts.find((w) => w.id === props.workoutId)
  const rows = useMemo(() => paperRows(workout?.prescriptions ?? [], props.ctx), [workout, props.ctx])
  const weeks = props.program.weeks
  const [dates, setDates] = useState(() => paperWeekDates(props.program.startDate, weeks, localToday()))
  const [cells, setCells] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const weekNumbers = Array.from({ length: weeks }, (_, i) => i + 1)
  const cellDomId = (key: string): string => `${baseId}-${key}`

  const setCell = (key: string, text: string): void => {
    setCells((all) => ({ ...all, [key]: text }))
    setErrors(({ [key]: _gone, ...rest }) => rest)
  }

  // Check a box as the trainer leaves it, so a slip shows on that box at once.
  const checkCell = (key: string, hold: boolean): void => {
    const parsed = parsePaperCell(cells[key] ?? '', units.mass, hold)
    if (parsed && !parsed.ok) setErrors((all) => ({ ...all, [key]: parsed.error }))
  }

  /**
   * Enter goes down the week, as a sheet is read: the next set of the exercise, then the next
   * exercise's first set; after the last exercise, the top of the next week. Tab goes along.
   */
  function onCellKey(event: KeyboardEvent<HTMLInputElement>, row: number, week: number, set: number): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return
    if (event.key !== 'Enter') return
    event.preventDefault()
    const current = rows[row]
    let target: string | undefined
    if (current && set < current.sets) target = paperCellKey(current.prescriptionId, week, set + 1)
    else if (rows[row + 1])
      target = paperCellKey((rows[row + 1] as (typeof rows)[number]).prescriptionId, week, 1)
    else if (week < weeks && rows[0]) target = paperCellKey(rows[0].prescriptionId, week + 1, 1)
    if (target) document.getElementById(cellDomId(target))?.focus()
  }

  async function submit(): Promise<void> {
    const read = paperToSessions(rows, cells, dates, units.mass)
    if (Object.keys(read.errors).length > 0) {
      setErrors(read.errors)
      const first = Object.keys(read.errors)[0] as string
      document.getElementById(cellDomId(first))?.focus()
      return
    }
    if (read.sessions.length === 0) {
      setErrors({ form: 'Nothing entered yet: type the sets of at least one week.' })
      return
    }
    try {
      await saveBatch.mutateAsync({
        clientId: props.clientId,
        workoutId: props.workoutId,
        sessions: read.sessions.map((s) => ({ date: s.date, sets: s.sets }))
      })
      notify(
        read.sessions.length === 1
          ? `Saved one session (week ${read.sessions[0]?.week}).`
          : `Saved ${read.sessions.length} sessions, weeks ${read.sessions.map((s) => s.week).join(', ')}.`
      )
      props.onSaved()
    } catch (caught) {
      const field = caught instanceof ApiError ? caught.field : undefined
      const match = /^sessions\.(\d+)\.(date|sets\.(\d+)\.)/.exec(field ?? '')
      const session = match ? read.sessions[Number(match[1])] : undefined
      if (session && match?.[2] === 'date') {
        setErrors({ [paperDateKey(session.week)]: errorMessage(caught) })
        return
      }
      const set = session && match?.[3] !== undefined ? session.sets[Number(match[3])] : undefined
      if (session && set) {
        // The n-th set of the week: find its box by counting the week's filled boxes in sheet order.
        const filled = rows.flatMap((row) =>
          Array.from({ length: row.sets }, (_, i) =>
            paperCellKey(row.prescriptionId, session.week, i + 1)
          ).filter((key) => (cells[key] ?? '').trim() !== '')
        )
        const key = filled[Number(match?.[3])]
        if (key) {
          setErrors({ [key]: errorMessage(caught) })
          return
        }
      }
      setErrors({ form: errorMessage(caught) })
    }
  }

  const errorCount = Object.keys(errors).filter((key) => key !== 'form').length

  return (
    <section
      className="card paper-entry"
      aria-labelledby={`${baseId}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault()
          void submit()
        }
      }}
    >
      <div className="card-header">
        <h2 id={`${baseId}-title`}>
          Enter from paper
          <span className="muted session-source">
            {' '}
            · {workout?.name ?? 'Workout'} · {props.program.name}
          </span>
        </h2>
      </div>
      <p className="muted log-help">
        Copy each box as the client wrote it: load × reps @ RPE, e.g. <code>60x8</code> or <code>60x8@7</code>{' '}
        (loads in {units.mass}; <code>12</code> for bodyweight reps, <code>45s</code> for a hold). Leave a box
        empty for a set not done. Enter goes down the week, Tab along the row; Ctrl+Enter saves. Each week
        with anything in it becomes one session.
      </p>
      {rows.length === 0 ? (
        <div className="empty">
          <p>This workout has no exercises yet. Add some in the program builder first.</p>
        </div>
      ) : (
        <div className="paper-wrap">
          <table
            className="paper-grid"
            ref={tableRef}
            aria-label={`Log sheet of ${workout?.name ?? 'the workout'}`}
          >
            <thead>
              <tr>
                <th scope="col" className="paper-exercise">
                  Exercise
                </th>
                {weekNumbers.map((week) => {
                  const key = paperDateKey(week)
                  return (
                    <th scope="col" key={week} className="paper-week">
                      <span>Week {week}</span>
                      <input
                        type="date"
                        className="paper-date"
                        aria-label={`Date, week ${week}`}
                        aria-invalid={errors[key] ? true : undefined}
                        title={errors[key]}
                        value={dates[week - 1] ?? ''}
                        onChange={(e) => {
                          const value = e.target.value
                          setDates((all) => all.map((d, i) => (i === week - 1 ? value : d)))
                          setErrors(({ [key]: _gone, ...rest }) => rest)
                        }}
                      />
                      {errors[key] && <small className="cell-error">{errors[key]}</small>}
                    </th>
                  )
                })}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => (
                <tr key={row.prescriptionId}>
                  <th scope="row" className="paper-exercise">
                    <span className="order-label">{row.label}</span>
                    <span className="paper-name">{row.exerciseName}</span>
                    <small className="muted">{row.target}</small>
                  </th>
                  {weekNumbers.map((week) => (
                    <td key={week} className="paper-cell">
                      {Array.from({ length: row.sets }, (_, i) => {
                        const key = paperCellKey(row.prescriptionId, week, i + 1)
                        const error = errors[key]
                        return (
                          <div key={key} className="paper-box">
                            <input
                              id={cellDomId(key)}
                              autoComplete="off"
                              spellCheck={false}
                              aria-label={`Week ${week}, ${row.exerciseName} set ${i + 1}`}
                              aria-invalid={error ? true : undefined}
                              aria-describedby={error ? `${cellDomId(key)}-error` : undefined}
                              title={error ? paperCellHelp : undefined}
                              value={cells[key] ?? ''}
                              onChange={(e) => setCell(key, e.target.value)}
                              onBlur={() => checkCell(key, row.hold)}
                              onKeyDown={(e) => onCellKey(e, r, week, i + 1)}
                            />
                            {error && (
                              <small id={`${cellDomId(key)}-error`} className="cell-error" role="alert">
                                {error}
                              </small>
                            )}
                          </div>
                        )
                      })}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FormFooter
        error={
          errors.form ??
          (errorCount > 0
            ? `${errorCount === 1 ? 'One box needs fixing' : `${errorCount} boxes need fixing`} before saving.`
            : undefined)
        }
        submitLabel="Save sessions"
        busy={saveBatch.isPending}
        onCancel={props.onClose}
        onSubmit={() => void submit()}
      />
    </section>
  )
}
