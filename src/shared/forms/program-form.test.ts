import { describe, expect, it } from 'vitest'
import { programFormSchema, programFormValues } from './program-form'

/** Each field's first message, as the dialog shows it beside the field. */
function errorsOf(values: unknown): Record<string, string> {
  const errors: Record<string, string> = {}
  const result = programFormSchema().safeParse(values)
  for (const issue of result.error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message
  return errors
}

describe('new program form schema', () => {
  it('reads the chosen template, start date and length into programs.create’s values', () => {
    expect(
      programFormSchema().parse({
        ...programFormValues(true, '2026-03-02'),
        fromProgramId: '4',
        name: 'Spring block',
        weeks: '12'
      })
    ).toEqual({
      fromProgramId: 4,
      name: 'Spring block',
      goal: '',
      startDate: '2026-03-02',
      weeks: 12,
      status: 'active'
    })
  })

  it('makes a template a draft with no start date and no source', () => {
    expect(
      programFormSchema().parse({ ...programFormValues(false, '2026-03-02'), name: 'Base' })
    ).toMatchObject({
      fromProgramId: null,
      startDate: null,
      status: 'draft'
    })
  })

  it('shows every mistake at once in the contract’s words', () => {
    expect(
      errorsOf({ ...programFormValues(true, '2026-03-02'), startDate: '2026-02-31', weeks: '200' })
    ).toEqual({
      name: 'Name is required',
      startDate: 'Not a real date',
      weeks: 'At most 104 weeks'
    })
    expect(errorsOf({ ...programFormValues(true, '2026-03-02'), name: 'A', weeks: '' })).toEqual({
      weeks: 'Length is required'
    })
    expect(errorsOf({ ...programFormValues(true, '2026-03-02'), name: 'A', weeks: 'six' })).toEqual({
      weeks: 'Enter a number like 62.5'
    })
  })
})
