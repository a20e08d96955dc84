import type { WeekPlan } from '../../schemas/week-plan'
import { checkFrequency } from './frequency'
import { checkHardBackToBack } from './hard-back-to-back'
import { checkOrderPriority } from './order-priority'
import { checkRestDay } from './rest-day'
import { checkStrengthBeforeHard } from './strength-before-hard'
import { checkStrengthSameDayHard } from './strength-same-day-hard'
import type { PlanWeek, RuleId, WeekCheck } from './types'

export {
  dayName,
  isLowerBodyWorkout,
  type PlanDay,
  type PlanWeek,
  type RuleId,
  type WeekCheck
} from './types'

/** The rules in the order the help panel explains them, each with its why in Spotter's words. */
export const weekRules: ReadonlyArray<{ id: RuleId; title: string; explanation: string }> = [
  {
    id: 'frequency',
    title: 'About three strength sessions',
    explanation:
      'Around three strength sessions a week is the guideline for runners. Fewer than two is too little to build strength; more than four leaves too little recovery for the running.'
  },
  {
    id: 'rest-day',
    title: 'A full rest day',
    explanation:
      'At least one day a week with no running and no lifting. The body adapts to training while it rests.'
  },
  {
    id: 'strength-before-hard',
    title: 'Fresh legs for hard runs',
    explanation:
      'No strength, above all lower-body strength, on the day before a quality session (intervals, tempo, hills) or the long run. Tired legs turn a key run into a poor one.'
  },
  {
    id: 'strength-same-day-hard',
    title: 'Strength on easy days',
    explanation:
      'Strength belongs on days without running or after easy runs, not on the day of a quality session or the long run.'
  },
  {
    id: 'order-priority',
    title: 'Order follows the priority',
    explanation:
      'On a day with both, a client whose priority is running runs first and lifts after; one whose priority is strength lifts first. A balanced client can do either.'
  },
  {
    id: 'hard-back-to-back',
    title: 'No hard days back to back',
    explanation:
      'A quality session or long run and lower-body strength on consecutive days leave no time to recover. Put an easy day or a rest day between them.'
  }
]

const levelOrder = { warning: 0, note: 1, ok: 2 } as const

/**
 * Every check of a week, warnings first. A back-to-back pair that the day-before rule already
 * reports is left out, so one problem gives one warning.
 */
export function checkWeek(week: PlanWeek): WeekCheck[] {
  const before = checkStrengthBeforeHard(week)
  const reported = new Set(before.filter((c) => c.level === 'warning').map((c) => c.days.join(',')))
  const checks = [
    ...checkFrequency(week),
    ...checkRestDay(week),
    ...before,
    ...checkStrengthSameDayHard(week),
    ...checkOrderPriority(week),
    ...checkHardBackToBack(week).filter((c) => !reported.has(c.days.join(',')))
  ]
  return checks
    .map((check, index) => ({ check, index }))
    .sort((a, b) => levelOrder[a.check.level] - levelOrder[b.check.level] || a.index - b.index)
    .map(({ check }) => check)
}

/** The stored week plan as the rules read it. */
export function planWeekOf(plan: Pick<WeekPlan, 'days' | 'priority'>): PlanWeek {
  return {
    priority: plan.priority,
    days: plan.days.map((d) => ({
      weekday: d.weekday,
      runKind: d.runKind,
      qualityKind: d.qualityKind,
      order: d.order,
      strength: d.workouts.map((w) => ({ name: w.name, lowerBody: w.lowerBody }))
    }))
  }
}
