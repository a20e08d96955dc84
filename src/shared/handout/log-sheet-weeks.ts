import { addDays, printDate } from '../dates'
import { currentProgramWeek, programWeekStart, type ProgramCalendar } from '../training/program-weeks'
import type { HandoutOptions } from './model'

const clamp = (n: number, min: number, max: number): number => Math.min(Math.max(n, min), max)

/** The program weeks the log sheets cover, first and last included. */
export interface LogSheetWeeks {
  from: number
  to: number
  /** The weeks asked for: more than `to - from + 1` when the program ends first. */
  requested: number
}

/**
 * The weeks the log sheets print, or null for none: from the chosen week (the current week when
 * none was chosen), as many as asked, stopping at the program's last week. The options are
 * checked against the program first (`handoutOptionsFor`); the clamp only keeps a range that
 * slipped past that inside the program.
 */
export function logSheetWeeksOf(
  program: ProgramCalendar,
  options: Pick<HandoutOptions, 'logSheetWeeks' | 'logSheetFromWeek'>,
  today: string
): LogSheetWeeks | null {
  if (options.logSheetWeeks === null) return null
  const from = clamp(options.logSheetFromWeek ?? currentProgramWeek(program, today), 1, program.weeks)
  return {
    from,
    to: Math.min(program.weeks, from + options.logSheetWeeks - 1),
    requested: options.logSheetWeeks
  }
}

/**
 * The weeks in words, as the dialog shows them: "Weeks 13–16 · 26 Nov 2026 – 23 Dec 2026", and
 * "Weeks 13–20 (the program ends in week 20) · …" when fewer weeks are left than were asked for.
 */
export function describeLogSheetWeeks(program: ProgramCalendar, weeks: LogSheetWeeks): string {
  const span = weeks.from === weeks.to ? `Week ${weeks.from}` : `Weeks ${weeks.from}–${weeks.to}`
  const cut =
    weeks.to - weeks.from + 1 < weeks.requested ? ` (the program ends in week ${program.weeks})` : ''
  const start = program.startDate
  const dates = start
    ? ` · ${printDate(programWeekStart(start, weeks.from))} – ${printDate(addDays(programWeekStart(start, weeks.to), 6))}`
    : ''
  return `${span}${cut}${dates}`
}

/** Where today is in the program, for the dialog: "This week is week 13 of 20". */
export function describeToday(program: ProgramCalendar, today: string): string {
  const start = program.startDate
  if (!start) return `The program has ${program.weeks} week${program.weeks === 1 ? '' : 's'}`
  if (today < start) return `The program starts ${printDate(start)}`
  const end = addDays(start, program.weeks * 7 - 1)
  if (today > end) return `The program ended ${printDate(end)}`
  return `This week is week ${currentProgramWeek(program, today)} of ${program.weeks}`
}
