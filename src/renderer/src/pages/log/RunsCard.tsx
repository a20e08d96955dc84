import { useState, type ReactNode } from 'react'
import { formatDate, formatShortDate, localToday } from '@shared/dates'
import { runFormSchema, runFormValues } from '@shared/forms/log-forms'
import { runKinds, type Run, type RunKind } from '@shared/schemas/logs'
import { formatDistance, formatDuration, formatPace } from '@shared/units'
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
import './log.css'

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
  const [schema] = useState(() => runFormSchema(units.distance, localToday()))
  const form = useContractForm(schema, runFormValues(r, units.distance, localToday()))
  const { register, errorOf } = form
  // The pace as the trainer types, read by the same fields the form saves with.
  const metres = schema.shape.distanceM.safeParse(form.watch('distanceM')).data
  const seconds = schema.shape.durationS.safeParse(form.watch('durationS')).data
  const pace = metres && seconds != null ? formatPace(units.distance, metres, seconds) : undefined

  const submit = form.submit(async (fields) => {
    await save.mutateAsync({ id: r?.id ?? null, clientId: props.clientId, ...fields })
    notify(r ? 'Saved the run.' : 'Logged the run.')
    props.onClose()
  })

  return (
    <Dialog title={r ? 'Edit run' : 'Log run'} onClose={props.onClose} size="small">
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <Field label="Date" error={errorOf('date')}>
            <DateInput control={form.control} name="date" />
          </Field>
          <Field label="Kind" error={errorOf('kind')}>
            <select {...register('kind')}>
              {runKinds.map((k) => (
                <option key={k} value={k}>
                  {runKindLabels[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field label={`Distance (${units.distance})`} error={errorOf('distanceM')}>
            <input inputMode="decimal" {...register('distanceM')} />
          </Field>
          <Field
            label="Time"
            error={errorOf('durationS')}
            hint={pace ? `Pace ${pace}` : 'h:mm:ss, or minutes'}
          >
            <input placeholder="e.g. 0:45:00" {...register('durationS')} />
          </Field>
          <Field label="Average heart rate (bpm)" error={errorOf('avgHr')}>
            <input inputMode="numeric" {...register('avgHr')} />
          </Field>
          <Field label="Effort (1–10)" error={errorOf('effort')}>
            <input inputMode="numeric" {...register('effort')} />
          </Field>
          <Field label="Notes" error={errorOf('notes')} wide>
            <textarea placeholder="Route, how it felt" {...register('notes')} />
          </Field>
        </div>
        <FormFooter
          error={form.formError}
          submitLabel={r ? 'Save run' : 'Log run'}
          busy={save.isPending}
          onCancel={props.onClose}
        />
      </form>
    </Dialog>
  )
}

/** A client's runs, newest first, with pace worked out; add, edit and delete. */
export function RunsCard(props: { clientId: number; clientName: string }): ReactNode {
  const units = useUnits()
  const runs = useOperation('runs.list', { clientId: props.clientId })
  const [editing, setEditing] = useState<Run | 'new'>()
  const [deleting, setDeleting] = useState<Run>()

  return (
    <RecordCard
      name="runs"
      title="Runs"
      actions={
        <button type="button" onClick={() => setEditing('new')}>
          + Log run
        </button>
      }
      records={runs.data}
      isLoading={runs.isLoading}
      error={runs.error}
      empty={<>No runs logged. Add {props.clientName}’s runs to follow pace and weekly distance.</>}
      columns={[
        { header: 'Date', cell: (run) => formatShortDate(run.date) },
        { header: 'Kind', cell: (run) => shortKind[run.kind] },
        { header: 'Distance', cell: (run) => formatDistance(units.distance, run.distanceM) },
        { header: 'Time', cell: (run) => formatDuration(run.durationS) },
        { header: 'Pace', cell: (run) => formatPace(units.distance, run.distanceM, run.durationS) },
        { header: 'HR', title: 'Average heart rate', cell: (run) => run.avgHr ?? '—' }
      ]}
      rowName={(run) => `${shortKind[run.kind].toLowerCase()} run of ${formatDate(run.date)}`}
      rowTitle={(run) => run.notes || undefined}
      onEdit={setEditing}
      onDelete={setDeleting}
    >
      {editing && (
        <RunForm
          // Made anew if the distance unit changes while open: its numbers are in one unit.
          key={units.distance}
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
    </RecordCard>
  )
}
