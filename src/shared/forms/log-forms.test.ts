import { describe, expect, it } from 'vitest'
import {
  injuryFormSchema,
  injuryFormValues,
  measurementFormSchema,
  runFormSchema,
  runFormValues,
  sessionHeaderFormSchema
} from './log-forms'
import { readField, typedNumber } from './typed-fields'
import { contract } from '../contract'
import { prescriptionBodySchema } from '../schemas/program'

/** Each field's first message, as the form shows it beside the field. */
function errorsOf(result: {
  success: boolean
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> }
}) {
  const errors: Record<string, string> = {}
  for (const issue of result.error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message
  return errors
}

describe('run form schema', () => {
  it('reads miles and h:mm:ss into the contract’s metres and seconds', () => {
    const run = runFormSchema('mi').parse({
      ...runFormValues(undefined, 'mi', '2026-03-02'),
      distanceM: '10',
      durationS: '1:20:00',
      avgHr: '150'
    })
    expect(run).toMatchObject({
      date: '2026-03-02',
      kind: 'easy',
      distanceM: 16_093.44,
      durationS: 4800,
      avgHr: 150,
      effort: null
    })
  })

  it('says every mistake at once, in the contract’s words', () => {
    const values = {
      ...runFormValues(undefined, 'km', ''),
      distanceM: '-3',
      durationS: 'long',
      avgHr: '400',
      effort: '11'
    }
    expect(errorsOf(runFormSchema('km').safeParse(values))).toEqual({
      date: 'Date is required',
      distanceM: 'Distance can’t be negative',
      durationS: 'Enter duration as h:mm:ss, like 3:29:59',
      avgHr: 'Heart rate is 30 to 250',
      effort: 'Effort is 1 to 10'
    })
  })

  it('says "Not a real date" for 31 February', () => {
    const values = { ...runFormValues(undefined, 'km', '2026-02-31'), distanceM: '5', durationS: '25:00' }
    expect(errorsOf(runFormSchema('km').safeParse(values))).toEqual({ date: 'Not a real date' })
  })
})

describe('measurement form schema', () => {
  const pounds = measurementFormSchema((_kind, value) => value * 0.45359237)

  it('stores a weight typed in pounds in kilograms', () => {
    expect(pounds.parse({ kindId: '1', date: '2026-03-02', value: '135' }).value).toBeCloseTo(61.235, 3)
  })

  it('gives "1e9" the contract’s bound and text its "Enter a number"', () => {
    expect(errorsOf(pounds.safeParse({ kindId: '1', date: '2026-03-02', value: '1e9' }))).toEqual({
      value: 'Value can be at most 1,000,000'
    })
    expect(errorsOf(pounds.safeParse({ kindId: '1', date: '2026-03-02', value: 'heavy' }))).toEqual({
      value: 'Enter a number like 62.5'
    })
  })
})

describe('injury form schema', () => {
  it('takes a typed area under "Other" and refuses an end before the start', () => {
    const values = { ...injuryFormValues(undefined), bodyArea: 'other', otherArea: 'left big toe' }
    expect(injuryFormSchema(4).parse(values)).toMatchObject({
      clientId: 4,
      bodyArea: 'left big toe',
      since: null
    })
    expect(
      errorsOf(injuryFormSchema(4).safeParse({ ...values, since: '2026-10-01', resolvedOn: '2026-09-01' }))
    ).toEqual({
      resolvedOn: "Resolved date can't be before the start date"
    })
    expect(errorsOf(injuryFormSchema(4).safeParse(injuryFormValues(undefined)))).toEqual({
      bodyArea: 'Body area is required'
    })
  })

  it('shows a stored known area as chosen and another as typed', () => {
    const stored = { id: 1, clientId: 4, note: '', since: null, resolvedOn: null }
    expect(injuryFormValues({ ...stored, bodyArea: 'Knee' })).toMatchObject({
      bodyArea: 'knee',
      otherArea: ''
    })
    expect(injuryFormValues({ ...stored, bodyArea: 'left big toe' })).toMatchObject({
      bodyArea: 'other',
      otherArea: 'left big toe'
    })
  })
})

describe('inline fields', () => {
  it('reads one field with its contract rule and plain message', () => {
    const sets = typedNumber(prescriptionBodySchema.shape.setsMax)
    expect(readField('setsMax', sets, '4')).toEqual({ value: 4 })
    expect(readField('setsMax', sets, '25')).toEqual({ error: 'At most 20 sets' })
    expect(readField('setsMax', sets, '')).toEqual({ error: 'Sets are required' })
    expect(readField('setsMax', sets, 'four')).toEqual({ error: 'Enter a number like 62.5' })
    const name = contract['workouts.update'].input.shape.name
    expect(readField('workoutName', name, '')).toEqual({ error: 'Workout name is required' })
    expect(readField('workoutName', name, 'x'.repeat(500))).toEqual({
      error: 'Workout name is at most 80 characters'
    })
  })
})

describe('session editor fields schema', () => {
  it('reads minutes into the contract’s seconds and empty fields as not recorded', () => {
    expect(
      sessionHeaderFormSchema().parse({
        date: '2026-03-02',
        durationS: '45',
        effort: '',
        notes: ' Felt good '
      })
    ).toEqual({ date: '2026-03-02', durationS: 2700, effort: null, notes: 'Felt good' })
  })

  it('shows every mistake at once in the contract’s words', () => {
    expect(
      errorsOf(sessionHeaderFormSchema().safeParse({ date: '', durationS: '800', effort: 'hard', notes: '' }))
    ).toEqual({
      date: 'Date is required',
      durationS: 'A session is at most 12 hours',
      effort: 'Enter a number like 62.5'
    })
  })
  it('refuses a date after tomorrow with the other mistakes when it knows today', () => {
    expect(
      errorsOf(
        sessionHeaderFormSchema('2026-12-03').safeParse({
          date: '2099-01-01',
          durationS: '800',
          effort: '',
          notes: ''
        })
      )
    ).toEqual({ date: 'This date is in the future', durationS: 'A session is at most 12 hours' })
  })
})

describe('dates against the clock in the record forms', () => {
  it('puts a future date beside the other mistakes in one round', () => {
    const injury = { ...injuryFormValues(undefined), since: '2027-01-01' }
    expect(errorsOf(injuryFormSchema(4, '2026-12-03').safeParse(injury))).toEqual({
      bodyArea: 'Body area is required',
      since: 'This date is in the future'
    })
    const run = { ...runFormValues(undefined, 'km', '2027-01-01'), distanceM: '-1' }
    expect(errorsOf(runFormSchema('km', '2026-12-03').safeParse(run))).toMatchObject({
      date: 'This date is in the future'
    })
    expect(errorsOf(runFormSchema('km', '2026-12-03').safeParse(run)).distanceM).toBeDefined()
  })
})
