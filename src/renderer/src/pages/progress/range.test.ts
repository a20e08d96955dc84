import { describe, expect, it } from 'vitest'
import { rangeFor } from './range'

describe('progress ranges', () => {
  it('counts presets back from today, clamping the day to the month', () => {
    const none = { from: '', to: '' }
    expect(rangeFor('3m', '2026-11-24', none)).toEqual({ from: '2026-08-24', to: null })
    expect(rangeFor('6m', '2026-08-31', none)).toEqual({ from: '2026-02-28', to: null })
    expect(rangeFor('1y', '2026-11-24', none)).toEqual({ from: '2025-11-24', to: null })
    expect(rangeFor('all', '2026-11-24', none)).toEqual({ from: null, to: null })
    expect(rangeFor('custom', '2026-11-24', { from: '2026-01-01', to: '' })).toEqual({
      from: '2026-01-01',
      to: null
    })
  })
})
