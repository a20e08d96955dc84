import { useMemo, useRef, useState, type ReactNode } from 'react'
import type { Client } from '@shared/contract'
import type { PlannedWorkout, Priority, WeekPlan, WeekPlanDayView } from '@shared/schemas/week-plan'
import { checkWeek, dayName, planWeekOf } from '@shared/training/week-rules'
import { errorMessage } from '../../api/errors'
import { useSettings, useWrite } from '../../api/hooks'
import { hrefFor } from '../../app/router'
import { useUnits } from '../../app/units'
import { QueryState } from '../../components/QueryState'
import { useNotify } from '../../components/Toasts'
import { CalendarDialog } from './CalendarDialog'
import { ChecksList } from './ChecksList'
import { DayCard } from './DayCard'
import { HelpPanel } from './HelpPanel'
import { priorityOptions } from './plan-words'
import { dayInput, useWeekPlan } from './use-week-plan'
import { useWorkoutDrag, WeekDragContext } from './workout-drag'
import './week.css'
import { counted } from '../../format'

const priorityRule: Record<Priority, string> = {
  running: 'Running comes first: on days with both, run first and lift after.',
  strength: 'Strength comes first: on days with both, lift first and run after.',
  balanced: 'Balanced: on days with both, either order works.'
}

/** One workout of the program, dragged onto a day by mouse or keyboard (workout-drag.tsx). */
function PaletteChip(props: { workout: WeekPlan['available'][number]; perWeek: number }): ReactNode {
  const w = props.workout
  const { chip, dragging, handle } = useWorkoutDrag(`palette-${w.id}`, {
    workoutId: w.id,
    name: w.name,
    from: null
  })
  return (
    <li
      {...chip}
      className={`workout-chip palette-chip${w.lowerBody ? ' lower' : ''}${dragging ? ' dragging' : ''}`}
    >
      <button
        type="button"
        className="palette-handle"
        {...handle}
        aria-label={`${w.name}: drag onto a day`}
        title="Drag onto a day"
      >
        <span className="chip-name">{w.name}</span>
        <span className="chip-kind">
          {w.lowerBody ? 'Lower body' : 'Upper / core'} · {counted(w.exerciseCount, 'exercise')} ·{' '}
          {props.perWeek}× a week
        </span>
      </button>
    </li>
  )
}

/** The active program's workouts, to drag onto a day (each day's menu does the same from the keyboard). */
function WorkoutPalette(props: { plan: WeekPlan; clientId: number }): ReactNode {
  if (props.plan.activeProgramId === null) {
    return (
      <p className="notice info">
        No active program, so there are no strength workouts to place.{' '}
        <a href={hrefFor({ page: 'client', id: props.clientId, tab: 'programs' })}>Start or activate one</a>.
      </p>
    )
  }
  const counts = new Map<number, number>()
  for (const day of props.plan.days)
    for (const w of day.workouts) counts.set(w.id, (counts.get(w.id) ?? 0) + 1)
  return (
    <section className="palette" aria-labelledby="palette-title">
      <h2 id="palette-title" className="palette-title">
        Workouts of {props.plan.activeProgramName}
      </h2>
      {props.plan.available.length === 0 ? (
        <p className="muted">The program has no workouts yet.</p>
      ) : (
        <ul className="palette-list">
          {props.plan.available.map((w) => (
            <PaletteChip key={w.id} workout={w} perWeek={counts.get(w.id) ?? 0} />
          ))}
        </ul>
      )}
      <p className="muted palette-hint">
        Drag a workout onto a day (or press Space on it, then the arrow keys), or use the day’s “Add workout”
        menu.
      </p>
    </section>
  )
}

/** The client's Week plan tab: the seven days, the checks in plain words, and the help beside them. */
export function WeekPlanTab(props: { client: Client }): ReactNode {
  const { client } = props
  const { query, save, replace } = useWeekPlan(client.id)
  const settings = useSettings()
  const units = useUnits()
  const updateClient = useWrite('clients.update')
  const notify = useNotify()
  const [exporting, setExporting] = useState(false)
  const daysRef = useRef<HTMLDivElement>(null)
  const plan = query.data
  const checks = useMemo(() => (plan ? checkWeek(planWeekOf(plan)) : []), [plan])
  const weekStart = settings.data?.weekStart ?? 'monday'
  const weekdays = weekStart === 'sunday' ? [6, 0, 1, 2, 3, 4, 5] : [0, 1, 2, 3, 4, 5, 6]

  if (!plan) return <QueryState isLoading={query.isLoading} error={query.error} />

  const fail = (error: unknown): void => notify(errorMessage(error), { kind: 'error' })
  const dayOf = (weekday: number): WeekPlanDayView => plan.days[weekday] as WeekPlanDayView
  const known = new Map([...plan.available, ...plan.days.flatMap((d) => d.workouts)].map((w) => [w.id, w]))

  const remove = (from: number, workout: PlannedWorkout): void => {
    const before = dayInput(dayOf(from))
    save({ ...before, workoutIds: before.workoutIds.filter((id) => id !== workout.id) }).then(
      () =>
        notify(`Removed ${workout.name} from ${dayName(from)}.`, {
          action: { label: 'Undo', run: () => void save(before).catch(fail) }
        }),
      fail
    )
  }
  const move = async (workoutId: number, from: number | null, to: number): Promise<void> => {
    const target = dayInput(dayOf(to))
    const name = known.get(workoutId)?.name ?? 'The workout'
    try {
      if (!target.workoutIds.includes(workoutId)) {
        await save({ ...target, workoutIds: [...target.workoutIds, workoutId] })
      }
      if (from !== null) {
        const source = dayInput(dayOf(from))
        await save({ ...source, workoutIds: source.workoutIds.filter((id) => id !== workoutId) })
        notify(`Moved ${name} from ${dayName(from)} to ${dayName(to)}.`)
      }
    } catch (error) {
      fail(error)
    }
  }
  /** A dropped workout lands on its day, and keyboard focus follows it there so it can keep moving. */
  const drop = (workoutId: number, name: string, from: number | null, to: number): void => {
    void move(workoutId, from, to).then(() =>
      requestAnimationFrame(() =>
        daysRef.current
          ?.querySelector(`[aria-label="${CSS.escape(dayName(to))}"]`)
          ?.querySelectorAll<HTMLElement>('.chip-handle')
          .forEach((handle) => handle.textContent === name && handle.focus())
      )
    )
  }
  const clear = (): void => {
    const before = plan.days
      .filter((d) => d.runKind !== 'rest' || d.workouts.length > 0 || d.notes)
      .map(dayInput)
    replace.mutate(
      { clientId: client.id, days: [] },
      {
        onSuccess: () =>
          notify('Cleared the week plan.', {
            action: {
              label: 'Undo',
              run: () => replace.mutate({ clientId: client.id, days: before }, { onError: fail })
            }
          }),
        onError: fail
      }
    )
  }

  return (
    <div className="week-plan">
      <div className="week-toolbar">
        <label className="priority-field">
          <span>Priority</span>
          <select
            aria-label="Client priority"
            value={plan.priority}
            onChange={(e) =>
              updateClient.mutate(
                { id: client.id, patch: { priority: e.target.value as Priority } },
                { onError: fail }
              )
            }
          >
            {priorityOptions.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <span className="muted priority-rule">{priorityRule[plan.priority]}</span>
        <div className="spacer" />
        <button type="button" onClick={() => setExporting(true)} disabled={!plan.planned}>
          Export to calendar…
        </button>
        <button type="button" onClick={clear} disabled={!plan.planned || replace.isPending}>
          Clear week
        </button>
      </div>
      {!plan.planned && (
        <p className="notice info week-intro">
          No week planned yet. Set each day’s run and place the strength workouts: every change is saved as
          you make it, and the checks update as you go.
        </p>
      )}
      <div className="week-layout">
        <div className="week-main">
          <ChecksList checks={checks} />
          <WeekDragContext
            weekdays={weekdays}
            onDrop={(drag, to) => drop(drag.workoutId, drag.name, drag.from, to)}
          >
            <WorkoutPalette plan={plan} clientId={client.id} />
            <div className="week-days" ref={daysRef}>
              {weekdays.map((weekday) => {
                const day = dayOf(weekday)
                return (
                  <DayCard
                    key={weekday}
                    day={day}
                    available={plan.available}
                    checks={checks.filter((c) => c.days.includes(weekday) && c.rule !== 'frequency')}
                    distanceUnit={units.distance}
                    weekdays={weekdays}
                    save={save}
                    onRemove={(workout) => remove(weekday, workout)}
                    onMove={(workout, to) => void move(workout.id, weekday, to)}
                  />
                )
              })}
            </div>
          </WeekDragContext>
        </div>
        <HelpPanel />
      </div>
      {exporting && (
        <CalendarDialog
          clientId={client.id}
          clientName={client.name}
          weekStart={weekStart}
          onClose={() => setExporting(false)}
        />
      )}
    </div>
  )
}
