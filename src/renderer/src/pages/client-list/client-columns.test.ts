import { describe, expect, it } from 'vitest'
import { visibleColumns } from './ClientTable'

describe('client table columns', () => {
  it('shows every column when there is room', () => {
    expect(visibleColumns(1100)).toEqual(['name', 'goals', 'nextRace', 'program', 'lastSession', 'injuries'])
  })
  it('lets goals, then the program, then the last session give way; name and injuries stay', () => {
    expect(visibleColumns(900)).toEqual(['name', 'nextRace', 'program', 'lastSession', 'injuries'])
    expect(visibleColumns(746)).toEqual(['name', 'nextRace', 'lastSession', 'injuries'])
    expect(visibleColumns(560)).toEqual(['name', 'nextRace', 'injuries'])
    expect(visibleColumns(300)).toEqual(['name', 'injuries'])
  })
})
