import { addDays, daysBetween } from '../dates'

/**
 * A program's weeks on the calendar. Week 1 is the start date and the six days after it; week n
 * starts (n − 1) × 7 days later. The race phases, the handout's log sheets and the paper entry
 * grid all count weeks this way, so a column on paper is the same week everywhere.
 */
export interface ProgramCalendar {
  startDate: string | null
  weeks: number
}

/** The first day of program `week` of a program starting on `startDate`. */
export function programWeekStart(startDate: string, week: number): string {
  return addDays(startDate, (week - 1) * 7)
}

/**
 * The program week `today` falls in: week 1 before the start (or without a start date), the
 * last week after the end.
 */
export function currentProgramWeek(program: ProgramCalendar, today: string): number {
  if (!program.startDate) return 1
  const week = Math.floor(daysBetween(program.startDate, today) / 7) + 1
  return Math.min(Math.max(week, 1), program.weeks)
}
