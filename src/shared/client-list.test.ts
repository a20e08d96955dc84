import { describe, expect, it } from 'vitest'
import { clientSummaryOf } from './client-list'
import { clientListRowSchema } from './contract'

describe('client-list rows', () => {
  it('names every value of a row in the contract’s order', () => {
    const row = clientListRowSchema.parse([
      7,
      'Zoë Ward',
      'Sub-4 marathon',
      ['marathon', 'masters'],
      'Valencia Marathon',
      '2026-12-06',
      42_195,
      'Runner strength',
      '2026-11-23',
      ['knee']
    ])
    expect(clientSummaryOf(row)).toEqual({
      id: 7,
      name: 'Zoë Ward',
      goals: 'Sub-4 marathon',
      tags: ['marathon', 'masters'],
      nextRaceName: 'Valencia Marathon',
      nextRaceDate: '2026-12-06',
      nextRaceDistanceM: 42_195,
      activeProgramName: 'Runner strength',
      lastSessionDate: '2026-11-23',
      activeInjuryAreas: ['knee']
    })
  })

  it('keeps a client without race, program, sessions or injuries as nulls and empty lists', () => {
    const row = clientListRowSchema.parse([1, 'Ann', '', [], null, null, null, null, null, []])
    expect(clientSummaryOf(row)).toMatchObject({ nextRaceName: null, activeProgramName: null, tags: [] })
  })
})
