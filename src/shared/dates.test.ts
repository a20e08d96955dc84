import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  dayNumber,
  dayToIso,
  daysBetween,
  formatDate,
  formatDateTime,
  formatShortDate,
  isRealDate,
  localToday,
  monthIndexOf,
  monthStarts,
  nextMonday,
  parseIsoDate,
  toIsoDate,
  printDate,
  shortDate,
  weekdayOf,
  weekdayOfDay,
  weekStartDay,
  weekStartOf,
  weeksBetween,
  yearsBetween
} from './dates'

describe('parsing', () => {
  it('refuses impossible and malformed dates', () => {
    for (const text of [
      '2026-02-31',
      '2026-13-01',
      '2027-02-29',
      '2026-04-31',
      '2026-00-10',
      '2026-1-5',
      '26-01-05',
      '',
      'soon'
    ])
      expect(isRealDate(text), text).toBe(false)
    expect(parseIsoDate('2026-02-31')).toBeNull()
  })
  it('accepts real days, leap days included', () => {
    for (const text of ['2028-02-29', '2000-02-29', '1900-01-01', '2099-12-31'])
      expect(isRealDate(text), text).toBe(true)
    expect(parseIsoDate('2026-11-24')?.getDate()).toBe(24)
  })
  it('reads a day and writes it back unchanged, early years and daylight-saving days included', () => {
    for (const text of [
      '2026-03-29',
      '2026-10-25',
      '2026-03-08',
      '2026-11-01',
      '0050-06-01',
      '0001-01-01',
      '9999-12-31'
    ])
      expect(toIsoDate(parseIsoDate(text) as Date), text).toBe(text)
  })
  it("gives today's local date", () => {
    expect(localToday(new Date(2026, 10, 24, 23, 59))).toBe('2026-11-24')
    expect(localToday(new Date(2026, 10, 25, 0, 1))).toBe('2026-11-25')
  })
})

describe('calendar arithmetic', () => {
  it('moves across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    // across both daylight-saving changes of a year, a day stays a day
    expect(addDays('2026-03-01', 30)).toBe('2026-03-31')
    expect(addDays('2026-10-20', 14)).toBe('2026-11-03')
  })
  it('moves by months, clamping the day to the month', () => {
    expect(addMonths('2026-08-31', -6)).toBe('2026-02-28')
    expect(addMonths('2026-11-24', -12)).toBe('2025-11-24')
    expect(monthIndexOf('2026-11-24')).toBe(10)
  })
  it('counts days and years', () => {
    expect(daysBetween('2026-11-24', '2027-04-25')).toBe(152)
    expect(daysBetween('2026-11-24', '2026-11-20')).toBe(-4)
    expect(yearsBetween('1990-11-25', '2026-11-24')).toBe(35)
    expect(yearsBetween('1990-11-24', '2026-11-24')).toBe(36)
    expect(yearsBetween('2000-02-29', '2026-02-28')).toBe(25)
  })
  it('finds week starts, Monday or Sunday', () => {
    expect(weekdayOf('2026-11-23')).toBe(0) // a Monday
    expect(weekdayOf('2026-11-29')).toBe(6) // a Sunday
    expect(weekStartOf('2026-11-24')).toBe('2026-11-23') // a Tuesday
    expect(weekStartOf('2026-11-29')).toBe('2026-11-23') // a Sunday ends the Monday week
    expect(weekStartOf('2026-11-29', 'sunday')).toBe('2026-11-29')
    expect(weekStartOf('2026-11-28', 'sunday')).toBe('2026-11-22')
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28') // across a year
    expect(weekStartOf('1969-12-31')).toBe('1969-12-29') // before day 0 too
    expect(nextMonday('2026-11-23')).toBe('2026-11-30') // a Monday gives the next one
    expect(nextMonday('2026-11-29')).toBe('2026-11-30')
    expect(weeksBetween('2026-11-10', '2026-11-24')).toEqual(['2026-11-09', '2026-11-16', '2026-11-23'])
    expect(weeksBetween('2026-12-20', '2027-01-05', 'sunday')).toEqual([
      '2026-12-20',
      '2026-12-27',
      '2027-01-03'
    ])
  })
})

describe('day numbers', () => {
  it('count days since 1970 and turn back into ISO dates, across leap years and centuries', () => {
    expect(dayNumber('1970-01-11')).toBe(10)
    for (let day = -700_000; day < 800_000; day += 1237) {
      expect(dayToIso(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10))
    }
    for (const iso of ['2000-02-29', '2024-12-31', '2025-01-01', '1900-03-01', '2100-02-28']) {
      expect(dayToIso(dayNumber(iso))).toBe(iso)
    }
  })
  it('agree with the ISO helpers on weekdays and week starts', () => {
    for (let day = dayNumber('1969-12-20'); day < dayNumber('1970-01-20'); day++) {
      const iso = dayToIso(day)
      expect(weekdayOfDay(day), iso).toBe(weekdayOf(iso))
      expect(dayToIso(weekStartDay(day, 'monday')), iso).toBe(weekStartOf(iso, 'monday'))
      expect(dayToIso(weekStartDay(day, 'sunday')), iso).toBe(weekStartOf(iso, 'sunday'))
    }
  })
  it('give month starts for axis ticks', () => {
    const ticks = monthStarts(dayNumber('2025-11-15'), dayNumber('2026-06-30'), 3).map(dayToIso)
    expect(ticks).toEqual(['2026-01-01', '2026-04-01'])
    expect(monthStarts(dayNumber('2026-02-01'), dayNumber('2026-04-15'), 1).map(dayToIso)).toEqual([
      '2026-02-01',
      '2026-03-01',
      '2026-04-01'
    ])
  })
})

describe('printing', () => {
  it('prints dates the same in every locale', () => {
    expect(printDate('2026-11-04')).toBe('4 Nov 2026')
    expect(shortDate('2026-01-05', '2026-11-25')).toBe('5 Jan')
    expect(shortDate('2025-01-05', '2026-11-25')).toBe('5 Jan 2025')
  })
  it("formats in the trainer's locale through formatters made once", () => {
    const expected = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' })
    expect(formatDate('2026-11-24')).toBe(expected.format(new Date(2026, 10, 24)))
    expect(formatShortDate('2026-11-24', 2026)).not.toContain('2026')
    expect(formatShortDate('2025-11-24', 2026)).toContain('2025')
    expect(formatDateTime('2026-12-02T14:05:00')).toContain('2026')
    // text that is not a date is shown as it is, not as "Invalid Date"
    expect(formatDate('2026-02-31')).toBe('2026-02-31')
  })
  it('builds no formatter per call: a thousand cells are cheap, and repeats come from the cache', () => {
    const Original = Intl.DateTimeFormat
    let constructed = 0
    Intl.DateTimeFormat = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Original>) {
        constructed++
        return new target(...args)
      }
    })
    try {
      for (let i = 0; i < 1000; i++) {
        const iso = addDays('2020-01-01', i)
        formatDate(iso)
        formatShortDate(iso, 2021)
      }
    } finally {
      Intl.DateTimeFormat = Original
    }
    expect(constructed).toBe(0)
    expect(formatDate('2020-01-01')).toBe(formatDate('2020-01-01'))
  })
})
