import { dayName, fullWeek, runPhrase, type PlanWeek, type WeekCheck } from './types'

/**
 * The order within a day against the client's priority: run first when running comes first,
 * lift first when strength does. A day with both and no order set gets a note saying which.
 * A balanced client can do either.
 */
export function checkOrderPriority(week: PlanWeek): WeekCheck[] {
  if (week.priority === 'balanced') return []
  const wanted = week.priority === 'running' ? 'run_first' : 'lift_first'
  const advice = week.priority === 'running' ? 'run first, then lift' : 'lift first, then run'
  const checks: WeekCheck[] = []
  for (const day of fullWeek(week)) {
    if (day.runKind === 'rest' || day.strength.length === 0) continue
    const run = runPhrase(day)
    if (day.order === null) {
      checks.push({
        rule: 'order-priority',
        level: 'note',
        days: [day.weekday],
        message: `${dayName(day.weekday)} has the ${run} and strength with no order set. With ${week.priority} as the priority: ${advice}.`
      })
    } else if (day.order !== wanted) {
      checks.push({
        rule: 'order-priority',
        level: 'warning',
        days: [day.weekday],
        message:
          week.priority === 'running'
            ? `${dayName(day.weekday)}: lifting before the ${run} goes against the running priority. Run first, then lift.`
            : `${dayName(day.weekday)}: the ${run} before lifting goes against the strength priority. Lift first, then run.`
      })
    }
  }
  return checks
}
