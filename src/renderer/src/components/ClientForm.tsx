import { useState, type ReactNode } from 'react'
import type { Client } from '@shared/contract'
import { localToday } from '@shared/dates'
import { changedFields, clientFormSchema, clientFormValues } from '@shared/forms/client-form'
import { useWrite } from '../api/hooks'
import { useUnits } from '../app/units'
import { DateInput } from './DateInput'
import { Dialog } from './Dialog'
import { Field } from './Field'
import { FormFooter } from './FormFooter'
import { useContractForm } from './use-contract-form'
import { priorityOptions } from '../pages/week/plan-words'

interface ClientFormProps {
  client?: Client
  onClose: () => void
  onSaved: (client: Client) => void
}

/**
 * Adds a client, or edits one when `client` is given; every mistake shows at once beside its field.
 * The form is made anew when the distance unit changes (a Settings change can land after it
 * opened): its numbers are written in one unit, and labelled in another they would be saved wrong.
 */
export function ClientForm(props: ClientFormProps): ReactNode {
  const units = useUnits()
  return <ClientFormIn key={units.distance} {...props} />
}

function ClientFormIn(props: ClientFormProps): ReactNode {
  const units = useUnits()
  const [schema] = useState(() => clientFormSchema(units.distance, props.client, localToday()))
  const form = useContractForm(schema, clientFormValues(props.client, units.distance))
  const { register, errorOf } = form
  const create = useWrite('clients.create')
  const update = useWrite('clients.update')
  const busy = create.isPending || update.isPending

  const save = async (input: ReturnType<typeof schema.parse>): Promise<void> => {
    let saved: Client
    if (props.client) {
      // Only what the trainer changed is sent; an unchanged form writes nothing at all.
      const patch = changedFields(input, props.client)
      saved =
        Object.keys(patch).length === 0
          ? props.client
          : await update.mutateAsync({ id: props.client.id, patch })
    } else {
      saved = await create.mutateAsync(input)
    }
    props.onSaved(saved)
  }

  const distance = units.distance
  return (
    <Dialog title={props.client ? `Edit ${props.client.name}` : 'Add client'} onClose={props.onClose}>
      <form onSubmit={form.submit(save)} noValidate>
        <fieldset className="form-section">
          <legend>Contact</legend>
          <div className="form-grid">
            <Field label="Name" error={errorOf('name')} wide>
              <input {...register('name')} autoFocus autoComplete="off" />
            </Field>
            <Field label="E-mail" error={errorOf('email')}>
              <input type="email" {...register('email')} />
            </Field>
            <Field label="Phone" error={errorOf('phone')}>
              <input {...register('phone')} />
            </Field>
            <Field label="Birth date" error={errorOf('birthDate')}>
              <DateInput control={form.control} name="birthDate" />
            </Field>
            <Field label="Sex" error={errorOf('sex')} hint="Optional">
              <select {...register('sex')}>
                <option value="">Not recorded</option>
                <option value="female">Female</option>
                <option value="male">Male</option>
                <option value="other">Other</option>
              </select>
            </Field>
            <Field label="Height (cm)" error={errorOf('heightM')}>
              <input inputMode="decimal" {...register('heightM')} />
            </Field>
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>Goals</legend>
          <div className="form-grid">
            <Field label="Goals" error={errorOf('goals')} wide>
              <textarea {...register('goals')} placeholder="e.g. Sub-4 marathon in April, no knee pain" />
            </Field>
            <Field
              label="Tags"
              error={errorOf('tags')}
              hint="Separate with commas, e.g. marathon, masters"
              wide
            >
              <input {...register('tags')} />
            </Field>
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>Running profile</legend>
          <div className="form-grid">
            <Field label={`Weekly distance (${distance})`} error={errorOf('weeklyDistanceM')}>
              <input inputMode="decimal" {...register('weeklyDistanceM')} />
            </Field>
            <Field label="Next race" error={errorOf('nextRaceName')}>
              <input {...register('nextRaceName')} placeholder="e.g. Valencia Marathon" />
            </Field>
            <Field label="Race date" error={errorOf('nextRaceDate')}>
              <DateInput control={form.control} name="nextRaceDate" />
            </Field>
            <Field label={`Race distance (${distance})`} error={errorOf('nextRaceDistanceM')}>
              <input inputMode="decimal" {...register('nextRaceDistanceM')} />
            </Field>
            <Field label="Target time" error={errorOf('nextRaceTargetS')} hint="h:mm:ss">
              <input {...register('nextRaceTargetS')} placeholder="e.g. 3:59:00" />
            </Field>
            <Field label="Priority" error={errorOf('priority')} hint="Decides run first or lift first">
              <select {...register('priority')}>
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
          <Field label="Notes" error={errorOf('notes')}>
            <textarea {...register('notes')} />
          </Field>
        </fieldset>
        <FormFooter
          error={form.formError}
          submitLabel={props.client ? 'Save changes' : 'Add client'}
          busy={busy}
          onCancel={props.onClose}
        />
      </form>
    </Dialog>
  )
}
