import { describe, expect, it } from 'vitest'
import { calendarFormSchema } from './calendar-form'

describe('calendar export form schema', () => {
  it('reads the typed weeks into weekPlan.exportCalendar’s values', () => {
    expect(calendarFormSchema.parse({ startDate: '2026-03-02', weeks: ' 4 ' })).toEqual({
      startDate: '2026-03-02',
      weeks: 4
    })
  })

  it('shows every mistake at once in the contract’s words', () => {
    const messages = (values: { startDate: string; weeks: string }) =>
      calendarFormSchema.safeParse(values).error?.issues.map((issue) => [issue.path[0], issue.message])
    expect(messages({ startDate: '', weeks: '0' })).toEqual([
      ['startDate', 'Start date is required'],
      ['weeks', 'At least one week']
    ])
    expect(messages({ startDate: '2026-02-31', weeks: '2.5' })).toEqual([
      ['startDate', 'Not a real date'],
      ['weeks', 'Whole weeks only']
    ])
    expect(messages({ startDate: '2026-03-02', weeks: '60' })).toEqual([['weeks', 'At most 52 weeks']])
  })
})
