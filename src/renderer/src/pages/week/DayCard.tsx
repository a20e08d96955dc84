import { useId, useState, type ReactNode } from 'react'
import { useDroppable } from '@dnd-kit/core'
import {
  qualityKinds,
  runKinds,
  type PlannedWorkout,
  type WeekPlanDayInput,
  type WeekPlanDayView
} from '@shared/schemas/week-plan'
import type { WeekCheck } from '@shared/training/week-rules'
import { dayName } from '@shared/training/week-rules'
import { formatDuration, metresTo, parseDuration, toMetres, type DistanceUnit } from '@shared/units'
import { errorMessage } from '../../api/errors'
import { orderLabels, qualityKindLabels, runKindLabels } from './plan-words'
import { dayInput } from './use-week-plan'
import { dayDropId, useWorkoutDrag } from './workout-drag'
import { counted } from '../../format'

const trim = (value: number): string => String(Number(value.toFixed(2)))

/** Whole minutes as minutes ("50"); anything else as h:mm:ss. */
function durationText(seconds: number | null): string {
  if (seconds === null) return ''
  return seconds % 60 === 0 ? String(seconds / 60) : formatDuration(seconds)
}

/** A number typed in the trainer's unit, committed when the field is left or Enter is pressed. */
function AmountField(props: {
  label: string
  ariaLabel: string
  /** Shown inside the field's right end: the unit. */
  unit: string
  shown: string
  disabled?: boolean
  onCommit: (text: string) => Promise<string | undefined>
}): ReactNode {
  const id = useId()
  const [text, setText] = useState<string | undefined>(undefined)
  const [error, setError] = useState<string | undefined>(undefined)
  const commit = async (): Promise<void> => {
    if (text === undefined || text === props.shown) return setText(undefined)
    const problem = await props.onCommit(text)
    setError(problem)
    if (!problem) setText(undefined)
  }
  return (
    <label className="field day-amount">
      <span>{props.label}</span>
      <span className="amount-input">
        <input
          value={text ?? props.shown}
          inputMode="decimal"
          disabled={props.disabled}
          placeholder="—"
          aria-label={props.ariaLabel}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit()
          }}
        />
        <span className="amount-unit" aria-hidden="true">
          {props.unit}
        </span>
      </span>
      {error && (
        <small id={`${id}-error`} className="field-error" role="alert">
          {error}
        </small>
      )}
    </label>
  )
}

/**
 * A workout placed on a day. Its name is the drag handle (dnd-kit): the mouse drags it by the
 * name, the keyboard picks it up there with Space; the chip's own menu and button stay plain.
 */
function PlacedChip(props: { workout: PlannedWorkout; weekday: number; children: ReactNode }): ReactNode {
  const { workout, weekday } = props
  const { chip, dragging, handle } = useWorkoutDrag(`placed-${weekday}-${workout.id}`, {
    workoutId: workout.id,
    name: workout.name,
    from: weekday
  })
  return (
    <li
      {...chip}
      className={`workout-chip${workout.lowerBody ? ' lower' : ''}${dragging ? ' dragging' : ''}`}
    >
      <button type="button" className="chip-name chip-handle" {...handle} title="Drag onto another day">
        {workout.name}
      </button>
      {props.children}
    </li>
  )
}

/**
 * One day of the week: its run, the strength workouts on it, which comes first, and a note.
 * Every control is a native one, so the whole day works from the keyboard; dragging a workout
 * onto the card (workout-drag.tsx) is the shortcut for the "Add a workout" menu.
 */
export function DayCard(props: {
  day: WeekPlanDayView
  available: readonly PlannedWorkout[]
  checks: readonly WeekCheck[]
  distanceUnit: DistanceUnit
  weekdays: readonly number[]
  save: (day: WeekPlanDayInput) => Promise<unknown>
  onRemove: (workout: PlannedWorkout) => void
  onMove: (workout: PlannedWorkout, to: number) => void
}): ReactNode {
  const { day } = props
  const name = dayName(day.weekday)
  const { setNodeRef, isOver: dropping } = useDroppable({ id: dayDropId(day.weekday) })
  const [noteText, setNoteText] = useState<string | undefined>(undefined)
  const [error, setError] = useState<string | undefined>(undefined)
  // The order chosen shows at once; the stored one takes over when the save answers.
  const [pendingOrder, setPendingOrder] = useState<WeekPlanDayInput['order']>()
  const shownOrder = pendingOrder ?? day.order
  const input = dayInput(day)
  const save = async (change: Partial<WeekPlanDayInput>): Promise<string | undefined> => {
    try {
      await props.save({ ...input, ...change })
      setError(undefined)
      return undefined
    } catch (failure) {
      return errorMessage(failure)
    }
  }
  const saveOrShow = (change: Partial<WeekPlanDayInput>): void => {
    void save(change).then((problem) => setError(problem))
  }
  const rest = day.runKind === 'rest'
  const placeable = props.available.filter((w) => !day.workouts.some((placed) => placed.id === w.id))
  const warnings = props.checks.filter((c) => c.level === 'warning').length
  const notes = props.checks.length - warnings
  const warned = warnings > 0
  const distance = day.distanceM === null ? '' : trim(metresTo(props.distanceUnit, day.distanceM))

  return (
    <section
      className={`day-card${dropping ? ' dropping' : ''}${warned ? ' warned' : ''}`}
      aria-label={name}
      ref={setNodeRef}
    >
      <header className="day-head">
        <h3>{name}</h3>
        {props.checks.length > 0 && (
          <span className={`badge ${warned ? 'warn' : ''}`}>
            {[
              warnings > 0 ? `⚠ ${counted(warnings, 'warning')}` : '',
              notes > 0 ? counted(notes, 'note') : ''
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        )}
      </header>
      <div className="day-run">
        <label className="field">
          <span>Run</span>
          <select
            aria-label={`${name} run`}
            value={day.runKind}
            onChange={(e) => saveOrShow({ runKind: e.target.value as WeekPlanDayInput['runKind'] })}
          >
            {runKinds.map((kind) => (
              <option key={kind} value={kind}>
                {runKindLabels[kind]}
              </option>
            ))}
          </select>
        </label>
        {day.runKind === 'quality' && (
          <label className="field">
            <span>Kind</span>
            <select
              aria-label={`${name} quality session`}
              value={day.qualityKind ?? ''}
              onChange={(e) =>
                saveOrShow({ qualityKind: (e.target.value || null) as WeekPlanDayInput['qualityKind'] })
              }
            >
              <option value="">Not set</option>
              {qualityKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {qualityKindLabels[kind]}
                </option>
              ))}
            </select>
          </label>
        )}
        {!rest && (
          <>
            <AmountField
              label="Distance"
              unit={props.distanceUnit}
              ariaLabel={`${name} distance (${props.distanceUnit})`}
              shown={distance}
              onCommit={(text) => {
                const value = text.trim().replace(',', '.')
                if (value === '') return save({ distanceM: null })
                const number = Number(value)
                if (!Number.isFinite(number))
                  return Promise.resolve(`Distance: enter a number of ${props.distanceUnit}`)
                return save({ distanceM: Math.round(toMetres(props.distanceUnit, number)) })
              }}
            />
            <AmountField
              label="Time"
              unit="min"
              ariaLabel={`${name} time in minutes, or h:mm:ss`}
              shown={durationText(day.durationS)}
              onCommit={(text) => {
                if (text.trim() === '') return save({ durationS: null })
                const seconds = parseDuration(text)
                if (seconds === undefined) return Promise.resolve('Duration: enter minutes, or h:mm:ss')
                return save({ durationS: seconds })
              }}
            />
          </>
        )}
      </div>

      <div className="day-strength">
        {day.workouts.length === 0 ? (
          <p className="muted day-empty">No strength</p>
        ) : (
          <ul className="placed" aria-label={`Strength on ${name}`}>
            {day.workouts.map((workout) => (
              <PlacedChip key={workout.id} workout={workout} weekday={day.weekday}>
                <span className="chip-kind">
                  {workout.lowerBody ? 'Lower' : 'Upper'} · {workout.minutes} min
                  {!workout.inActiveProgram && ` · from ${workout.programName}`}
                </span>
                <select
                  className="chip-move"
                  aria-label={`Move ${workout.name} from ${name} to`}
                  value=""
                  onChange={(e) => props.onMove(workout, Number(e.target.value))}
                >
                  <option value="">Move…</option>
                  {props.weekdays
                    .filter((d) => d !== day.weekday)
                    .map((d) => (
                      <option key={d} value={d}>
                        {dayName(d)}
                      </option>
                    ))}
                </select>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove ${workout.name} from ${name}`}
                  onClick={() => props.onRemove(workout)}
                >
                  ×
                </button>
              </PlacedChip>
            ))}
          </ul>
        )}
        {placeable.length > 0 && day.workouts.length < 4 && (
          <select
            className="add-workout"
            aria-label={`Add a workout on ${name}`}
            value=""
            onChange={(e) => saveOrShow({ workoutIds: [...input.workoutIds, Number(e.target.value)] })}
          >
            <option value="">+ Add workout…</option>
            {placeable.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        )}
      </div>

      {!rest && day.workouts.length > 0 && (
        <fieldset className="day-order segmented">
          <legend className="visually-hidden">{name} order</legend>
          {(['run_first', 'lift_first'] as const).map((order) => (
            <label key={order} className={shownOrder === order ? 'checked' : undefined}>
              <input
                type="radio"
                name={`order-${day.weekday}`}
                checked={shownOrder === order}
                onChange={() => {
                  setPendingOrder(order)
                  void save({ order }).then((problem) => {
                    setError(problem)
                    setPendingOrder(undefined)
                  })
                }}
              />
              {orderLabels[order]}
            </label>
          ))}
        </fieldset>
      )}

      <input
        className="day-note"
        aria-label={`${name} note`}
        placeholder="Note"
        maxLength={500}
        value={noteText ?? day.notes}
        // A long note runs past the narrow field: the whole of it shows on hover.
        title={day.notes || undefined}
        onChange={(e) => setNoteText(e.target.value)}
        onBlur={() => {
          if (noteText !== undefined && noteText !== day.notes) saveOrShow({ notes: noteText })
          setNoteText(undefined)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur()
        }}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
