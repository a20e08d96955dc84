import { useMemo, useState, type ReactNode } from 'react'
import type { Exercise, Injury, Program } from '@shared/contract'
import { programStatuses } from '@shared/schemas/program'
import { programFieldsSchema } from '@shared/schemas/program-views'
import { useOperation, useWrite } from '../../api/hooks'
import { navigate } from '../../app/router'
import { ConfirmDialog, Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { QueryState } from '../../components/QueryState'
import { useNotify } from '../../components/Toasts'
import { Suggestions } from '../../components/Suggestions'
import { BuilderContext } from './builder-context'
import { HandoutDialog } from './HandoutDialog'
import { NumberInput, TextInput } from '../../components/NumberInput'
import { WorkoutCard } from './WorkoutCard'
import './builder.css'
import { errorMessage } from '../../api/errors'
import { ProgramPhases } from './ProgramPhases'

/** The contract's rules for a program's fields, checked as each is edited in place. */
const programFields = programFieldsSchema.shape

const statusLabels = { draft: 'Draft', active: 'Active', completed: 'Completed' } as const
const NO_INJURIES: Injury[] = []
const NO_EXERCISES: Exercise[] = []

function SaveAsTemplate(props: { program: Program; onClose: () => void }): ReactNode {
  const [name, setName] = useState(props.program.name)
  const [error, setError] = useState<string>()
  const save = useWrite('programs.saveAsTemplate')
  const notify = useNotify()
  return (
    <Dialog title="Save as template" onClose={props.onClose} size="small">
      <form
        onSubmit={(event) => {
          event.preventDefault()
          save.mutate(
            { id: props.program.id, name },
            {
              onSuccess: (template) => {
                props.onClose()
                notify(`Saved “${template.name}” to your templates.`)
              },
              onError: (e) => setError(errorMessage(e))
            }
          )
        }}
      >
        <Field label="Template name" error={error}>
          <input value={name} onChange={(event) => setName(event.target.value)} autoFocus />
        </Field>
        <div className="form-actions">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save template
          </button>
        </div>
      </form>
    </Dialog>
  )
}

/**
 * The program builder, for a client's program or a template: the program's fields, then each
 * workout with its exercises. Every change is saved as it is made.
 */
export function ProgramBuilder(props: {
  programId: number
  clientId: number | null
  clientName: string | null
  onDeleted: () => void
}): ReactNode {
  const program = useOperation('programs.get', { id: props.programId })
  const exercises = useOperation('exercises.list', { includeArchived: true })
  const injuries = useOperation('injuries.list', { clientId: props.clientId ?? 0 }, props.clientId !== null)
  const maxes = useOperation('maxes.list', { clientId: props.clientId ?? 0 }, props.clientId !== null)
  const estimated = useOperation(
    'maxes.estimated',
    { clientId: props.clientId ?? 0 },
    props.clientId !== null
  )
  const update = useWrite('programs.update')
  const addWorkout = useWrite('workouts.add')
  const remove = useWrite('programs.delete')
  const restore = useWrite('templates.restoreBuiltin')
  const duplicate = useWrite('programs.create')
  const notify = useNotify()
  const [savingTemplate, setSavingTemplate] = useState(false)
  const [printing, setPrinting] = useState(false)
  const [confirm, setConfirm] = useState<'delete' | 'restore'>()
  const [error, setError] = useState<string>()

  const context = useMemo(
    () => ({
      programId: props.programId,
      clientId: props.clientId,
      clientName: props.clientName,
      injuries: injuries.data ?? NO_INJURIES,
      maxes: new Map((maxes.data ?? []).map((m) => [m.exerciseId, m.kg])),
      estimatedMaxes: new Map((estimated.data ?? []).map((m) => [m.exerciseId, m.kg])),
      exercises: new Map((exercises.data ?? NO_EXERCISES).map((e) => [e.id, e]))
    }),
    [
      props.programId,
      props.clientId,
      props.clientName,
      injuries.data,
      maxes.data,
      estimated.data,
      exercises.data
    ]
  )

  const p = program.data
  if (!p) return <QueryState isLoading={program.isLoading} error={program.error} />
  const isTemplate = p.clientId === null
  /** Saves an inline field; a refusal shows beside the field, which keeps what was typed. */
  const save = (patch: Parameters<typeof update.mutate>[0]['patch']): Promise<unknown> => {
    setError(undefined)
    return update.mutateAsync({ id: p.id, patch })
  }
  /** Saves a picked value (date, status); a refusal shows in the builder's error line. */
  const savePicked = (patch: Parameters<typeof save>[0]): void => {
    save(patch).catch((e: unknown) => setError(errorMessage(e)))
  }

  return (
    <BuilderContext.Provider value={context}>
      <div className="builder">
        <section className="card program-head" aria-label="Program details">
          <div className="program-fields">
            <label className="field grow">
              <span>{isTemplate ? 'Template name' : 'Program name'}</span>
              <TextInput
                label={isTemplate ? 'Template name' : 'Program name'}
                value={p.name}
                rule={{ key: isTemplate ? 'templateName' : 'programName', field: programFields.name }}
                onCommit={(name) => save({ name })}
              />
            </label>
            <label className="field grow">
              <span>Goal</span>
              <TextInput
                label="Goal"
                value={p.goal}
                placeholder="What this block is for"
                rule={{ key: 'goal', field: programFields.goal }}
                onCommit={(goal) => save({ goal })}
              />
            </label>
            {!isTemplate && (
              <label className="field">
                <span>Start date</span>
                <input
                  type="date"
                  aria-label="Start date"
                  value={p.startDate ?? ''}
                  onChange={(event) => savePicked({ startDate: event.target.value || null })}
                />
              </label>
            )}
            <label className="field">
              <span>Weeks</span>
              <NumberInput
                label="Length in weeks"
                value={p.weeks}
                rule={{ key: 'weeks', field: programFields.weeks }}
                onCommit={(weeks) => save({ weeks: weeks ?? undefined })}
                width={64}
              />
            </label>
            {!isTemplate && (
              <label className="field">
                <span>Status</span>
                <select
                  aria-label="Status"
                  value={p.status}
                  onChange={(event) => savePicked({ status: event.target.value as Program['status'] })}
                >
                  {programStatuses.map((status) => (
                    <option key={status} value={status}>
                      {statusLabels[status]}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          {p.sourceName && <p className="muted source">Started from “{p.sourceName}”.</p>}
          {error && (
            <div className="field-error" role="alert">
              {error}
            </div>
          )}
          <div className="program-actions">
            {!isTemplate && (
              <button type="button" className="primary" onClick={() => setPrinting(true)}>
                Print handout…
              </button>
            )}
            {!isTemplate && (
              <button type="button" onClick={() => setSavingTemplate(true)}>
                Save as template
              </button>
            )}
            {isTemplate && (
              <button
                type="button"
                onClick={() =>
                  duplicate.mutate(
                    {
                      clientId: null,
                      fromProgramId: p.id,
                      name: `${p.name} (copy)`,
                      goal: p.goal,
                      notes: p.notes,
                      weeks: p.weeks
                    },
                    { onSuccess: (copy) => navigate({ page: 'template', id: copy.id }) }
                  )
                }
              >
                Duplicate
              </button>
            )}
            {p.builtinKey && (
              <button type="button" onClick={() => setConfirm('restore')}>
                Restore original
              </button>
            )}
            <button type="button" className="danger" onClick={() => setConfirm('delete')}>
              Delete {isTemplate ? 'template' : 'program'}…
            </button>
          </div>
        </section>

        {!isTemplate && props.clientId !== null && <ProgramPhases program={p} clientId={props.clientId} />}
        {!isTemplate && props.clientId !== null && (
          <Suggestions
            clientId={props.clientId}
            prescriptionIds={p.workouts.flatMap((w) => w.prescriptions.map((rx) => rx.id))}
          />
        )}
        {p.workouts.map((workout, index) => (
          <WorkoutCard key={workout.id} workout={workout} index={index} count={p.workouts.length} />
        ))}
        {p.workouts.length === 0 && (
          <div className="card empty">
            <h2>No workouts yet</h2>
            <p>A workout is one training day. Add one, then add its exercises from the library.</p>
          </div>
        )}
        <div>
          <button
            type="button"
            className="primary"
            onClick={() =>
              addWorkout.mutate({
                programId: p.id,
                name: `Workout ${String.fromCharCode(65 + p.workouts.length)}`
              })
            }
          >
            + Add workout
          </button>
        </div>
      </div>
      {savingTemplate && <SaveAsTemplate program={p} onClose={() => setSavingTemplate(false)} />}
      {printing && <HandoutDialog program={p} onClose={() => setPrinting(false)} />}
      {confirm === 'delete' && (
        <ConfirmDialog
          title={`Delete ${p.name}?`}
          message={
            <p style={{ margin: 0 }}>
              Its workouts and exercises are removed. Logged sessions stay in the history.
            </p>
          }
          confirmLabel={`Delete ${p.name}`}
          danger
          onClose={() => setConfirm(undefined)}
          onConfirm={() =>
            remove.mutate(
              { id: p.id },
              {
                onSuccess: () => {
                  setConfirm(undefined)
                  notify(`Deleted ${p.name}.`)
                  props.onDeleted()
                }
              }
            )
          }
        />
      )}
      {confirm === 'restore' && (
        <ConfirmDialog
          title={`Restore ${p.name}?`}
          message={
            <p style={{ margin: 0 }}>
              Your changes to this built-in template are replaced by its original content.
            </p>
          }
          confirmLabel="Restore original"
          onClose={() => setConfirm(undefined)}
          onConfirm={() =>
            restore.mutate(
              { id: p.id },
              { onSuccess: () => (setConfirm(undefined), notify('Template restored.')) }
            )
          }
        />
      )}
    </BuilderContext.Provider>
  )
}
