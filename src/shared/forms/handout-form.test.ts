import { describe, expect, it } from 'vitest'
import { handoutOptionsFor, handoutOptionsSchema } from '../handout/model'
import { readHandoutForm } from './handout-form'

const chosen = handoutOptionsSchema.parse({ workoutIds: [3] })
const read = (weeks: string, fromWeek: string, programWeeks = 20) =>
  readHandoutForm(chosen, { on: true, weeks, fromWeek }, programWeeks)

describe('handout dialog form', () => {
  it('reads the typed weeks into the contract’s options', () => {
    expect(read('4', '13')).toEqual({
      ok: true,
      options: { ...chosen, logSheetWeeks: 4, logSheetFromWeek: 13 }
    })
    // More weeks than are left is not a mistake: the sheets stop at the program's end (the dialog says so).
    expect(read(' 100 ', '13')).toMatchObject({ ok: true, options: { logSheetWeeks: 100 } })
  })

  it('sends no log sheets when they are unticked, whatever the fields hold', () => {
    expect(readHandoutForm(chosen, { on: false, weeks: '-1', fromWeek: '' }, 20)).toEqual({
      ok: true,
      options: { ...chosen, logSheetWeeks: null, logSheetFromWeek: undefined }
    })
  })

  it('words each field’s mistake for the field', () => {
    expect(read('0', '13')).toEqual({ ok: false, errors: { logSheetWeeks: 'At least 1 week' } })
    expect(read('-1', '0')).toEqual({
      ok: false,
      errors: { logSheetWeeks: 'At least 1 week', logSheetFromWeek: 'From week must be at least 1' }
    })
    expect(read('2.5', '13')).toEqual({ ok: false, errors: { logSheetWeeks: 'Enter a whole number like 8' } })
    expect(read('', '')).toEqual({
      ok: false,
      errors: { logSheetWeeks: 'Weeks of log sheets are required', logSheetFromWeek: 'From week is required' }
    })
    expect(read('four', '13')).toEqual({ ok: false, errors: { logSheetWeeks: 'Enter a number like 62.5' } })
    expect(read('105', '13')).toEqual({ ok: false, errors: { logSheetWeeks: 'At most 104 weeks' } })
    expect(read('4', '21')).toEqual({
      ok: false,
      errors: { logSheetFromWeek: 'From week can be at most 20' }
    })
  })

  it('checks what the store checks again', () => {
    expect(handoutOptionsFor(20).safeParse({ logSheetFromWeek: 21 }).success).toBe(false)
    expect(handoutOptionsFor(20).safeParse({ logSheetFromWeek: 20, logSheetWeeks: 4 }).success).toBe(true)
    expect(handoutOptionsFor(20).safeParse({ logSheetWeeks: 0 }).success).toBe(false)
    // Still strict: an unknown option is refused, not ignored.
    expect(handoutOptionsFor(20).safeParse({ logSheetsFrom: 3 }).success).toBe(false)
  })
})
