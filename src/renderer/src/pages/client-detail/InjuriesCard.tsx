import { useState, type ReactNode } from 'react'
import { formatDate, localToday } from '@shared/dates'
import type { Injury } from '@shared/contract'
import { injuryFormSchema, injuryFormValues, otherBodyArea } from '@shared/forms/log-forms'
import { bodyAreas } from '@shared/schemas/exercise'
import { areasNamedBy } from '@shared/training/injuries'
import { useOperation, useWrite } from '../../api/hooks'
import { DateInput } from '../../components/DateInput'
import { DeleteDialog } from '../../components/DeleteDialog'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { FormFooter } from '../../components/FormFooter'
import { RecordCard } from '../../components/RecordCard'
import { useContractForm } from '../../components/use-contract-form'
import { capitalize } from '../library/exercise-filter'

function InjuryForm(props: { clientId: number; injury?: Injury; onClose: () => void }): ReactNode {
  const [schema] = useState(() => injuryFormSchema(props.clientId, localToday()))
  const form = useContractForm(schema, injuryFormValues(props.injury))
  const { register, errorOf } = form
  const choice = form.watch('bodyArea')
  const custom = form.watch('otherArea')
  const since = form.watch('since')
  const named = choice === otherBodyArea ? areasNamedBy(custom) : []
  const add = useWrite('injuries.add')
  const update = useWrite('injuries.update')

  const submit = form.submit(async ({ clientId, ...fields }) => {
    if (props.injury) await update.mutateAsync({ id: props.injury.id, ...fields })
    else await add.mutateAsync({ clientId, ...fields })
    props.onClose()
  })

  return (
    <Dialog
      title={props.injury ? 'Edit injury or limitation' : 'Add injury or limitation'}
      onClose={props.onClose}
      size="small"
    >
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <Field
            label="Body area"
            error={choice === otherBodyArea ? undefined : errorOf('bodyArea')}
            hint="Exercises that load this area are flagged in the builder"
            wide
          >
            <select {...register('bodyArea')}>
              <option value="" disabled>
                Choose an area…
              </option>
              {bodyAreas.map((area) => (
                <option key={area} value={area}>
                  {capitalize(area)}
                </option>
              ))}
              <option value={otherBodyArea}>Other…</option>
            </select>
          </Field>
          {choice === otherBodyArea && (
            <Field label="Other area" error={errorOf('bodyArea') ?? errorOf('otherArea')} wide>
              <input {...register('otherArea')} placeholder="e.g. left big toe" />
            </Field>
          )}
          {choice === otherBodyArea && custom.trim() !== '' && (
            <p className={`wide injury-area-note${named.length === 0 ? ' warn' : ''}`} role="status">
              {named.length === 0
                ? 'This matches no area exercises load, so it will not flag any exercise. Choose an area from the list to have exercises flagged.'
                : `Flags exercises that load the ${named.join(' and ')}.`}
            </p>
          )}
          <Field label="Note" error={errorOf('note')} wide>
            <textarea {...register('note')} placeholder="What it is, what aggravates it" />
          </Field>
          <Field label="Since" error={errorOf('since')}>
            <DateInput control={form.control} name="since" />
          </Field>
          <Field label="Resolved on" error={errorOf('resolvedOn')} hint="Leave empty while it is active">
            <DateInput control={form.control} name="resolvedOn" min={since || undefined} />
          </Field>
        </div>
        <FormFooter
          error={form.formError}
          submitLabel={props.injury ? 'Save injury' : 'Add injury'}
          busy={add.isPending || update.isPending}
          onCancel={props.onClose}
        />
      </form>
    </Dialog>
  )
}

/** Injuries and limitations: active ones first, each editable and resolvable in place. */
export function InjuriesCard(props: { clientId: number }): ReactNode {
  const injuries = useOperation('injuries.list', { clientId: props.clientId })
  const update = useWrite('injuries.update')
  const [editing, setEditing] = useState<Injury | 'new'>()
  const [deleting, setDeleting] = useState<Injury>()

  const resolve = (injury: Injury, resolvedOn: string | null): void => {
    const { clientId: _clientId, ...fields } = injury
    update.mutate({ ...fields, resolvedOn })
  }

  return (
    <RecordCard
      name="injuries"
      title="Injuries and limitations"
      className="injuries-card"
      actions={
        <button type="button" onClick={() => setEditing('new')}>
          + Add injury
        </button>
      }
      records={injuries.data}
      isLoading={injuries.isLoading}
      error={injuries.error}
      empty="None recorded. Add one so Spotter can flag exercises that load it."
      columns={[
        { header: 'Area', cell: (injury) => <strong>{injury.bodyArea}</strong> },
        {
          header: 'Status',
          cell: (injury) =>
            injury.resolvedOn ? (
              <span className="badge ok">Resolved {formatDate(injury.resolvedOn)}</span>
            ) : (
              <span className="badge warn">Active</span>
            )
        },
        { header: 'Since', cell: (injury) => (injury.since ? formatDate(injury.since) : '—') },
        { header: 'Note', wrap: true, cell: (injury) => injury.note || <span className="muted">—</span> }
      ]}
      rowName={(injury) => `${injury.bodyArea} injury`}
      rowActions={(injury) =>
        injury.resolvedOn ? (
          <button type="button" className="link" onClick={() => resolve(injury, null)}>
            Reopen
          </button>
        ) : (
          <button type="button" className="link" onClick={() => resolve(injury, localToday())}>
            Mark resolved
          </button>
        )
      }
      onEdit={setEditing}
      onDelete={setDeleting}
    >
      {editing && (
        <InjuryForm
          clientId={props.clientId}
          injury={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
      {deleting && (
        <DeleteDialog
          operation="injuries.delete"
          id={deleting.id}
          title="Delete this injury?"
          confirmLabel="Delete injury"
          message={
            <>The {deleting.bodyArea} injury is removed for good; its exercises are no longer flagged.</>
          }
          done={`Deleted the ${deleting.bodyArea} injury.`}
          onClose={() => setDeleting(undefined)}
        />
      )}
    </RecordCard>
  )
}
