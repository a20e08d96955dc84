import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applyMutation,
  inputSchemaOf,
  mutationsOf,
  nonObjectInputs,
  validValue,
  type IdSource
} from '../../test/support/malformed-inputs'
import { contract, type OperationName } from './contract'
import { plainMessage, wordsFor } from './error-map'
import { z } from './zod'

/** zod's own wording, which must never reach a person. */
const rawForms = /expected|too big|too small|invalid input/i

const ids: IdSource = { valid: () => 1, foreign: () => undefined }
const operations = Object.keys(contract).sort() as OperationName[]

describe('the one error map', () => {
  it('words every failure of every contract schema plainly', { timeout: 120_000 }, () => {
    const messages = new Set<string>()
    let failures = 0
    for (const name of operations) {
      const schema = contract[name].input
      const json = inputSchemaOf(name)
      for (const input of nonObjectInputs) {
        const result = schema.safeParse(input)
        expect(result.success, `${name} accepted ${JSON.stringify(input)}`).toBe(false)
        result.error?.issues.forEach((issue) => messages.add(issue.message))
      }
      for (const base of fc.sample(validValue(json, undefined, name, ids), { seed: 11, numRuns: 3 })) {
        for (const mutation of mutationsOf(name, json, base, ids).filter((m) => m.schemaLevel)) {
          const input = applyMutation(base, mutation)
          const result = schema.safeParse(input)
          expect(result.success, `${name}: ${mutation.kind} at ${mutation.path.join('.')} was accepted`).toBe(
            false
          )
          failures++
          result.error?.issues.forEach((issue) => messages.add(issue.message))
        }
      }
    }
    if (process.env.SPOTTER_PRINT_MESSAGES) console.log([...messages].sort().join('\n'))
    const raw = [...messages].filter(
      (m) => rawForms.test(m) || /undefined|NaN|\[object/.test(m) || m.trim() === ''
    )
    expect(raw).toEqual([])
    expect(failures).toBeGreaterThan(1000)
    console.log(
      `Error map: ${failures} failing inputs over ${operations.length} operations, ${messages.size} distinct messages, none in raw wording.`
    )
  })

  it('gives the plain examples trainers should read', () => {
    const first = (schema: z.ZodType, input: unknown): string =>
      schema.safeParse(input).error?.issues[0]?.message ?? ''
    const client = contract['clients.create'].input
    expect(first(client, { name: 'Ann', weeklyDistanceM: -1 })).toBe("Weekly distance can't be negative")
    expect(first(client, { name: 'Ann', weeklyDistanceM: 2_000_000 })).toBe(
      'Weekly distance can be at most 1,000 km'
    )
    expect(first(client, { name: 'Ann', birthDate: '2026-02-31' })).toBe('Not a real date')
    expect(first(client, { name: 'Ann', heightM: '1,70' })).toBe('Enter a number like 62.5')
    expect(first(client, { name: '' })).toBe('Name is required')
    expect(first(client, { name: 'x'.repeat(201) })).toBe('Name is at most 200 characters')
    expect(first(client, { name: 'Ann', email: 'ann@' })).toBe(
      'Enter an e-mail address like name@example.com'
    )
    expect(first(client, { name: 'Ann', sex: 'x' })).toBe('Sex must be one of: female, male, other')
    expect(first(client, { name: 'Ann', nextRaceTargetS: 1.5 })).toBe('Enter a whole number like 8')
    expect(first(client, { name: 'Ann', tags: ['a', 'A'] })).toBe('Tag 2 is already in the list')
    expect(first(contract['prescriptions.update'].input, { id: 1, patch: { setsMax: 21 } })).toBe(
      'At most 20 sets'
    )
    expect(first(contract['prescriptions.update'].input, { id: 1, patch: { restMaxS: 4000 } })).toBe(
      'Rest can be at most 1 hour'
    )
    expect(first(contract['sessions.saveBatch'].input, { clientId: 1, workoutId: 1, sessions: [] })).toBe(
      'Enter at least one week'
    )
    expect(first(contract['clients.get'].input, { id: -4 })).toBe('Record must be chosen from the saved ones')
    expect(first(contract['clients.get'].input, { id: 1, extra: true })).toBe(
      "Spotter doesn't know a field called “extra”"
    )
    expect(first(contract['demo.load'].input, { clients: 500 })).toBe('At most 200 clients')
  })

  it('names a field from its key when the table has no entry, so new schemas read well', () => {
    expect(wordsFor(['nextRaceName']).label).toBe('Race name')
    expect(wordsFor(['warmupSetCount']).label).toBe('Warmup set count')
    expect(wordsFor(['coolDownDistanceM']).label).toBe('Cool down distance')
    expect(wordsFor(['programId']).label).toBe('Program')
    expect(wordsFor(['steps', 2]).label).toBe('Step 3')
    expect(wordsFor([]).label).toBe('This')
  })

  it('is installed for schemas built anywhere, even straight from zod', () => {
    expect(z.number().min(3).safeParse(1).error?.issues[0]?.message).toBe('This must be at least 3')
    expect(
      plainMessage({
        code: 'custom',
        path: ['from'],
        input: '',
        params: { rule: 'date-min', bound: '1900-01-01' }
      } as never)
    ).toBe("Start can't be before 1900")
  })
})
