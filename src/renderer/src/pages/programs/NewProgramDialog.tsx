import { useState, type ChangeEvent, type ReactNode } from 'react'
import { localToday } from '@shared/dates'
import type { Program } from '@shared/contract'
import { programFormSchema, programFormValues } from '@shared/forms/program-form'
import { useOperation, useWrite } from '../../api/hooks'
import { DateInput } from '../../components/DateInput'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { FormFooter } from '../../components/FormFooter'
import { useContractForm } from '../../components/use-contract-form'

/**
 * Starts a program for a client (from a template or blank), or a new blank template when no
 * client is given.
 */
export function NewProgramDialog(props: {
  clientId: number | null
  onClose: () => void
  onCreated: (program: Program) => void
}): ReactNode {
  const templates = useOperation('templates.list', {})
  const create = useWrite('programs.create')
  const forClient = props.clientId !== null
  const [schema] = useState(() => programFormSchema(localToday()))
  const form = useContractForm(schema, programFormValues(forClient, localToday()))
  const { register, errorOf } = form

  // A template fills in its name, goal and length, keeping a name or goal already typed.
  const pickTemplate = (id: string): void => {
    const template = templates.data?.find((t) => String(t.id) === id)
    if (!template) return
    if (!form.getValues('name')) form.setValue('name', template.name)
    if (!form.getValues('goal')) form.setValue('goal', template.goal)
    form.setValue('weeks', String(template.weeks))
  }

  const save = async (input: ReturnType<typeof schema.parse>): Promise<void> => {
    props.onCreated(await create.mutateAsync({ ...input, clientId: props.clientId }))
  }

  return (
    <Dialog title={forClient ? 'New program' : 'New template'} onClose={props.onClose} size="small">
      <form noValidate onSubmit={form.submit(save)}>
        <div className="form-grid">
          {forClient && (
            <Field label="Start from" error={errorOf('fromProgramId')} wide>
              <select
                {...register('fromProgramId', {
                  onChange: (event: ChangeEvent<HTMLSelectElement>) => pickTemplate(event.target.value)
                })}
                autoFocus
              >
                <option value="">Blank program</option>
                {templates.data?.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <Field label="Name" error={errorOf('name')} wide>
            <input {...register('name')} autoFocus={!forClient} />
          </Field>
          <Field label="Goal" error={errorOf('goal')} wide>
            <input {...register('goal')} />
          </Field>
          {forClient && (
            <Field label="Start date" error={errorOf('startDate')}>
              <DateInput control={form.control} name="startDate" />
            </Field>
          )}
          <Field label="Length (weeks)" error={errorOf('weeks')}>
            <input inputMode="numeric" {...register('weeks')} />
          </Field>
          {forClient && (
            <Field
              label="Status"
              error={errorOf('status')}
              hint="Activating it completes the current active program"
            >
              <select {...register('status')}>
                <option value="active">Active</option>
                <option value="draft">Draft</option>
              </select>
            </Field>
          )}
        </div>
        <FormFooter
          error={form.formError}
          submitLabel={forClient ? 'Create program' : 'Create template'}
          busy={create.isPending}
          onCancel={props.onClose}
        />
      </form>
    </Dialog>
  )
}
