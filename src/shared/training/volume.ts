/**
 * Weekly training volume (load × reps of work sets). The store sums it per week and exercise in
 * SQL; these functions define the rule and shape those sums into stacked chart rows.
 */

import { dayNumber } from './lttb'

export type WeekStart = 'monday' | 'sunday'

/** Volume of one set in kg: load × reps for a loaded work set, 0 for warm-ups and bodyweight sets. */
export function setVolumeKg(set: { reps: number | null; loadKg: number | null; warmup: boolean }): number {
  if (set.warmup || !set.reps || !set.loadKg || set.reps <= 0 || set.loadKg <= 0) return 0
  return set.reps * set.loadKg
}

const dayMs = 86_400_000

/** The first day (ISO date) of the week a date falls in. */
export function weekOf(iso: string, weekStart: WeekStart = 'monday'): string {
  const day = dayNumber(iso)
  const weekday = (day + 4) % 7 // 0 = Sunday; 1970-01-01 was a Thursday
  const back = weekStart === 'monday' ? (weekday + 6) % 7 : weekday
  return new Date((day - back) * dayMs).toISOString().slice(0, 10)
}

/**
 * The SQLite date() modifier that moves a date to the last day of its week; the store then goes
 * back six days to the first. Kept here so the SQL and `weekOf` agree on what a week is.
 */
export function sqlWeekEndModifier(weekStart: WeekStart): string {
  return weekStart === 'monday' ? 'weekday 0' : 'weekday 6'
}

/** Every week start from the week of `from` to the week of `to`, inclusive. */
export function weeksBetween(from: string, to: string, weekStart: WeekStart = 'monday'): string[] {
  const weeks: string[] = []
  const last = dayNumber(weekOf(to, weekStart)) * dayMs
  for (let ms = dayNumber(weekOf(from, weekStart)) * dayMs; ms <= last; ms += 7 * dayMs) {
    weeks.push(new Date(ms).toISOString().slice(0, 10))
  }
  return weeks
}

/** One week's volume of one exercise, as the store sums it. */
export interface WeeklyExerciseVolume {
  week: string
  exerciseId: number
  volumeKg: number
}

/** What grouping needs to know of an exercise. */
export interface VolumeExercise {
  category: string
  primaryMuscles: readonly string[]
}

/** Stacked-bar rows: one per week, with a value per group in `keys` order. */
export interface StackedWeeks {
  keys: string[]
  rows: Array<{ week: string; values: Record<string, number> }>
}

/** The group that collects muscles beyond the chart's few colours. */
export const otherGroup = 'other'

/**
 * Weekly volume by exercise category, or by primary muscle. An exercise's volume is shared
 * equally among its primary muscles, so a week's stacked bar adds up to the same total in both
 * charts. Beyond `maxGroups` the smallest groups are summed as "other". Weeks without training
 * appear with zeros when `weeks` lists them.
 */
export function weeklyVolumeBy(
  volumes: readonly WeeklyExerciseVolume[],
  exercises: ReadonlyMap<number, VolumeExercise>,
  by: 'category' | 'muscle',
  weeks: readonly string[] = [],
  maxGroups = 6
): StackedWeeks {
  const byWeek = new Map<string, Map<string, number>>()
  const totals = new Map<string, number>()
  for (const week of weeks) byWeek.set(week, new Map())
  for (const v of volumes) {
    const exercise = exercises.get(v.exerciseId)
    if (!exercise || v.volumeKg <= 0) continue
    const groups =
      by === 'category'
        ? [exercise.category]
        : exercise.primaryMuscles.length > 0
          ? exercise.primaryMuscles
          : [otherGroup]
    const share = v.volumeKg / groups.length
    let week = byWeek.get(v.week)
    if (!week) {
      week = new Map()
      byWeek.set(v.week, week)
    }
    for (const group of groups) {
      week.set(group, (week.get(group) ?? 0) + share)
      totals.set(group, (totals.get(group) ?? 0) + share)
    }
  }
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const overflow = ranked.length > maxGroups
  const shown = new Set(
    ranked
      .slice(0, overflow ? maxGroups - 1 : maxGroups)
      .map(([group]) => group)
      .filter((group) => group !== otherGroup)
  )
  const keys = [...shown]
  if (ranked.some(([group]) => !shown.has(group))) keys.push(otherGroup)
  const rows = [...byWeek.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([week, groups]) => {
      const values: Record<string, number> = Object.fromEntries(keys.map((key) => [key, 0]))
      for (const [group, kg] of groups) {
        const key = shown.has(group) ? group : otherGroup
        values[key] = (values[key] ?? 0) + kg
      }
      for (const key of keys) values[key] = Math.round((values[key] ?? 0) * 10) / 10
      return { week, values }
    })
  return { keys, rows }
}

/** How many weeks each point must cover so a weekly series fits in `maxPoints`. */
export function weeksPerPoint(weekCount: number, maxPoints: number): number {
  return Math.max(1, Math.ceil(weekCount / maxPoints))
}

/**
 * Consecutive weekly rows merged `size` at a time (a chart of ten years of weeks would draw
 * bars thinner than a pixel). Each group is labelled by its first week; `combine` decides
 * whether values are averaged per week (volume, distance) or summed (sessions).
 */
export function mergeWeeks<T extends { week: string }>(
  rows: readonly T[],
  size: number,
  combine: (group: readonly T[]) => Omit<T, 'week'>
): T[] {
  if (size <= 1) return [...rows]
  const merged: T[] = []
  for (let i = 0; i < rows.length; i += size) {
    const group = rows.slice(i, i + size)
    merged.push({ ...combine(group), week: (group[0] as T).week } as T)
  }
  return merged
}

/** Per-week averages of numeric fields over a group of weeks. */
export function averageOf<K extends string>(
  group: ReadonlyArray<Record<K, number>>,
  keys: readonly K[]
): Record<K, number> {
  const out = {} as Record<K, number>
  for (const key of keys) {
    let sum = 0
    for (const row of group) sum += row[key]
    out[key] = group.length ? Math.round((sum / group.length) * 10) / 10 : 0
  }
  return out
}
