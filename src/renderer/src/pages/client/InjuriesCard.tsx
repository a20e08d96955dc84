import { useState, type ReactNode } from 'react'
import type { Injury } from '@shared/contract'
import { bodyAreas } from '@shared/schemas/exercise'
import { localToday } from '@shared/units'
import { ApiError } from '../../api/client'
import { useOperation, useWrite } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { QueryState } from '../../components/QueryState'
import { useNotify } from '../../components/Toasts'
import { formatDate } from '../../format'
import { errorMessage } from '../../api/errors'
import { FormFooter } from '../../components/FormFooter'

function InjuryForm(props: { clientId: number; injury?: Injury; onClose: () => void }): ReactNode {
  const [bodyArea, setBodyArea] = useState(props.injury?.bodyArea ?? '')
  const [note, setNote] = useState(props.injury?.note ?? '')
  const [since, setSince] = useState(props.injury?.since ?? '')
  const [resolvedOn, setResolvedOn] = useState(props.injury?.resolvedOn ?? '')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const add = useWrite('injuries.add')
  const update = useWrite('injuries.update')

  async function submit(event: React.FormEvent): Promise<void> {
    event.preventDefault()
    const fields = {
      bodyArea: bodyArea.trim(),
      note: note.trim(),
      since: since || null,
      resolvedOn: resolvedOn || null
    }
    try {
      if (props.injury) await update.mutateAsync({ id: props.injury.id, ...fields })
      else await add.mutateAsync({ clientId: props.clientId, ...fields })
      props.onClose()
    } catch (error) {
      const field = error instanceof ApiError ? (error.field ?? 'form') : 'form'
      setErrors({ [field]: errorMessage(error) })
    }
  }

  return (
    <Dialog
      title={props.injury ? 'Edit injury or limitation' : 'Add injury or limitation'}
      onClose={props.onClose}
      size="small"
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="form-grid">
          <Field label="Body area" error={errors.bodyArea} hint="Matched against what exercises load" wide>
            <input
              list="body-areas"
              value={bodyArea}
              onChange={(e) => setBodyArea(e.target.value)}
              autoFocus
            />
          </Field>
          <datalist id="body-areas">
            {bodyAreas.map((area) => (
              <option key={area} value={area} />
            ))}
          </datalist>
          <Field label="Note" error={errors.note} wide>
            <textarea
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder="What it is, what aggravates it"
            />
          </Field>
          <Field label="Since" error={errors.since}>
            <input type="date" value={since} onChange={(e) => setSince(e.target.value)} />
          </Field>
          <Field label="Resolved on" error={errors.resolvedOn} hint="Leave empty while it is active">
            <input type="date" value={resolvedOn} onChange={(e) => setResolvedOn(e.target.value)} />
          </Field>
        </div>
        <FormFooter
          error={errors.form}
          submitLabel={props.injury ? 'Save injury' : 'Add injury'}
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
  const remove = useWrite('injuries.delete')
  const add = useWrite('injuries.add')
  const notify = useNotify()
  const [editing, setEditing] = useState<Injury | 'new'>()

  const resolve = (injury: Injury, resolvedOn: string | null): void => {
    const { clientId: _clientId, ...fields } = injury
    update.mutate({ ...fields, resolvedOn })
  }

  return (
    <section className="card" aria-labelledby="injuries-title">
      <div className="card-header">
        <h2 id="injuries-title">Injuries and limitations</h2>
        <div className="spacer" />
        <button type="button" onClick={() => setEditing('new')}>
          + Add injury
        </button>
      </div>
      <QueryState isLoading={injuries.isLoading} error={injuries.error} />
      {injuries.data?.length === 0 && (
        <p className="muted">None recorded. Add one so Spotter can flag exercises that load it.</p>
      )}
      <ul className="injury-list">
        {injuries.data?.map((injury) => (
          <li key={injury.id} aria-label={`${injury.bodyArea} injury`}>
            <div className="injury-head">
              <strong>{injury.bodyArea}</strong>
              {injury.resolvedOn ? (
                <span className="badge ok">Resolved {formatDate(injury.resolvedOn)}</span>
              ) : (
                <span className="badge warn">Active</span>
              )}
            </div>
            {injury.note && <div>{injury.note}</div>}
            {injury.since && <small className="muted">Since {formatDate(injury.since)}</small>}
            <div className="injury-actions">
              {injury.resolvedOn ? (
                <button type="button" className="link" onClick={() => resolve(injury, null)}>
                  Reopen
                </button>
              ) : (
                <button type="button" className="link" onClick={() => resolve(injury, localToday())}>
                  Mark resolved
                </button>
              )}
              <button
                type="button"
                className="link"
                onClick={() => setEditing(injury)}
                aria-label={`Edit ${injury.bodyArea} injury`}
              >
                Edit
              </button>
              <button
                type="button"
                className="link"
                aria-label={`Remove ${injury.bodyArea} injury`}
                onClick={() =>
                  remove.mutate(
                    { id: injury.id },
                    {
                      onSuccess: () =>
                        notify(`Removed the ${injury.bodyArea} injury.`, {
                          action: {
                            label: 'Undo',
                            run: () => {
                              const { id: _id, ...rest } = injury
                              add.mutate(rest)
                            }
                          }
                        })
                    }
                  )
                }
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ul>
      {editing && (
        <InjuryForm
          clientId={props.clientId}
          injury={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </section>
  )
}
