import type { DayOrder, Priority, QualityKind, RunKind } from '../../schemas/week-plan'

/** A strength workout as the rules see it. */
export interface PlanWorkout {
  name: string
  /** Mostly lower-body or full-body work (see isLowerBodyWorkout). */
  lowerBody: boolean
}

/** One day as the rules see it; a day missing from a week is a rest day with nothing on it. */
export interface PlanDay {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number
  runKind: RunKind
  qualityKind?: QualityKind | null
  order: DayOrder | null
  strength: readonly PlanWorkout[]
}

export interface PlanWeek {
  days: readonly PlanDay[]
  priority: Priority
}

/** Which rule a check comes from; the help panel explains each. */
export type RuleId =
  | 'frequency'
  | 'rest-day'
  | 'strength-before-hard'
  | 'strength-same-day-hard'
  | 'order-priority'
  | 'hard-back-to-back'

/**
 * One finding about a week. A warning is something to change; a note is worth knowing; ok says
 * the week meets the rule (only the frequency rule says so, because the guideline is worth hearing).
 */
export interface WeekCheck {
  rule: RuleId
  level: 'warning' | 'note' | 'ok'
  /** The days it is about (0 = Monday), in week order; empty when it is about the whole week. */
  days: number[]
  message: string
}

export const dayNames = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday'
] as const

/** "Monday" for 0 … "Sunday" for 6. */
export function dayName(weekday: number): string {
  return dayNames[((weekday % 7) + 7) % 7] as string
}

/** The seven days of a week, Monday first, with the days it leaves out as empty rest days. */
export function fullWeek(week: PlanWeek): PlanDay[] {
  return Array.from(
    { length: 7 },
    (_, weekday) =>
      week.days.find((d) => d.weekday === weekday) ?? { weekday, runKind: 'rest', order: null, strength: [] }
  )
}

/** The day after (the plan repeats, so Sunday is followed by Monday). */
export const nextDay = (weekday: number): number => (weekday + 1) % 7

/** A quality session or the long run: the runs that need fresh legs. */
export const isHardRun = (day: PlanDay): boolean => day.runKind === 'quality' || day.runKind === 'long'

/** The run as a trainer says it: "long run", "intervals session", "tempo run". */
export function runPhrase(day: Pick<PlanDay, 'runKind' | 'qualityKind'>): string {
  switch (day.runKind) {
    case 'quality':
      return day.qualityKind === 'intervals'
        ? 'intervals session'
        : day.qualityKind === 'tempo'
          ? 'tempo run'
          : day.qualityKind === 'hills'
            ? 'hill session'
            : 'quality session'
    case 'long':
      return 'long run'
    case 'easy':
      return 'easy run'
    case 'cross':
      return 'cross-training'
    default:
      return 'rest day'
  }
}

/** "Lower body", "Lower body and Upper body": the workouts of a day by name. */
export function workoutNames(workouts: readonly PlanWorkout[]): string {
  return listWords(workouts.map((w) => w.name))
}

/** "a", "a and b", "a, b and c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? ''
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

/** Whether a workout counts as lower body: at least a third of its exercises work the legs or whole body. */
export function isLowerBodyWorkout(categories: ReadonlyArray<'lower' | 'upper' | 'core' | 'full'>): boolean {
  const legs = categories.filter((c) => c === 'lower' || c === 'full').length
  return legs > 0 && legs * 3 >= categories.length
}
