import { describe, expect, it } from 'vitest'
import { currentProgramWeek, programWeekStart } from '../training/program-weeks'
import { describeLogSheetWeeks, describeToday, logSheetWeeksOf } from './log-sheet-weeks'

// 20 weeks from Thursday 3 Sep 2026 to Wednesday 20 Jan 2027; 3 Dec 2026 is day 91, week 14's first day.
const program = { startDate: '2026-09-03', weeks: 20 }

describe('log-sheet weeks', () => {
  it('counts the current week from the program’s start date, within the program', () => {
    expect(currentProgramWeek(program, '2026-09-03')).toBe(1)
    expect(currentProgramWeek(program, '2026-09-09')).toBe(1)
    expect(currentProgramWeek(program, '2026-09-10')).toBe(2)
    expect(currentProgramWeek(program, '2026-11-30')).toBe(13)
    expect(currentProgramWeek(program, '2026-12-03')).toBe(14)
    expect(currentProgramWeek(program, '2026-08-01')).toBe(1)
    expect(currentProgramWeek(program, '2027-01-20')).toBe(20)
    expect(currentProgramWeek(program, '2027-05-01')).toBe(20)
    expect(currentProgramWeek({ startDate: null, weeks: 20 }, '2026-12-03')).toBe(1)
  })

  it('prints the weeks asked for from the chosen week, stopping at the program’s end', () => {
    const today = '2026-11-30'
    expect(logSheetWeeksOf(program, { logSheetWeeks: 4 }, today)).toEqual({ from: 13, to: 16, requested: 4 })
    expect(logSheetWeeksOf(program, { logSheetWeeks: 4, logSheetFromWeek: 2 }, today)).toEqual({
      from: 2,
      to: 5,
      requested: 4
    })
    expect(logSheetWeeksOf(program, { logSheetWeeks: 100 }, today)).toEqual({
      from: 13,
      to: 20,
      requested: 100
    })
    expect(logSheetWeeksOf(program, { logSheetWeeks: null }, today)).toBeNull()
    expect(programWeekStart(program.startDate, 13)).toBe('2026-11-26')
  })

  it('says which weeks and dates the sheets cover, and when the program ends first', () => {
    expect(describeLogSheetWeeks(program, { from: 13, to: 16, requested: 4 })).toBe(
      'Weeks 13–16 · 26 Nov 2026 – 23 Dec 2026'
    )
    expect(describeLogSheetWeeks(program, { from: 13, to: 20, requested: 100 })).toBe(
      'Weeks 13–20 (the program ends in week 20) · 26 Nov 2026 – 20 Jan 2027'
    )
    expect(describeLogSheetWeeks(program, { from: 20, to: 20, requested: 1 })).toBe(
      'Week 20 · 14 Jan 2027 – 20 Jan 2027'
    )
    expect(describeLogSheetWeeks({ startDate: null, weeks: 8 }, { from: 1, to: 4, requested: 4 })).toBe(
      'Weeks 1–4'
    )
  })

  it('says where today is in the program', () => {
    expect(describeToday(program, '2026-11-30')).toBe('This week is week 13 of 20')
    expect(describeToday(program, '2026-08-01')).toBe('The program starts 3 Sep 2026')
    expect(describeToday(program, '2027-01-21')).toBe('The program ended 20 Jan 2027')
    expect(describeToday({ startDate: null, weeks: 8 }, '2026-11-30')).toBe('The program has 8 weeks')
  })
})
