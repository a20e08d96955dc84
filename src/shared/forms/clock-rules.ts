import { dateRuleProblem, type DateRule } from '../date-window'
import type { z } from '../zod'

/**
 * A contract date field that also keeps its rule against the clock (date-window.ts). The service
 * checks the same rule with its own clock; the form checks it too so that a birth date in the
 * future shows beside every other mistake at once, not in a second round after the rest are
 * fixed. `except` is a stored date left as it was (an old client's passed race). Without `today`
 * the field is the contract's alone.
 */
export function onTheClock<T extends z.ZodType<string | null | undefined>>(
  field: T,
  rule: DateRule,
  today: string | undefined,
  except?: string | null
): T {
  if (today === undefined) return field
  return field.superRefine((date, ctx) => {
    if (!date || date === except) return
    const problem = dateRuleProblem(date, rule, today)
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: date })
  })
}
