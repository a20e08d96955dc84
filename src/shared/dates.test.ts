import { describe, expect, it } from 'vitest'
import { addDays, printDate, shortDate } from './dates'

describe('dates', () => {
  it('moves across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })
  it('prints dates the same in every locale', () => {
    expect(printDate('2026-11-04')).toBe('4 Nov 2026')
    expect(shortDate('2026-01-05', '2026-11-25')).toBe('5 Jan')
    expect(shortDate('2025-01-05', '2026-11-25')).toBe('5 Jan 2025')
  })
})
