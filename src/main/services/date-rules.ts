import { dateOfTimestamp } from '@shared/dates'
import { dateRuleProblem, type DateRule } from '@shared/date-window'
import { ServiceError } from './errors'

/**
 * Refuses a date that breaks its rule against the clock (see date-window.ts): a log dated after
 * tomorrow, a birth date after today. The schemas already keep every date within 1900–2099;
 * only the services know what today is, because they own the (injectable) clock.
 */
export function checkDate(date: string | null | undefined, rule: DateRule, field: string, now: string): void {
  if (!date) return
  const problem = dateRuleProblem(date, rule, dateOfTimestamp(now))
  if (problem) throw new ServiceError('validation', problem, field)
}
