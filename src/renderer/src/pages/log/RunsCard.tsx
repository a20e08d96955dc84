import { useState, type FormEvent, type ReactNode } from 'react'
import { runKinds, type Run, type RunKind } from '@shared/schemas/logs'
import { formatDistance, formatDuration, formatPace, metresTo, parseDuration, toMetres } from '@shared/units'
import { ApiError } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { useOperation, useWrite } from '../../api/hooks'
import { useUnits } from '../../app/units'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { QueryState } from '../../components/QueryState'
import { useNotify } from '../../components/Toasts'
import { formatDate, formatShortDate, localToday } from '@shared/dates'
import { readNumber } from './session-grid'
import './log.css'
import { FormFooter } from '../../components/FormFooter'
import { DeleteDialog } from '../../components/DeleteDialog'

export const runKindLabels: Record<RunKind, string> = {
  easy: 'Easy',
  quality: 'Quality (intervals, tempo)',
  long: 'Long',
  race: 'Race',
  cross: 'Cross-training'
}

const shortKind: Record<RunKind, string> = {
  easy: 'Easy',
  quality: 'Quality',
  long: 'Long',
  race: 'Race',
  cross: 'Cross'
}

function RunForm(props: { clientId: number; run?: Run; onClose: () => void }): ReactNode {
  const units = useUnits()
  const notify = useNotify()
  const save = useWrite('runs.save')
  const r = props.run
  const [date, setDate] = useState(r?.date ?? localToday())
  const [kind, setKind] = useState<RunKind>(r?.kind ?? 'easy')
  const [distance, setDistance] = useState(
    r ? String(Number(metresTo(units.distance, r.distanceM).toFixed(2))) : ''
  )
  const [duration, setDuration] = useState(r ? formatDuration(r.durationS) : '')
  const [avgHr, setAvgHr] = useState(r?.avgHr != null ? String(r.avgHr) : '')
  const [effort, setEffort] = useState(r?.effort != null ? String(r.effort) : '')
  const [notes, setNotes] = useState(r?.notes ?? '')
  const [errors, setErrors] = useState<Record<string, string>>({})

  const distanceValue = readNumber(distance)
  const durationValue = parseDuration(duration)
  const pace =
    distanceValue !== undefined && durationValue !== undefined && distanceValue > 0
      ? formatPace(units.distance, toMetres(units.distance, distanceValue), durationValue)
      : undefined

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (distanceValue === undefined) found.distanceM = `Distance in ${units.distance}, e.g. 8.5`
    if (durationValue === undefined) found.durationS = 'Time as h:mm:ss, m:ss or minutes'
    const hr = avgHr.trim() === '' ? null : readNumber(avgHr)
    if (hr === undefined || (hr !== null && !Number.isInteger(hr))) found.avgHr = 'Beats per minute, e.g. 148'
    const effortValue = effort.trim() === '' ? null : readNumber(effort)
    if (effortValue === undefined || (effortValue !== null && !Number.isInteger(effortValue))) {
      found.effort = 'A whole number from 1 to 10'
    }
    setErrors(found)
    if (Object.keys(found).length > 0) return
    try {
      await save.mutateAsync({
        id: r?.id ?? null,
        clientId: props.clientId,
        date,
        kind,
        distanceM: Math.round(toMetres(units.distance, distanceValue as number) * 10) / 10,
        durationS: durationValue as number,
        avgHr: hr ?? null,
        effort: effortValue ?? null,
        notes: notes.trim()
      })
      notify(r ? 'Saved the run.' : 'Logged the run.')
      props.onClose()
    } catch (error) {
      const field = error instanceof ApiError ? (error.field ?? 'form') : 'form'
      setErrors({ [field]: errorMessage(error) })
    }
  }

  return (
    <Dialog title={r ? 'Edit run' : 'Log run'} onClose={props.onClose} size="small">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="form-grid">
          <Field label="Date" error={errors.date}>
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} autoFocus={!r} />
          </Field>
          <Field label="Kind" error={errors.kind}>
            <select value={kind} onChange={(e) => setKind(e.target.value as RunKind)}>
              {runKinds.map((k) => (
                <option key={k} value={k}>
                  {runKindLabels[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field label={`Distance (${units.distance})`} error={errors.distanceM}>
            <input inputMode="decimal" value={distance} onChange={(e) => setDistance(e.target.value)} />
          </Field>
          <Field label="Time" error={errors.durationS} hint={pace ? `Pace ${pace}` : 'h:mm:ss, or minutes'}>
            <input value={duration} placeholder="0:45:00" onChange={(e) => setDuration(e.target.value)} />
          </Field>
          <Field label="Average heart rate (bpm)" error={errors.avgHr}>
            <input inputMode="numeric" value={avgHr} onChange={(e) => setAvgHr(e.target.value)} />
          </Field>
          <Field label="Effort (1–10)" error={errors.effort}>
            <input inputMode="numeric" value={effort} onChange={(e) => setEffort(e.target.value)} />
          </Field>
          <Field label="Notes" error={errors.notes} wide>
            <textarea
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
              placeholder="Route, how it felt"
            />
          </Field>
        </div>
        <FormFooter
          error={errors.form}
          submitLabel={r ? 'Save run' : 'Log run'}
          busy={save.isPending}
          onCancel={props.onClose}
        />
      </form>
    </Dialog>
  )
}

const EMPTY: Run[] = []

/** A client's runs, newest first, with pace worked out; add, edit and delete. */
export function RunsCard(props: { clientId: number; clientName: string }): ReactNode {
  const units = useUnits()
  const runs = useOperation('runs.list', { clientId: props.clientId })
  const [editing, setEditing] = useState<Run | 'new'>()
  const [deleting, setDeleting] = useState<Run>()
  const list = runs.data ?? EMPTY

  return (
    <section className="card log-card" aria-labelledby="runs-title">
      <div className="card-header">
        <h2 id="runs-title">Runs</h2>
        <div className="spacer" />
        <button type="button" onClick={() => setEditing('new')}>
          + Log run
        </button>
      </div>
      <QueryState isLoading={runs.isLoading} error={runs.error} />
      {runs.data && list.length === 0 && (
        <p className="muted">
          No runs logged. Add {props.clientName}’s runs to follow pace and weekly distance.
        </p>
      )}
      {list.length > 0 && (
        <div className="log-list">
          <table className="data compact" aria-label="Runs">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Kind</th>
                <th scope="col">Distance</th>
                <th scope="col">Time</th>
                <th scope="col">Pace</th>
                <th scope="col" title="Average heart rate">
                  HR
                </th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((run) => {
                const name = `${shortKind[run.kind].toLowerCase()} run of ${formatDate(run.date)}`
                return (
                  <tr key={run.id} title={run.notes || undefined}>
                    <td>{formatShortDate(run.date)}</td>
                    <td>{shortKind[run.kind]}</td>
                    <td>{formatDistance(units.distance, run.distanceM)}</td>
                    <td>{formatDuration(run.durationS)}</td>
                    <td>{formatPace(units.distance, run.distanceM, run.durationS)}</td>
                    <td>{run.avgHr ?? '—'}</td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="link"
                        aria-label={`Edit ${name}`}
                        onClick={() => setEditing(run)}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        className="link danger"
                        aria-label={`Delete ${name}`}
                        onClick={() => setDeleting(run)}
                      >
                        ✕
                      </button>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <RunForm
          clientId={props.clientId}
          run={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
      {deleting && (
        <DeleteDialog
          operation="runs.delete"
          id={deleting.id}
          title="Delete this run?"
          confirmLabel="Delete run"
          message={
            <>
              The {formatDistance(units.distance, deleting.distanceM)}{' '}
              {shortKind[deleting.kind].toLowerCase()} run of {formatDate(deleting.date)} is removed for good.
            </>
          }
          done="Deleted the run."
          onClose={() => setDeleting(undefined)}
        />
      )}
    </section>
  )
}
