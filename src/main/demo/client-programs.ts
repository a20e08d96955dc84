import { insertProgram, copyWorkout, prescriptionIds } from '../db/programs'
import type { CopiedWorkout, DemoContext, History } from './context'
import { weekdayOfDay } from '@shared/dates'
import type { Person } from './person'
import { clamp, int, type Random } from './random'
import type { Template } from './templates'

/* A demo client's programs: copies of the built-in templates, over the window of their history. */

/** Copies a template (with the other template's workouts added, when given) into a client's program. */
function writeProgram(
  ctx: DemoContext,
  clientId: number,
  plan: {
    source: Template
    extra: Template | null
    startDay: number
    weeks: number
    status: 'active' | 'completed'
  }
): CopiedWorkout[] {
  const { db, now } = ctx
  const { source, extra } = plan
  const programId = insertProgram(
    db,
    {
      clientId,
      builtinKey: null,
      name: extra ? 'Runner strength: lower and upper body' : source.name,
      goal: source.goal,
      notes: source.notes,
      startDate: ctx.iso(plan.startDay),
      weeks: clamp(plan.weeks, 1, 104),
      status: plan.status,
      sourceProgramId: source.id
    },
    now
  )
  ctx.summary.programs++
  const workouts = extra ? [...source.workouts, ...extra.workouts] : source.workouts
  return workouts.map((template, position) => {
    const id = copyWorkout(db, template.id, programId, position)
    return { id, lowerBody: template.lowerBody, template, prescriptionIds: prescriptionIds(db, id) }
  })
}

/**
 * The client's history window and programs: one active copy of a template (some with the other
 * template's day added), and for some an earlier completed block. Archived clients keep only
 * the completed one.
 */
export function writeClientPrograms(
  ctx: DemoContext,
  rnd: Random,
  clientId: number,
  person: Person
): History {
  const { today, weeksOfLogs, lower, upper } = ctx
  // The history window: up to today, or for archived clients until they stopped coming.
  const endDay = person.archived ? today - int(rnd, 4, 26) * 7 : today
  const historyStart = endDay - weeksOfLogs * 7 + 1
  const historyMonday = historyStart - weekdayOfDay(historyStart)

  const primary = rnd() < 0.8 ? lower : upper
  const other = primary === lower ? upper : lower
  const extra = rnd() < 0.8 ? other : null
  let activeStart = historyMonday
  let earlier: CopiedWorkout[] | null = null
  let current: CopiedWorkout[]
  if (person.archived) {
    current = writeProgram(ctx, clientId, {
      source: primary,
      extra,
      startDay: historyMonday,
      weeks: Math.ceil((endDay - historyMonday + 1) / 7),
      status: 'completed'
    })
  } else {
    if (weeksOfLogs >= 8 && rnd() < 0.35) {
      const blockWeeks = int(rnd, 4, Math.min(8, weeksOfLogs - 4))
      earlier = writeProgram(ctx, clientId, {
        source: rnd() < 0.5 ? primary : other,
        extra: null,
        startDay: historyMonday,
        weeks: blockWeeks,
        status: 'completed'
      })
      activeStart = historyMonday + blockWeeks * 7
    }
    const elapsedWeeks = Math.ceil((today - activeStart + 1) / 7)
    current = writeProgram(ctx, clientId, {
      source: primary,
      extra,
      startDay: activeStart,
      weeks: elapsedWeeks + int(rnd, 2, 8),
      status: 'active'
    })
  }
  return { endDay, historyStart, activeStart, earlier, current }
}
