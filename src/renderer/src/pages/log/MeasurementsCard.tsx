import { useState, type FormEvent, type ReactNode } from 'react'
import type { Measurement, MeasurementKind } from '@shared/schemas/logs'
import { formatDate, formatShortDate, localToday } from '@shared/dates'
import { ApiError } from '../../api/client'
import { errorMessage } from '../../api/errors'
import { useOperation, useWrite } from '../../api/hooks'
import { useUnits } from '../../app/units'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { QueryState } from '../../components/QueryState'
import { useNotify } from '../../components/Toasts'
import { formatMeasurement, fromShown, shownUnit } from './measurement-units'
import { readNumber } from './session-grid'
import './log.css'
import { FormFooter } from '../../components/FormFooter'
import { DeleteDialog } from '../../components/DeleteDialog'

const EMPTY_KINDS: MeasurementKind[] = []
const EMPTY: Measurement[] = []

function KindForm(props: { onClose: (created?: MeasurementKind) => void }): ReactNode {
  const add = useWrite('measurements.addKind')
  const [name, setName] = useState('')
  const [unit, setUnit] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    event.stopPropagation()
    try {
      props.onClose(await add.mutateAsync({ name, unit }))
    } catch (error) {
      const field = error instanceof ApiError ? (error.field ?? 'form') : 'form'
      setErrors({ [field]: errorMessage(error) })
    }
  }

  return (
    <Dialog title="New measurement kind" onClose={() => props.onClose()} size="small">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="form-grid">
          <Field label="Name" error={errors.name} hint="e.g. Hip, Thigh, VO2max">
            <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
          </Field>
          <Field label="Unit" error={errors.unit} hint="e.g. cm, ml/kg/min">
            <input value={unit} onChange={(e) => setUnit(e.target.value)} />
          </Field>
        </div>
        <FormFooter
          error={errors.form}
          submitLabel={'Add kind'}
          busy={add.isPending}
          onCancel={() => props.onClose()}
        />
      </form>
    </Dialog>
  )
}

function MeasurementForm(props: {
  clientId: number
  kinds: readonly MeasurementKind[]
  onClose: () => void
}): ReactNode {
  const units = useUnits()
  const notify = useNotify()
  const save = useWrite('measurements.save')
  const [kindId, setKindId] = useState(props.kinds[0]?.id ?? 0)
  const [date, setDate] = useState(localToday())
  const [value, setValue] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [newKind, setNewKind] = useState(false)
  const kind = props.kinds.find((k) => k.id === kindId)

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const number = readNumber(value.replace(/^-/, ''))
    if (!kind || number === undefined) {
      setErrors(kind ? { value: 'Enter a number' } : { kindId: 'Choose what was measured' })
      return
    }
    const signed = value.trim().startsWith('-') ? -number : number
    try {
      const saved = await save.mutateAsync({
        id: null,
        clientId: props.clientId,
        kindId,
        date,
        value: fromShown(kind, signed, units.mass)
      })
      notify(`Recorded ${saved.kindName.toLowerCase()} ${formatMeasurement(saved, saved.value, units.mass)}.`)
      props.onClose()
    } catch (error) {
      const field = error instanceof ApiError ? (error.field ?? 'form') : 'form'
      setErrors({ [field]: errorMessage(error) })
    }
  }

  return (
    <Dialog title="Add measurement" onClose={props.onClose} size="small">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="form-grid">
          <Field label="Measurement" error={errors.kindId} wide>
            <select value={kindId} onChange={(e) => setKindId(Number(e.target.value))} autoFocus>
              {props.kinds.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.name} ({shownUnit(k, units.mass)})
                </option>
              ))}
            </select>
          </Field>
          <Field label={`Value${kind ? ` (${shownUnit(kind, units.mass)})` : ''}`} error={errors.value}>
            <input inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
          </Field>
          <Field label="Date" error={errors.date}>
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </Field>
        </div>
        <p style={{ margin: '10px 0 0' }}>
          <button type="button" className="link" onClick={() => setNewKind(true)}>
            + New measurement kind…
          </button>
        </p>
        <FormFooter
          error={errors.form}
          submitLabel={'Add measurement'}
          busy={save.isPending}
          onCancel={props.onClose}
        />
      </form>
      {newKind && (
        <KindForm
          onClose={(created) => {
            setNewKind(false)
            if (created) setKindId(created.id)
          }}
        />
      )}
    </Dialog>
  )
}

/** Body measurements, newest first, with the latest of each kind at a glance; add and delete. */
export function MeasurementsCard(props: { clientId: number; clientName: string }): ReactNode {
  const units = useUnits()
  const kinds = useOperation('measurements.kinds', {})
  const measurements = useOperation('measurements.list', { clientId: props.clientId })
  const [adding, setAdding] = useState(false)
  const [deleting, setDeleting] = useState<Measurement>()
  const list = measurements.data ?? EMPTY
  const latest = new Map<number, Measurement>()
  for (const m of list) if (!latest.has(m.kindId)) latest.set(m.kindId, m)

  return (
    <section className="card log-card" aria-labelledby="measurements-title">
      <div className="card-header">
        <h2 id="measurements-title">Measurements</h2>
        <div className="spacer" />
        <button type="button" onClick={() => setAdding(true)} disabled={!kinds.data}>
          + Add measurement
        </button>
      </div>
      <QueryState isLoading={measurements.isLoading} error={measurements.error ?? kinds.error} />
      {measurements.data && list.length === 0 && (
        <p className="muted">
          Nothing measured yet. Record {props.clientName}’s body weight, resting heart rate or any measure you
          track.
        </p>
      )}
      {latest.size > 0 && (
        <ul className="latest-measurements" aria-label="Latest measurements">
          {[...latest.values()].map((m) => (
            <li key={m.kindId}>
              <span className="muted">{m.kindName}</span>
              <strong>{formatMeasurement(m, m.value, units.mass)}</strong>
            </li>
          ))}
        </ul>
      )}
      {list.length > 0 && (
        <div className="log-list">
          <table className="data compact" aria-label="Measurements">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Measurement</th>
                <th scope="col">Value</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((m) => (
                <tr key={m.id}>
                  <td>{formatShortDate(m.date)}</td>
                  <td>{m.kindName}</td>
                  <td>{formatMeasurement(m, m.value, units.mass)}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="link danger"
                      aria-label={`Delete ${m.kindName.toLowerCase()} of ${formatDate(m.date)}`}
                      onClick={() => setDeleting(m)}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {adding && (
        <MeasurementForm
          clientId={props.clientId}
          kinds={kinds.data ?? EMPTY_KINDS}
          onClose={() => setAdding(false)}
        />
      )}
      {deleting && (
        <DeleteDialog
          operation="measurements.delete"
          id={deleting.id}
          title="Delete this measurement?"
          confirmLabel="Delete measurement"
          message={
            <>
              {deleting.kindName} {formatMeasurement(deleting, deleting.value, units.mass)} of{' '}
              {formatDate(deleting.date)} is removed for good.
            </>
          }
          done="Deleted the measurement."
          onClose={() => setDeleting(undefined)}
        />
      )}
    </section>
  )
}
