/**
 * Weekly training volume (load × reps of work sets). The store sums it per session and exercise
 * in SQL (the same pass that finds each session's bests); the Progress service adds those sums
 * into weeks, and these functions define the rule and shape the weekly sums into stacked rows.
 */

/** Volume of one set in kg: load × reps for a loaded work set, 0 for warm-ups and bodyweight sets. */
export function setVolumeKg(set: { reps: number | null; loadKg: number | null; warmup: boolean }): number {
  if (set.warmup || !set.reps || !set.loadKg || set.reps <= 0 || set.loadKg <= 0) return 0
  return set.reps * set.loadKg
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
  const counted = volumes.filter((v) => v.volumeKg > 0 && exercises.has(v.exerciseId))
  const allWeeks = [...new Set([...weeks, ...counted.map((v) => v.week)])].sort()
  const position = new Map(allWeeks.map((week, i) => [week, i]))
  const byExercise = new Map<number, Float64Array>()
  for (const v of counted) {
    let perWeek = byExercise.get(v.exerciseId)
    if (!perWeek) {
      perWeek = new Float64Array(allWeeks.length)
      byExercise.set(v.exerciseId, perWeek)
    }
    const w = position.get(v.week) as number
    perWeek[w] = (perWeek[w] as number) + v.volumeKg
  }
  return stackVolumeBy(allWeeks, byExercise, exercises, by, maxGroups)
}

/**
 * `weeklyVolumeBy` over columns: `volumes` holds each exercise's volume per week, indexed like
 * `weeks` (the Progress service sums sessions into such arrays), so no object is made per week
 * and exercise. Every week of `weeks` gets a row.
 */
export function stackVolumeBy(
  weeks: readonly string[],
  volumes: ReadonlyMap<number, ArrayLike<number>>,
  exercises: ReadonlyMap<number, VolumeExercise>,
  by: 'category' | 'muscle',
  maxGroups = 6
): StackedWeeks {
  const count = weeks.length
  const byGroup = new Map<string, Float64Array>()
  const totals = new Map<string, number>()
  for (const [exerciseId, perWeek] of volumes) {
    const exercise = exercises.get(exerciseId)
    let trained = false
    for (let w = 0; w < count && !trained; w++) trained = (perWeek[w] as number) > 0
    if (!exercise || !trained) continue
    const groups =
      by === 'category'
        ? [exercise.category]
        : exercise.primaryMuscles.length > 0
          ? exercise.primaryMuscles
          : [otherGroup]
    for (const group of groups) {
      let sums = byGroup.get(group)
      if (!sums) {
        sums = new Float64Array(count)
        byGroup.set(group, sums)
      }
      let total = totals.get(group) ?? 0
      for (let w = 0; w < count; w++) {
        const kg = perWeek[w] as number
        if (kg <= 0) continue
        const share = kg / groups.length
        sums[w] = (sums[w] as number) + share
        total += share
      }
      totals.set(group, total)
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
  // Each shown group's column, and "other" as the sum of the rest.
  const columns = keys.map((key) => (key === otherGroup ? new Float64Array(count) : byGroup.get(key)))
  const other = keys.indexOf(otherGroup)
  if (other >= 0) {
    const sums = columns[other] as Float64Array
    for (const [group, values] of byGroup) {
      if (shown.has(group)) continue
      for (let w = 0; w < count; w++) sums[w] = (sums[w] as number) + (values[w] as number)
    }
  }
  const rows: StackedWeeks['rows'] = []
  for (let w = 0; w < count; w++) {
    const values: Record<string, number> = {}
    for (let k = 0; k < keys.length; k++) {
      values[keys[k] as string] = Math.round(((columns[k] as Float64Array)[w] as number) * 10) / 10
    }
    rows.push({ week: weeks[w] as string, values })
  }
  return { keys, rows }
}

/**
 * How many weeks each point must cover so a weekly series fits in `maxPoints`: 1, 2, 4, 8…
 * weeks, periods that read naturally on an axis ("4 weeks from 6 Dec").
 */
export function weeksPerPoint(weekCount: number, maxPoints: number): number {
  let weeks = 1
  while (weekCount / weeks > maxPoints) weeks *= 2
  return weeks
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
