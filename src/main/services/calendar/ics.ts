import ICAL from 'ical.js'
import { addDays } from '@shared/dates'
import type { CalendarEvent } from '@shared/calendar/week-events'

/**
 * The events as iCalendar text (RFC 5545), built with ical.js so escaping, folding and line
 * endings follow the standard. Every event is all-day: the plan says which day, not what time.
 */
export function calendarText(events: readonly CalendarEvent[], name: string, now: Date): string {
  const calendar = new ICAL.Component(['vcalendar', [], []])
  calendar.updatePropertyWithValue('prodid', '-//Spotter//Week plan//EN')
  calendar.updatePropertyWithValue('version', '2.0')
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN')
  calendar.updatePropertyWithValue('x-wr-calname', name)
  const stamp = ICAL.Time.fromJSDate(now, true)
  for (const event of events) {
    const component = new ICAL.Component('vevent')
    const vevent = new ICAL.Event(component)
    vevent.uid = event.uid
    vevent.summary = event.title
    if (event.description) vevent.description = event.description
    vevent.startDate = ICAL.Time.fromDateString(event.date)
    vevent.endDate = ICAL.Time.fromDateString(addDays(event.date, 1))
    component.updatePropertyWithValue('dtstamp', stamp)
    component.updatePropertyWithValue('transp', 'TRANSPARENT')
    calendar.addSubcomponent(component)
  }
  return calendar.toString()
}
