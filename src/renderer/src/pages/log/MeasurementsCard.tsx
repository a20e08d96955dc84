import { useState, type ReactNode } from 'react'
import { formatDate, formatShortDate, localToday } from '@shared/dates'
import { measurementFormSchema } from '@shared/forms/log-forms'
import { measurementKindInputSchema, type Measurement, type MeasurementKind } from '@shared/schemas/logs'
import { useOperation, useWrite } from '../../api/hooks'
import { useUnits } from '../../app/units'
import { DateInput } from '../../components/DateInput'
import { DeleteDialog } from '../../components/DeleteDialog'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { FormFooter } from '../../components/FormFooter'
import { RecordCard } from '../../components/RecordCard'
import { useNotify } from '../../components/Toasts'
import { useContractForm } from '../../components/use-contract-form'
import { formatMeasurement, fromShown, shownUnit } from './measurement-units'
import './log.css'

const EMPTY_KINDS: MeasurementKind[] = []

function KindForm(props: { onClose: (created?: MeasurementKind) => void }): ReactNode {
  const add = useWrite('measurements.addKind')
  const form = useContractForm(measurementKindInputSchema, { name: '', unit: '' })
  const { register, errorOf } = form
  const submit = form.submit(async (kind) => props.onClose(await add.mutateAsync(kind)))

  return (
    <Dialog title="New measurement kind" onClose={() => props.onClose()} size="small">
      <form
        onSubmit={(event) => {
          // Nested in the measurement form's dialog: its submit is not the outer form's.
          event.stopPropagation()
          submit(event)
        }}
        noValidate
      >
        <div className="form-grid">
          <Field label="Name" error={errorOf('name')} hint="e.g. Hip, Thigh, VO2max">
            <input {...register('name')} />
          </Field>
          <Field label="Unit" error={errorOf('unit')} hint="e.g. cm, ml/kg/min">
            <input {...register('unit')} />
          </Field>
        </div>
        <FormFooter
          error={form.formError}
          submitLabel="Add kind"
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
  const { kinds } = props
  const [schema] = useState(() =>
    measurementFormSchema((kindId, value) => {
      const kind = kinds.find((k) => k.id === kindId)
      return kind ? fromShown(kind, value, units.mass) : value
    }, localToday())
  )
  const form = useContractForm(schema, {
    kindId: String(kinds[0]?.id ?? ''),
    date: localToday(),
    value: ''
  })
  const { register, errorOf } = form
  const [newKind, setNewKind] = useState(false)
  const kind = kinds.find((k) => String(k.id) === form.watch('kindId'))

  const submit = form.submit(async (fields) => {
    const saved = await save.mutateAsync({ id: null, clientId: props.clientId, ...fields })
    notify(`Recorded ${saved.kindName.toLowerCase()} ${formatMeasurement(saved, saved.value, units.mass)}.`)
    props.onClose()
  })

  return (
    <Dialog title="Add measurement" onClose={props.onClose} size="small">
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <Field label="Measurement" error={errorOf('kindId')} wide>
            <select {...register('kindId')}>
              {kinds.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.name} ({shownUnit(k, units.mass)})
                </option>
              ))}
            </select>
          </Field>
          <Field label={`Value${kind ? ` (${shownUnit(kind, units.mass)})` : ''}`} error={errorOf('value')}>
            <input inputMode="decimal" {...register('value')} />
          </Field>
          <Field label="Date" error={errorOf('date')}>
            <DateInput control={form.control} name="date" />
          </Field>
        </div>
        <p style={{ margin: '10px 0 0' }}>
          <button type="button" className="link" onClick={() => setNewKind(true)}>
            + New measurement kind…
          </button>
        </p>
        <FormFooter
          error={form.formError}
          submitLabel="Add measurement"
          busy={save.isPending}
          onCancel={props.onClose}
        />
      </form>
      {newKind && (
        <KindForm
          onClose={(created) => {
            setNewKind(false)
            if (created) form.setValue('kindId', String(created.id))
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
  const latest = new Map<number, Measurement>()
  for (const m of measurements.data ?? []) if (!latest.has(m.kindId)) latest.set(m.kindId, m)

  return (
    <RecordCard
      name="measurements"
      title="Measurements"
      actions={
        <button type="button" onClick={() => setAdding(true)} disabled={!kinds.data}>
          + Add measurement
        </button>
      }
      records={measurements.data}
      isLoading={measurements.isLoading}
      error={measurements.error ?? kinds.error}
      empty={
        <>
          Nothing measured yet. Record {props.clientName}’s body weight, resting heart rate or any measure you
          track.
        </>
      }
      summary={
        <ul className="latest-measurements" aria-label="Latest measurements">
          {[...latest.values()].map((m) => (
            <li key={m.kindId}>
              <span className="muted">{m.kindName}</span>
              <strong>{formatMeasurement(m, m.value, units.mass)}</strong>
            </li>
          ))}
        </ul>
      }
      columns={[
        { header: 'Date', cell: (m) => formatShortDate(m.date) },
        { header: 'Measurement', cell: (m) => m.kindName },
        { header: 'Value', cell: (m) => formatMeasurement(m, m.value, units.mass) }
      ]}
      rowName={(m) => `${m.kindName.toLowerCase()} of ${formatDate(m.date)}`}
      onDelete={setDeleting}
    >
      {adding && (
        <MeasurementForm
          // Made anew if the mass unit changes while open: its numbers are in one unit.
          key={units.mass}
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
    </RecordCard>
  )
}
