import { useState, type ReactNode } from 'react'
import { localToday } from '@shared/dates'
import type { Program } from '@shared/contract'
import { useOperation, useWrite } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { serverError } from '../../components/server-error'
import { FormFooter } from '../../components/FormFooter'

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
  const [from, setFrom] = useState('')
  const [name, setName] = useState('')
  const [goal, setGoal] = useState('')
  const [startDate, setStartDate] = useState(forClient ? localToday() : '')
  const [weeks, setWeeks] = useState('8')
  const [status, setStatus] = useState<Program['status']>('active')
  const [errors, setErrors] = useState<Record<string, string>>({})

  const pickTemplate = (id: string): void => {
    setFrom(id)
    const template = templates.data?.find((t) => String(t.id) === id)
    if (template) {
      if (!name) setName(template.name)
      if (!goal) setGoal(template.goal)
      setWeeks(String(template.weeks))
    }
  }

  return (
    <Dialog title={forClient ? 'New program' : 'New template'} onClose={props.onClose} size="small">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          create.mutate(
            {
              clientId: props.clientId,
              fromProgramId: from ? Number(from) : null,
              name,
              goal,
              startDate: forClient && startDate ? startDate : null,
              weeks: Number(weeks),
              status: forClient ? status : 'draft'
            },
            {
              onSuccess: props.onCreated,
              onError: (error) => {
                const failed = serverError(error, ['name', 'goal', 'startDate', 'weeks', 'status'])
                setErrors({ [failed.field ?? 'form']: failed.message })
              }
            }
          )
        }}
      >
        <div className="form-grid">
          {forClient && (
            <Field label="Start from" wide>
              <select value={from} onChange={(event) => pickTemplate(event.target.value)} autoFocus>
                <option value="">Blank program</option>
                {templates.data?.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <Field label="Name" error={errors.name} wide>
            <input value={name} onChange={(event) => setName(event.target.value)} autoFocus={!forClient} />
          </Field>
          <Field label="Goal" error={errors.goal} wide>
            <input value={goal} onChange={(event) => setGoal(event.target.value)} />
          </Field>
          {forClient && (
            <Field label="Start date" error={errors.startDate}>
              <input type="date" value={startDate} onChange={(event) => setStartDate(event.target.value)} />
            </Field>
          )}
          <Field label="Length (weeks)" error={errors.weeks}>
            <input inputMode="numeric" value={weeks} onChange={(event) => setWeeks(event.target.value)} />
          </Field>
          {forClient && (
            <Field
              label="Status"
              error={errors.status}
              hint="Activating it completes the current active program"
            >
              <select value={status} onChange={(event) => setStatus(event.target.value as Program['status'])}>
                <option value="active">Active</option>
                <option value="draft">Draft</option>
              </select>
            </Field>
          )}
        </div>
        <FormFooter
          error={errors.form}
          submitLabel={forClient ? 'Create program' : 'Create template'}
          busy={create.isPending}
          onCancel={props.onClose}
        />
      </form>
    </Dialog>
  )
}
