import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { Client } from '@shared/contract'
import { ApiError } from '../../api/client'
import { useWrite } from '../../api/hooks'
import { useUnits } from '../../app/units'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import {
  changedFields,
  clientInputFrom,
  formFieldOf,
  formValuesFrom,
  type ClientFormValues
} from './client-form-values'
import { errorMessage } from '../../api/errors'
import { FormFooter } from '../../components/FormFooter'
import { priorityOptions } from '../week/plan-words'

type Errors = Partial<Record<keyof ClientFormValues, string>>

/** Adds a client, or edits one when `client` is given; each invalid field gets its own message. */
export function ClientForm(props: {
  client?: Client
  onClose: () => void
  onSaved: (client: Client) => void
}): ReactNode {
  const units = useUnits()
  const [values, setValues] = useState(() => formValuesFrom(props.client, units.distance))
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<string>()
  const create = useWrite('clients.create')
  const update = useWrite('clients.update')
  const busy = create.isPending || update.isPending
  const formRef = useRef<HTMLFormElement>(null)
  // Take the trainer to the first field that needs fixing, which may be scrolled out of view.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [errors])

  const set =
    (key: keyof ClientFormValues) =>
    (event: { target: { value: string } }): void => {
      setValues((current) => ({ ...current, [key]: event.target.value }))
      if (errors[key]) setErrors((current) => ({ ...current, [key]: undefined }))
    }

  async function submit(event: React.FormEvent): Promise<void> {
    event.preventDefault()
    setFormError(undefined)
    const parsed = clientInputFrom(values, units.distance, props.client)
    if ('errors' in parsed) return setErrors(parsed.errors)
    try {
      let saved: Client
      if (props.client) {
        // Only what the trainer changed is sent; an unchanged form writes nothing at all.
        const patch = changedFields(parsed.input, props.client)
        saved =
          Object.keys(patch).length === 0
            ? props.client
            : await update.mutateAsync({ id: props.client.id, patch })
      } else {
        saved = await create.mutateAsync(parsed.input)
      }
      props.onSaved(saved)
    } catch (error) {
      const field =
        error instanceof ApiError && error.field
          ? formFieldOf[error.field.replace(/^patch\./, '').split('.')[0] ?? '']
          : undefined
      const message = errorMessage(error)
      if (field) setErrors({ [field]: message })
      else setFormError(message)
    }
  }

  const distance = units.distance
  return (
    <Dialog title={props.client ? `Edit ${props.client.name}` : 'Add client'} onClose={props.onClose}>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="form-section">
          <legend>Contact</legend>
          <div className="form-grid">
            <Field label="Name" error={errors.name} wide>
              <input value={values.name} onChange={set('name')} autoFocus autoComplete="off" />
            </Field>
            <Field label="E-mail" error={errors.email}>
              <input type="email" value={values.email} onChange={set('email')} />
            </Field>
            <Field label="Phone" error={errors.phone}>
              <input value={values.phone} onChange={set('phone')} />
            </Field>
            <Field label="Birth date" error={errors.birthDate}>
              <input type="date" value={values.birthDate} onChange={set('birthDate')} />
            </Field>
            <Field label="Sex" error={errors.sex} hint="Optional">
              <select value={values.sex} onChange={set('sex')}>
                <option value="">Not recorded</option>
                <option value="female">Female</option>
                <option value="male">Male</option>
                <option value="other">Other</option>
              </select>
            </Field>
            <Field label="Height (cm)" error={errors.heightCm}>
              <input inputMode="decimal" value={values.heightCm} onChange={set('heightCm')} />
            </Field>
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>Goals</legend>
          <div className="form-grid">
            <Field label="Goals" error={errors.goals} wide>
              <textarea
                value={values.goals}
                onChange={set('goals')}
                placeholder="e.g. Sub-4 marathon in April, no knee pain"
              />
            </Field>
            <Field label="Tags" error={errors.tags} hint="Separate with commas, e.g. marathon, masters" wide>
              <input value={values.tags} onChange={set('tags')} />
            </Field>
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>Running profile</legend>
          <div className="form-grid">
            <Field label={`Weekly distance (${distance})`} error={errors.weeklyDistance}>
              <input inputMode="decimal" value={values.weeklyDistance} onChange={set('weeklyDistance')} />
            </Field>
            <Field label="Next race" error={errors.nextRaceName}>
              <input
                value={values.nextRaceName}
                onChange={set('nextRaceName')}
                placeholder="e.g. Valencia Marathon"
              />
            </Field>
            <Field label="Race date" error={errors.nextRaceDate}>
              <input type="date" value={values.nextRaceDate} onChange={set('nextRaceDate')} />
            </Field>
            <Field label={`Race distance (${distance})`} error={errors.nextRaceDistance}>
              <input inputMode="decimal" value={values.nextRaceDistance} onChange={set('nextRaceDistance')} />
            </Field>
            <Field label="Target time" error={errors.nextRaceTarget} hint="h:mm:ss">
              <input value={values.nextRaceTarget} onChange={set('nextRaceTarget')} placeholder="3:59:00" />
            </Field>
            <Field label="Priority" error={errors.priority} hint="Decides run first or lift first">
              <select value={values.priority} onChange={set('priority')}>
                {priorityOptions.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>Notes</legend>
          <Field label="Notes" error={errors.notes}>
            <textarea value={values.notes} onChange={set('notes')} />
          </Field>
        </fieldset>
        <FormFooter
          error={formError}
          submitLabel={props.client ? 'Save changes' : 'Add client'}
          busy={busy}
          onCancel={props.onClose}
        />
      </form>
    </Dialog>
  )
}
