import type { DayOrder, Priority, RunKind } from '@shared/schemas/week-plan'
import type { PlanWeek, PlanWorkout } from '@shared/training/week-rules/types'

/** Test weeks in a line: runs Monday to Sunday, and the workouts on some days. */
export const lower: PlanWorkout = { name: 'Lower body', lowerBody: true }
export const upper: PlanWorkout = { name: 'Upper body', lowerBody: false }

export function week(
  runs: string,
  strength: Partial<Record<number, PlanWorkout[]>> = {},
  options: { priority?: Priority; order?: Partial<Record<number, DayOrder>> } = {}
): PlanWeek {
  return {
    priority: options.priority ?? 'balanced',
    days: runs.split(/\s+/).map((runKind, weekday) => ({
      weekday,
      runKind: runKind as RunKind,
      order: options.order?.[weekday] ?? null,
      strength: strength[weekday] ?? []
    }))
  }
}
