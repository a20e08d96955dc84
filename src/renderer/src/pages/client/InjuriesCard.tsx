import { useState, type ReactNode } from 'react'
import type { Injury } from '@shared/contract'
import { bodyAreas } from '@shared/schemas/exercise'
import { areasNamedBy } from '@shared/training/injuries'
import { formatDate, localToday } from '@shared/dates'
import { ApiError } from '../../api/client'
import { useOperation, useWrite } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { QueryState } from '../../components/QueryState'
import { useNotify } from '../../components/Toasts'
import { errorMessage } from '../../api/errors'
import { FormFooter } from '../../components/FormFooter'
import { capitalize } from '../library/exercise-filter'

const other = 'other'
const isKnownArea = (text: string): boolean =>
  (bodyAreas as readonly string[]).includes(text.trim().toLowerCase())

function InjuryForm(props: { clientId: number; injury?: Injury; onClose: () => void }): ReactNode {
  const stored = props.injury?.bodyArea ?? ''
  // A known area is picked from the list; anything else is the trainer's own words under "Other".
  const [choice, setChoice] = useState(
    stored === '' ? '' : isKnownArea(stored) ? stored.trim().toLowerCase() : other
  )
  const [custom, setCustom] = useState(stored !== '' && !isKnownArea(stored) ? stored : '')
  const bodyArea = choice === other ? custom : choice
  const named = choice === other ? areasNamedBy(custom) : []
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
    // Said before the round trip, in the same words the store would use.
    if (fields.since && fields.resolvedOn && fields.resolvedOn < fields.since) {
      setErrors({ resolvedOn: 'Resolved on can’t be before Since' })
      return
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
          <Field
            label="Body area"
            error={choice === other ? undefined : errors.bodyArea}
            hint="Exercises that load this area are flagged in the builder"
            wide
          >
            <select value={choice} onChange={(e) => setChoice(e.target.value)} autoFocus>
              <option value="" disabled>
                Choose an area…
              </option>
              {bodyAreas.map((area) => (
                <option key={area} value={area}>
                  {capitalize(area)}
                </option>
              ))}
              <option value={other}>Other…</option>
            </select>
          </Field>
          {choice === other && (
            <Field label="Other area" error={errors.bodyArea} wide>
              <input
                value={custom}
                onChange={(e) => setCustom(e.target.value)}
                placeholder="e.g. left big toe"
              />
            </Field>
          )}
          {choice === other && custom.trim() !== '' && (
            <p className={`wide injury-area-note${named.length === 0 ? ' warn' : ''}`} role="status">
              {named.length === 0
                ? 'This matches no area exercises load, so it will not flag any exercise. Choose an area from the list to have exercises flagged.'
                : `Flags exercises that load the ${named.join(' and ')}.`}
            </p>
          )}
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
            <input
              type="date"
              value={resolvedOn}
              min={since || undefined}
              onChange={(e) => setResolvedOn(e.target.value)}
            />
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
