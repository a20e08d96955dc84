import { useState, useId, type ReactNode, type Ref } from 'react'
import { useController, type Control } from 'react-hook-form'
import {
  alternativeKinds,
  bodyAreas,
  categoryLabels,
  equipmentKinds,
  exerciseCategories,
  movementPatterns,
  muscleGroups,
  type Exercise
} from '@shared/schemas/exercise'
import {
  exerciseFormSchema,
  exerciseFormValues,
  type ExerciseFormOutput,
  type ExerciseFormValues,
  type NamedAlternative
} from '@shared/forms/exercise-form'
import { useWrite } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { ExercisePicker } from '../../components/ExercisePicker'
import { Field } from '../../components/Field'
import { useContractForm } from '../../components/use-contract-form'
import { capitalize } from './exercise-filter'
import { FormFooter } from '../../components/FormFooter'

type Alternative = NamedAlternative

const maxAlternatives = 12
const kindLabels = { easier: 'Easier', harder: 'Harder', substitute: 'Substitute' } as const

const sameAlternatives = (
  a: ReadonlyArray<Pick<Alternative, 'kind' | 'exerciseId'>>,
  b: ReadonlyArray<Pick<Alternative, 'kind' | 'exerciseId'>>
): boolean =>
  a.length === b.length && a.every((x, i) => x.exerciseId === b[i]?.exerciseId && x.kind === b[i]?.kind)

/** A set of checkboxes with a legend; its error is read out with the group. */
function CheckboxGroup<V extends string>(props: {
  legend: string
  options: readonly V[]
  value: readonly V[]
  error?: string
  hint?: string
  /** Given to the first checkbox, so a mistake in the group moves focus there. */
  inputRef?: Ref<HTMLInputElement>
  onChange: (value: V[]) => void
}): ReactNode {
  const id = useId()
  return (
    <fieldset className="check-group" aria-describedby={props.error ? `${id}-error` : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && <small className="field-hint">{props.hint}</small>}
      <div className="check-grid">
        {props.options.map((option, index) => (
          <label key={option} className="check">
            <input
              ref={index === 0 ? props.inputRef : undefined}
              type="checkbox"
              checked={props.value.includes(option)}
              aria-invalid={props.error ? true : undefined}
              onChange={(event) =>
                props.onChange(
                  event.target.checked
                    ? props.options.filter((o) => o === option || props.value.includes(o))
                    : props.value.filter((o) => o !== option)
                )
              }
            />
            {capitalize(option)}
          </label>
        ))}
      </div>
      {props.error && (
        <small id={`${id}-error`} className="field-error" role="alert">
          {props.error}
        </small>
      )}
    </fieldset>
  )
}

/** The list fields chosen by ticking boxes. */
type ListField = 'equipment' | 'primaryMuscles' | 'secondaryMuscles' | 'cautions'

/** A checkbox group bound to one of the form's list fields. */
function ListCheckboxes<V extends string>(props: {
  control: Control<ExerciseFormValues, unknown, ExerciseFormOutput>
  name: ListField
  legend: string
  options: readonly V[]
  error?: string
  hint?: string
}): ReactNode {
  const { field } = useController({ control: props.control, name: props.name })
  return (
    <CheckboxGroup
      legend={props.legend}
      hint={props.hint}
      options={props.options}
      value={field.value as V[]}
      error={props.error}
      inputRef={field.ref}
      onChange={field.onChange}
    />
  )
}

/** Creates a custom exercise, or edits one when `exercise` is given (built-ins are read-only). */
export function ExerciseForm(props: {
  exercise?: Exercise
  onClose: () => void
  onSaved: (exercise: Exercise) => void
}): ReactNode {
  const form = useContractForm(exerciseFormSchema, exerciseFormValues(props.exercise))
  const { register, errorOf } = form
  const [picking, setPicking] = useState(false)
  // Set once a new exercise is stored, so a retry after a failed alternatives save updates it.
  const [createdId, setCreatedId] = useState<number>()
  const create = useWrite('exercises.create')
  const update = useWrite('exercises.update')
  const saveAlternatives = useWrite('exercises.setAlternatives')
  const busy = create.isPending || update.isPending || saveAlternatives.isPending
  const alternatives = form.watch('alternatives')
  const setAlternatives = (list: Alternative[]): void => {
    form.setValue('alternatives', list)
    form.clearErrors('alternatives')
  }

  const save = async ({ alternatives: chosen, ...body }: ExerciseFormOutput): Promise<void> => {
    const id = props.exercise?.id ?? createdId
    let saved =
      id === undefined ? await create.mutateAsync(body) : await update.mutateAsync({ id, patch: body })
    if (id === undefined) setCreatedId(saved.id)
    if (!sameAlternatives(chosen, saved.alternatives)) {
      saved = await saveAlternatives.mutateAsync({ id: saved.id, alternatives: chosen })
    }
    props.onSaved(saved)
  }

  const ownId = props.exercise?.id ?? createdId
  const excludeIds = [...(ownId === undefined ? [] : [ownId]), ...alternatives.map((a) => a.exerciseId)]
  return (
    <Dialog title={props.exercise ? `Edit ${props.exercise.name}` : 'New exercise'} onClose={props.onClose}>
      <form onSubmit={form.submit(save)} noValidate>
        <fieldset className="form-section">
          <legend>Exercise</legend>
          <div className="form-grid">
            <Field label="Name" error={errorOf('name')} wide>
              <input {...register('name')} autoFocus autoComplete="off" />
            </Field>
            <Field label="Category" error={errorOf('category')}>
              <select {...register('category')}>
                {exerciseCategories.map((category) => (
                  <option key={category} value={category}>
                    {categoryLabels[category]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Movement pattern" error={errorOf('pattern')}>
              <select {...register('pattern')}>
                {movementPatterns.map((pattern) => (
                  <option key={pattern} value={pattern}>
                    {capitalize(pattern)}
                  </option>
                ))}
              </select>
            </Field>
            <label className="check wide">
              <input type="checkbox" {...register('unilateral')} />
              Unilateral (one side at a time)
            </label>
          </div>
        </fieldset>
        <div className="form-section">
          <ListCheckboxes
            control={form.control}
            name="equipment"
            legend="Equipment"
            options={equipmentKinds}
            error={errorOf('equipment')}
          />
        </div>
        <div className="form-section">
          <ListCheckboxes
            control={form.control}
            name="primaryMuscles"
            legend="Primary muscles"
            options={muscleGroups}
            error={errorOf('primaryMuscles')}
          />
        </div>
        <div className="form-section">
          <ListCheckboxes
            control={form.control}
            name="secondaryMuscles"
            legend="Secondary muscles"
            options={muscleGroups}
            error={errorOf('secondaryMuscles')}
          />
        </div>
        <fieldset className="form-section">
          <legend>How to coach it</legend>
          <div className="form-grid">
            <Field label="Instructions" hint="One step per line, in order" error={errorOf('steps')} wide>
              <textarea rows={5} {...register('steps')} />
            </Field>
            <Field label="Coaching cues" hint="One cue per line" error={errorOf('cues')} wide>
              <textarea rows={3} {...register('cues')} />
            </Field>
            <Field label="Why it helps runners" error={errorOf('runnerBenefit')} wide>
              <textarea {...register('runnerBenefit')} />
            </Field>
          </div>
        </fieldset>
        <div className="form-section">
          <ListCheckboxes
            control={form.control}
            name="cautions"
            legend="Cautions"
            hint="Body areas it loads; Spotter flags it for clients with an injury there."
            options={bodyAreas}
            error={errorOf('cautions')}
          />
        </div>
        <fieldset
          className="form-section"
          aria-describedby={errorOf('alternatives') ? 'exercise-form-alternatives-error' : undefined}
        >
          <legend>Alternatives</legend>
          {alternatives.length === 0 ? (
            <p className="muted alt-none">None yet: add easier, harder or substitute exercises.</p>
          ) : (
            <ul className="alt-rows">
              {alternatives.map((alternative) => (
                <li key={alternative.exerciseId}>
                  <span className="alt-name">{alternative.name}</span>
                  <select
                    aria-label={`How ${alternative.name} relates`}
                    value={alternative.kind}
                    onChange={(e) =>
                      setAlternatives(
                        alternatives.map((a) =>
                          a.exerciseId === alternative.exerciseId
                            ? { ...a, kind: e.target.value as Alternative['kind'] }
                            : a
                        )
                      )
                    }
                  >
                    {alternativeKinds.map((kind) => (
                      <option key={kind} value={kind}>
                        {kindLabels[kind]}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="link"
                    aria-label={`Remove ${alternative.name}`}
                    onClick={() =>
                      setAlternatives(alternatives.filter((a) => a.exerciseId !== alternative.exerciseId))
                    }
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            onClick={() => setPicking(true)}
            disabled={alternatives.length >= maxAlternatives}
          >
            + Add alternative
          </button>
          {errorOf('alternatives') && (
            <small id="exercise-form-alternatives-error" className="field-error" role="alert">
              {errorOf('alternatives')}
            </small>
          )}
        </fieldset>
        <FormFooter
          error={form.formError}
          submitLabel={props.exercise ? 'Save changes' : 'Add exercise'}
          busy={busy}
          onCancel={props.onClose}
        />
      </form>
      {/* Outside the form, so Enter in the picker's search can never submit it. */}
      {picking && (
        <ExercisePicker
          title="Add an alternative"
          excludeIds={excludeIds}
          onClose={() => setPicking(false)}
          onPick={(picked) => {
            setAlternatives([
              ...alternatives,
              { kind: 'substitute', exerciseId: picked.id, name: picked.name }
            ])
            setPicking(false)
          }}
        />
      )}
    </Dialog>
  )
}
