import { localToday } from '@shared/dates'
import { useState, type KeyboardEvent, type ReactNode } from 'react'
import { useSortable } from '@dnd-kit/sortable'
import { CSS as DndCSS } from '@dnd-kit/utilities'
import type { Prescription } from '@shared/contract'
import { loadSchema, prescriptionBodySchema, type Load } from '@shared/schemas/program'
import { conflictReason, conflictingInjuries } from '@shared/training/injuries'
import { fixedLoad, percentLoad } from '@shared/training/loads'
import { kgTo, toKg } from '@shared/units'
import { useSettings, useWrite } from '../../api/hooks'
import { useUnits } from '../../app/units'
import { ExercisePicker } from '../../components/ExercisePicker'
import { Icon } from '../../components/Icon'
import { useBuilder } from './builder-context'
import { NumberInput, TextInput } from '../../components/NumberInput'
import { serverError } from '../../components/server-error'
import { defaultSettings, plateStepFor } from '@shared/schemas/settings'

const loadKinds: Array<[Load['kind'], string]> = [
  ['none', 'No load'],
  ['kg', 'Weight'],
  ['percent1rm', '% 1RM'],
  ['rpe', 'RPE'],
  ['bodyweight', 'Bodyweight'],
  ['band', 'Band']
]

const rx = prescriptionBodySchema.shape

/** The contract's rule for a load of one kind's value, named as its messages read ("Load can be at most 1,000 kg"). */
function loadRule(kind: 'kg' | 'percent1rm' | 'rpe' | 'band', key: string) {
  const option = loadSchema.options.find((o) => o.shape.kind.value === kind)
  return { key, field: option?.shape.value ?? rx.notes }
}

function defaultLoad(kind: Load['kind']): Load {
  switch (kind) {
    case 'kg':
      return { kind, value: 20 }
    case 'percent1rm':
      return { kind, value: 70 }
    case 'rpe':
      return { kind, value: 7 }
    case 'band':
      return { kind, value: 'light' }
    case 'bodyweight':
      return { kind }
    default:
      return { kind: 'none' }
  }
}

/** The %1RM load in the trainer's units, or an input for the 1RM when it is not known yet. */
function PercentLoad(props: { prescription: Prescription; percent: number }): ReactNode {
  const builder = useBuilder()
  const units = useUnits()
  const settings = useSettings()
  const setMax = useWrite('maxes.set')
  if (builder.clientId === null) return <span className="muted">of the client’s 1RM</span>
  const entered = builder.maxes.get(props.prescription.exerciseId)
  const estimated = builder.estimatedMaxes.get(props.prescription.exerciseId)
  const oneRm = entered ?? estimated
  const step = plateStepFor(settings.data ?? defaultSettings, units.mass)
  const name = props.prescription.exerciseName
  return (
    <span className="inline-fields">
      <span className="muted">1RM</span>
      <NumberInput
        label={`1RM for ${name} (${units.mass})`}
        value={entered === undefined ? null : Number(kgTo(units.mass, entered).toFixed(1))}
        placeholder={
          estimated === undefined ? undefined : String(Number(kgTo(units.mass, estimated).toFixed(1)))
        }
        width={60}
        onCommit={(value) => {
          if (value !== null && builder.clientId !== null) {
            setMax.mutate({
              clientId: builder.clientId,
              exerciseId: props.prescription.exerciseId,
              kg: toKg(units.mass, value),
              setOn: localToday()
            })
          }
        }}
      />
      {oneRm !== undefined && (
        <strong className="computed-load" aria-label={`Load for ${name}`}>
          = {percentLoad(props.percent, oneRm, units.mass, step)} {units.mass}
        </strong>
      )}
      {entered === undefined && estimated !== undefined && (
        <span className="muted" title="Estimated from the client’s logged sets with the Epley formula">
          (1RM estimated from logs)
        </span>
      )}
    </span>
  )
}

/** One exercise of a workout: every field editable in place, saved as it is changed. */
export function PrescriptionRow(props: {
  prescription: Prescription
  label: string
  superset: boolean
  /** In the same superset as the exercise above it. */
  linkedToPrevious: boolean
  index: number
  count: number
  /** Every exercise already in the workout: a swap never offers one of them. */
  workoutExerciseIds: readonly number[]
  onMove: (position: number) => void
  onRemove: () => void
}): ReactNode {
  const p = props.prescription
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: p.id,
      attributes: { roleDescription: 'movable exercise' }
    })
  const builder = useBuilder()
  const units = useUnits()
  const settings = useSettings()
  const step = plateStepFor(settings.data ?? defaultSettings, units.mass)
  const update = useWrite('prescriptions.update')
  const swap = useWrite('prescriptions.swap')
  const link = useWrite('prescriptions.linkSuperset')
  const [error, setError] = useState<{ field?: string; message: string }>()
  const [picking, setPicking] = useState(false)

  /** Saves a change; an inline field shows a refusal beside itself, so it gets the promise. */
  const save = (patch: Partial<Prescription>): Promise<unknown> => {
    setError(undefined)
    return update.mutateAsync({ id: p.id, patch })
  }
  /** Saves a choice (a select, a checkbox): a refusal shows under the row. */
  const choose = (patch: Partial<Prescription>): void => {
    save(patch).catch((e: unknown) => setError(serverError(e, Object.keys(rx))))
  }
  const invalid = (field: string): boolean => error?.field?.startsWith(field) ?? false

  const conflicts = conflictingInjuries(p.exerciseCautions, builder.injuries)
  const exercise = builder.exercises.get(p.exerciseId)
  const safeAlternatives = (exercise?.alternatives ?? []).filter((alt) => {
    const candidate = builder.exercises.get(alt.exerciseId)
    return (
      candidate &&
      !candidate.archived &&
      !props.workoutExerciseIds.includes(candidate.id) &&
      conflictingInjuries(candidate.cautions, builder.injuries).length === 0
    )
  })
  const holds = p.holdMinS !== null || p.holdMaxS !== null
  const name = p.exerciseName

  /** ↑/↓ straight on the handle move at once; while dnd-kit's keyboard drag runs, its sensor has them. */
  const onHandleKey = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (!isDragging && event.key === 'ArrowUp' && props.index > 0) {
      event.preventDefault()
      props.onMove(props.index - 1)
      return
    }
    if (!isDragging && event.key === 'ArrowDown' && props.index < props.count - 1) {
      event.preventDefault()
      props.onMove(props.index + 1)
      return
    }
    listeners?.onKeyDown?.(event)
  }

  return (
    <li
      ref={setNodeRef}
      style={{ transform: DndCSS.Translate.toString(transform), transition: transition }}
      className={`rx${props.superset ? ' in-superset' : ''}${conflicts.length > 0 ? ' flagged' : ''}${isDragging ? ' dragging' : ''}`}
      aria-label={`${props.label} ${name}`}
    >
      <div className="rx-head">
        <button
          type="button"
          className="drag-handle"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          onKeyDown={onHandleKey}
          aria-label={`Reorder ${name}`}
          aria-keyshortcuts="ArrowUp ArrowDown"
          title="Drag, or press ↑ / ↓ to move"
        >
          ⠿
        </button>
        <span className="rx-label">{props.label}</span>
        <a className="rx-name" href={`#/library/${p.exerciseId}`}>
          {name}
        </a>
        {p.perSide && <span className="badge">per side</span>}
        <span className="spacer" />
        <button
          type="button"
          className="link"
          hidden={props.index === 0}
          aria-label={
            props.linkedToPrevious
              ? `Unlink ${name} from the superset`
              : `Superset ${name} with the exercise above`
          }
          onClick={() => link.mutate({ id: p.id, linked: !props.linkedToPrevious })}
        >
          {props.linkedToPrevious ? 'Unlink superset' : 'Superset with above'}
        </button>
        <button type="button" className="link" aria-label={`Remove ${name}`} onClick={props.onRemove}>
          Remove
        </button>
      </div>
      {conflicts.length > 0 && (
        <div className="rx-flag" role="note">
          <Icon name="alert" size={15} />
          <span>{conflictReason(name, [...new Set(conflicts.map((c) => c.bodyArea))])}</span>
          <span className="muted">
            {safeAlternatives.length > 0 ? 'Swap for:' : 'No listed alternative avoids it.'}
          </span>
          {safeAlternatives.slice(0, 3).map((alt) => (
            <button
              key={alt.exerciseId}
              type="button"
              className="chip"
              onClick={() => swap.mutate({ id: p.id, exerciseId: alt.exerciseId })}
            >
              {alt.name}
            </button>
          ))}
          <button type="button" className="chip" onClick={() => setPicking(true)}>
            Choose another…
          </button>
        </div>
      )}
      {picking && (
        <ExercisePicker
          title={`Swap ${name} for`}
          excludeIds={props.workoutExerciseIds}
          injuries={builder.injuries}
          avoidInjuries
          onClose={() => setPicking(false)}
          onPick={(picked) => {
            setPicking(false)
            swap.mutate({ id: p.id, exerciseId: picked.id })
          }}
        />
      )}
      <div className="rx-fields">
        <span className="inline-fields">
          <span className="field-name">Sets</span>
          <NumberInput
            label={`Fewest sets of ${name}`}
            rule={{ key: 'setsMin', field: rx.setsMin }}
            value={p.setsMin}
            invalid={invalid('setsMin')}
            onCommit={(v) => save({ setsMin: v ?? 1, setsMax: Math.max(v ?? 1, p.setsMax) })}
            width={44}
          />
          –
          <NumberInput
            label={`Most sets of ${name}`}
            rule={{ key: 'setsMax', field: rx.setsMax }}
            value={p.setsMax}
            invalid={invalid('setsMax')}
            onCommit={(v) => save({ setsMax: v ?? p.setsMin })}
            width={44}
          />
        </span>
        <span className="inline-fields">
          <select
            aria-label={`Reps or hold for ${name}`}
            value={holds ? 'hold' : 'reps'}
            onChange={(event) =>
              choose(
                event.target.value === 'hold'
                  ? { repsMin: null, repsMax: null, holdMinS: 30, holdMaxS: 45 }
                  : { repsMin: 8, repsMax: 12, holdMinS: null, holdMaxS: null }
              )
            }
          >
            <option value="reps">Reps</option>
            <option value="hold">Hold (s)</option>
          </select>
          {holds ? (
            <>
              <NumberInput
                label={`Shortest hold of ${name} (s)`}
                rule={{ key: 'holdMinS', field: rx.holdMinS }}
                value={p.holdMinS}
                invalid={invalid('hold')}
                onCommit={(v) => save({ holdMinS: v })}
              />
              –
              <NumberInput
                label={`Longest hold of ${name} (s)`}
                rule={{ key: 'holdMaxS', field: rx.holdMaxS }}
                value={p.holdMaxS}
                invalid={invalid('holdMax')}
                onCommit={(v) => save({ holdMaxS: v })}
              />
            </>
          ) : (
            <>
              <NumberInput
                label={`Fewest reps of ${name}`}
                rule={{ key: 'repsMin', field: rx.repsMin }}
                value={p.repsMin}
                invalid={invalid('repsMin')}
                onCommit={(v) => save({ repsMin: v })}
              />
              –
              <NumberInput
                label={`Most reps of ${name}`}
                rule={{ key: 'repsMax', field: rx.repsMax }}
                value={p.repsMax}
                invalid={invalid('repsMax')}
                onCommit={(v) => save({ repsMax: v })}
              />
            </>
          )}
        </span>
        <span className="inline-fields">
          <span className="field-name">Load</span>
          <select
            aria-label={`Load type for ${name}`}
            value={p.load.kind}
            onChange={(event) => choose({ load: defaultLoad(event.target.value as Load['kind']) })}
          >
            {loadKinds.map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </select>
          {p.load.kind === 'kg' && (
            <>
              <NumberInput
                label={`Weight for ${name} (${units.mass})`}
                rule={loadRule('kg', 'loadKg')}
                toStored={(v) => toKg(units.mass, v)}
                value={fixedLoad(p.load.value, units.mass, step)}
                invalid={invalid('load')}
                onCommit={(v) => v !== null && save({ load: { kind: 'kg', value: v } })}
                width={60}
              />
              <span className="muted">{units.mass}</span>
            </>
          )}
          {p.load.kind === 'percent1rm' && (
            <>
              <NumberInput
                label={`Percent of 1RM for ${name}`}
                rule={loadRule('percent1rm', 'percentOf1RM')}
                value={p.load.value}
                invalid={invalid('load')}
                onCommit={(v) => v !== null && save({ load: { kind: 'percent1rm', value: v } })}
              />
              <span className="muted">%</span>
              <PercentLoad prescription={p} percent={p.load.value} />
            </>
          )}
          {p.load.kind === 'rpe' && (
            <NumberInput
              label={`Target RPE for ${name}`}
              rule={loadRule('rpe', 'rpe')}
              value={p.load.value}
              invalid={invalid('load')}
              onCommit={(v) => v !== null && save({ load: { kind: 'rpe', value: v } })}
              width={44}
            />
          )}
          {p.load.kind === 'band' && (
            <TextInput
              label={`Band colour for ${name}`}
              rule={loadRule('band', 'bandColour')}
              value={p.load.value}
              width={80}
              onCommit={(v) => save({ load: { kind: 'band', value: v } })}
            />
          )}
        </span>
        <span className="inline-fields">
          <span className="field-name">Rest</span>
          <NumberInput
            label={`Shortest rest after ${name} (s)`}
            rule={{ key: 'restMinS', field: rx.restMinS }}
            value={p.restMinS}
            invalid={invalid('restMin')}
            onCommit={(v) => save({ restMinS: v })}
          />
          –
          <NumberInput
            label={`Longest rest after ${name} (s)`}
            rule={{ key: 'restMaxS', field: rx.restMaxS }}
            value={p.restMaxS}
            invalid={invalid('restMax')}
            onCommit={(v) => save({ restMaxS: v })}
          />
          <span className="muted">s</span>
        </span>
        <span className="inline-fields">
          <span className="field-name">Tempo</span>
          <TextInput
            label={`Tempo for ${name}`}
            rule={{ key: 'tempo', field: rx.tempo }}
            value={p.tempo}
            placeholder="e.g. 3010"
            width={88}
            invalid={invalid('tempo')}
            onCommit={(v) => save({ tempo: v })}
          />
        </span>
        <span
          className="inline-fields"
          title="Empty: the equipment’s own step (the next dumbbell, one stack plate, +2.5 or 5 kg on a barbell). Never more than 10 %."
        >
          <span className="field-name">Progress by</span>
          <NumberInput
            label={`Progression step for ${name} (%)`}
            rule={{ key: 'progressionPct', field: rx.progressionPct }}
            value={p.progressionPct ?? null}
            placeholder="auto"
            width={52}
            invalid={invalid('progressionPct')}
            onCommit={(v) => save({ progressionPct: v })}
          />
          <span className="muted">%</span>
        </span>
        <label className="inline-fields">
          <input
            type="checkbox"
            checked={p.perSide}
            onChange={(event) => choose({ perSide: event.target.checked })}
          />
          Per side
        </label>
        <span className="inline-fields grow">
          <TextInput
            label={`Notes for ${name}`}
            rule={{ key: 'notes', field: rx.notes }}
            value={p.notes}
            placeholder="Notes"
            width="100%"
            onCommit={(v) => save({ notes: v })}
          />
        </span>
      </div>
      {error && (
        <div className="field-error" role="alert">
          {error.message}
        </div>
      )}
    </li>
  )
}
