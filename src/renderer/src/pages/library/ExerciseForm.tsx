import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
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
import { ApiError } from '../../api/client'
import { useWrite } from '../../api/hooks'
import { Dialog } from '../../components/Dialog'
import { ExercisePicker } from '../../components/ExercisePicker'
import { Field } from '../../components/Field'
import { fieldPathOf, serverError } from '../../components/server-error'
import { capitalize } from './exercise-filter'
import { FormFooter } from '../../components/FormFooter'

type Body = Omit<Exercise, 'id' | 'builtinKey' | 'archived' | 'alternatives'>
type Alternative = Exercise['alternatives'][number]

/** The form's fields: the exercise's own, with steps and cues as one-per-line text. */
interface Values extends Omit<Body, 'steps' | 'cues'> {
  steps: string
  cues: string
  alternatives: Alternative[]
}
type Errors = Partial<Record<keyof Values, string>>

const maxAlternatives = 12
const kindLabels = { easier: 'Easier', harder: 'Harder', substitute: 'Substitute' } as const

function valuesFrom(exercise: Exercise | undefined): Values {
  return {
    name: exercise?.name ?? '',
    category: exercise?.category ?? 'lower',
    pattern: exercise?.pattern ?? 'squat',
    equipment: exercise?.equipment ?? [],
    primaryMuscles: exercise?.primaryMuscles ?? [],
    secondaryMuscles: exercise?.secondaryMuscles ?? [],
    unilateral: exercise?.unilateral ?? false,
    steps: exercise?.steps.join('\n') ?? '',
    cues: exercise?.cues.join('\n') ?? '',
    cautions: exercise?.cautions ?? [],
    runnerBenefit: exercise?.runnerBenefit ?? '',
    alternatives: exercise?.alternatives ?? []
  }
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

function bodyFrom(values: Values): Body {
  const { alternatives: _alternatives, ...rest } = values
  return { ...rest, name: values.name.trim(), steps: lines(values.steps), cues: lines(values.cues) }
}

const sameAlternatives = (a: readonly Alternative[], b: readonly Alternative[]): boolean =>
  a.length === b.length && a.every((x, i) => x.exerciseId === b[i]?.exerciseId && x.kind === b[i]?.kind)

/**
 * Which form field a server error belongs to ("patch.steps.2" → steps), and its message with
 * the line named, since steps and cues are typed one per line.
 */
function fieldError(error: unknown): { field?: keyof Values; message: string } {
  const failed = serverError(error, exerciseFields)
  const index = error instanceof ApiError && error.field ? fieldPathOf(error.field)[1] : undefined
  const field = failed.field as keyof Values | undefined
  const lineNumbered = (field === 'steps' || field === 'cues') && index !== undefined && /^\d+$/.test(index)
  return { field, message: lineNumbered ? `Line ${Number(index) + 1}: ${failed.message}` : failed.message }
}

/** The form's fields, named as the contract names them. */
const exerciseFields: ReadonlyArray<keyof Values> = [
  'name',
  'category',
  'pattern',
  'equipment',
  'primaryMuscles',
  'secondaryMuscles',
  'unilateral',
  'steps',
  'cues',
  'cautions',
  'runnerBenefit',
  'alternatives'
]

/** A set of checkboxes with a legend; its error is read out with the group. */
function CheckboxGroup<V extends string>(props: {
  legend: string
  options: readonly V[]
  value: readonly V[]
  error?: string
  hint?: string
  onChange: (value: V[]) => void
}): ReactNode {
  const id = useId()
  return (
    <fieldset className="check-group" aria-describedby={props.error ? `${id}-error` : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && <small className="field-hint">{props.hint}</small>}
      <div className="check-grid">
        {props.options.map((option) => (
          <label key={option} className="check">
            <input
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

/** Creates a custom exercise, or edits one when `exercise` is given (built-ins are read-only). */
export function ExerciseForm(props: {
  exercise?: Exercise
  onClose: () => void
  onSaved: (exercise: Exercise) => void
}): ReactNode {
  const [values, setValues] = useState(() => valuesFrom(props.exercise))
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<string>()
  const [picking, setPicking] = useState(false)
  // Set once a new exercise is stored, so a retry after a failed alternatives save updates it.
  const [createdId, setCreatedId] = useState<number>()
  const create = useWrite('exercises.create')
  const update = useWrite('exercises.update')
  const saveAlternatives = useWrite('exercises.setAlternatives')
  const busy = create.isPending || update.isPending || saveAlternatives.isPending
  const formRef = useRef<HTMLFormElement>(null)
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [errors])

  function set<K extends keyof Values>(key: K, value: Values[K]): void {
    setValues((current) => ({ ...current, [key]: value }))
    if (errors[key]) setErrors((current) => ({ ...current, [key]: undefined }))
  }

  async function submit(event: React.FormEvent): Promise<void> {
    event.preventDefault()
    setFormError(undefined)
    const local: Errors = {}
    if (!values.name.trim()) local.name = 'Name is required'
    if (values.primaryMuscles.length === 0) local.primaryMuscles = 'Choose at least one primary muscle'
    if (Object.keys(local).length > 0) return setErrors(local)

    const body = bodyFrom(values)
    const id = props.exercise?.id ?? createdId
    try {
      let saved =
        id === undefined ? await create.mutateAsync(body) : await update.mutateAsync({ id, patch: body })
      if (id === undefined) setCreatedId(saved.id)
      if (!sameAlternatives(values.alternatives, saved.alternatives)) {
        saved = await saveAlternatives.mutateAsync({
          id: saved.id,
          alternatives: values.alternatives.map(({ kind, exerciseId }) => ({ kind, exerciseId }))
        })
      }
      props.onSaved(saved)
    } catch (error) {
      const { field, message } = fieldError(error)
      if (field) setErrors({ [field]: message })
      else setFormError(message)
    }
  }

  const ownId = props.exercise?.id ?? createdId
  const excludeIds = [
    ...(ownId === undefined ? [] : [ownId]),
    ...values.alternatives.map((a) => a.exerciseId)
  ]
  return (
    <Dialog title={props.exercise ? `Edit ${props.exercise.name}` : 'New exercise'} onClose={props.onClose}>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="form-section">
          <legend>Exercise</legend>
          <div className="form-grid">
            <Field label="Name" error={errors.name} wide>
              <input
                value={values.name}
                onChange={(e) => set('name', e.target.value)}
                autoFocus
                autoComplete="off"
              />
            </Field>
            <Field label="Category" error={errors.category}>
              <select
                value={values.category}
                onChange={(e) => set('category', e.target.value as Values['category'])}
              >
                {exerciseCategories.map((category) => (
                  <option key={category} value={category}>
                    {categoryLabels[category]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Movement pattern" error={errors.pattern}>
              <select
                value={values.pattern}
                onChange={(e) => set('pattern', e.target.value as Values['pattern'])}
              >
                {movementPatterns.map((pattern) => (
                  <option key={pattern} value={pattern}>
                    {capitalize(pattern)}
                  </option>
                ))}
              </select>
            </Field>
            <label className="check wide">
              <input
                type="checkbox"
                checked={values.unilateral}
                onChange={(e) => set('unilateral', e.target.checked)}
              />
              Unilateral (one side at a time)
            </label>
          </div>
        </fieldset>
        <div className="form-section">
          <CheckboxGroup
            legend="Equipment"
            options={equipmentKinds}
            value={values.equipment}
            error={errors.equipment}
            onChange={(v) => set('equipment', v)}
          />
        </div>
        <div className="form-section">
          <CheckboxGroup
            legend="Primary muscles"
            options={muscleGroups}
            value={values.primaryMuscles}
            error={errors.primaryMuscles}
            onChange={(v) => set('primaryMuscles', v)}
          />
        </div>
        <div className="form-section">
          <CheckboxGroup
            legend="Secondary muscles"
            options={muscleGroups}
            value={values.secondaryMuscles}
            error={errors.secondaryMuscles}
            onChange={(v) => set('secondaryMuscles', v)}
          />
        </div>
        <fieldset className="form-section">
          <legend>How to coach it</legend>
          <div className="form-grid">
            <Field label="Instructions" hint="One step per line, in order" error={errors.steps} wide>
              <textarea rows={5} value={values.steps} onChange={(e) => set('steps', e.target.value)} />
            </Field>
            <Field label="Coaching cues" hint="One cue per line" error={errors.cues} wide>
              <textarea rows={3} value={values.cues} onChange={(e) => set('cues', e.target.value)} />
            </Field>
            <Field label="Why it helps runners" error={errors.runnerBenefit} wide>
              <textarea value={values.runnerBenefit} onChange={(e) => set('runnerBenefit', e.target.value)} />
            </Field>
          </div>
        </fieldset>
        <div className="form-section">
          <CheckboxGroup
            legend="Cautions"
            hint="Body areas it loads; Spotter flags it for clients with an injury there."
            options={bodyAreas}
            value={values.cautions}
            error={errors.cautions}
            onChange={(v) => set('cautions', v)}
          />
        </div>
        <fieldset
          className="form-section"
          aria-describedby={errors.alternatives ? 'exercise-form-alternatives-error' : undefined}
        >
          <legend>Alternatives</legend>
          {values.alternatives.length === 0 ? (
            <p className="muted alt-none">None yet: add easier, harder or substitute exercises.</p>
          ) : (
            <ul className="alt-rows">
              {values.alternatives.map((alternative) => (
                <li key={alternative.exerciseId}>
                  <span className="alt-name">{alternative.name}</span>
                  <select
                    aria-label={`How ${alternative.name} relates`}
                    value={alternative.kind}
                    onChange={(e) =>
                      set(
                        'alternatives',
                        values.alternatives.map((a) =>
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
                      set(
                        'alternatives',
                        values.alternatives.filter((a) => a.exerciseId !== alternative.exerciseId)
                      )
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
            disabled={values.alternatives.length >= maxAlternatives}
          >
            + Add alternative
          </button>
          {errors.alternatives && (
            <small id="exercise-form-alternatives-error" className="field-error" role="alert">
              {errors.alternatives}
            </small>
          )}
        </fieldset>
        <FormFooter
          error={formError}
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
            set('alternatives', [
              ...values.alternatives,
              { kind: 'substitute', exerciseId: picked.id, name: picked.name }
            ])
            setPicking(false)
          }}
        />
      )}
    </Dialog>
  )
}
