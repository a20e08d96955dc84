import { contract } from '../contract'
import { emptyAsNull, typedNumber } from './typed-fields'

const exportCalendar = contract['weekPlan.exportCalendar'].input
const fields = exportCalendar.shape

/**
 * The calendar-export dialog's schema: `weekPlan.exportCalendar`'s input without the client
 * (added when exporting), the number of weeks read from what was typed.
 */
export const calendarFormSchema = exportCalendar.omit({ clientId: true }).extend({
  startDate: emptyAsNull(fields.startDate),
  weeks: typedNumber(fields.weeks)
})
