import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import { contract, type ErrorCode, type OperationName, type Output } from '@shared/contract'
import {
  applyMutation,
  inputSchemaOf,
  looseEnds,
  malformedInput,
  mutationsOf,
  nonObjectInputs,
  validValue,
  type IdSource,
  type Mutation
} from '../../test/support/malformed-inputs'
import { dispatchAsync } from './dispatch'
import type { Handlers } from './services'
import { checksumTables, expectOk, useTestStore } from '../../test/support/test-store'

/**
 * Property-based attack on every operation of the contract, driven by the contract itself:
 * malformed inputs of every kind (test/support/malformed-inputs.ts) against a real store with
 * two clients, A and B, each with a program, sessions, runs, measurements, injuries and maxes.
 * Inputs use A's ids; "foreign" ones slip in one of B's. Every input must get a typed refusal
 * with a field, nothing may throw, and every table's checksum must stay as it was.
 *
 * Deterministic (a fixed seed) and sized by SPOTTER_FUZZ_RUNS (inputs per operation).
 */

const seed = 14
const runsPerOperation = Number(process.env.SPOTTER_FUZZ_RUNS ?? 100)
const refusalCodes: ReadonlySet<ErrorCode> = new Set(['validation', 'not_found', 'conflict'])
const rawWording = /expected|too big|too small|invalid input|SQLITE|undefined|\[object/i

let db: Database
let handlers: Handlers
let ids: IdSource

const stats = { tried: 0, accepted: [] as string[], threw: 0, byKind: new Map<string, number>() }

interface Owned {
  clientId: number
  programId: number
  workoutId: number
  prescriptionId: number
  exerciseId: number
  sessionId: number
  runId: number
  measurementId: number
  injuryId: number
}

/** One client with a record of every kind, all through the contract. */
function clientWithEverything(handlersOf: Handlers, name: string, templateId: number): Owned {
  const ok = <N extends OperationName>(op: N, input: unknown): Output<N> => expectOk(handlersOf, op, input)
  const clientId = ok('clients.create', { name }).id
  const program = ok('programs.create', {
    clientId,
    fromProgramId: templateId,
    name: 'Block',
    status: 'active'
  })
  const workout = program.workouts[0]!
  const prescription = workout.prescriptions[0]!
  const session = ok('sessions.save', {
    clientId,
    workoutId: workout.id,
    date: '2026-11-20',
    sets: [{ exerciseId: prescription.exerciseId, prescriptionId: prescription.id, reps: 8, loadKg: 60 }]
  })
  const run = ok('runs.save', {
    clientId,
    date: '2026-11-21',
    kind: 'easy',
    distanceM: 8000,
    durationS: 2700
  })
  const kindId = ok('measurements.kinds', {})[0]!.id
  const measurement = ok('measurements.save', { clientId, kindId, date: '2026-11-21', value: 61.5 })
  const injury = ok('injuries.add', {
    clientId,
    bodyArea: 'knee',
    note: '',
    since: '2026-10-01',
    resolvedOn: null
  })
  ok('maxes.set', { clientId, exerciseId: prescription.exerciseId, kg: 100, setOn: '2026-11-01' })
  return {
    clientId,
    programId: program.id,
    workoutId: workout.id,
    prescriptionId: prescription.id,
    exerciseId: prescription.exerciseId,
    sessionId: session.id,
    runId: run.id,
    measurementId: measurement.id,
    injuryId: injury.id
  }
}

/** What a bare `id` names, by the operation's group. */
const idOfGroup: Record<string, keyof Owned> = {
  clients: 'clientId',
  injuries: 'injuryId',
  programs: 'programId',
  workouts: 'workoutId',
  prescriptions: 'prescriptionId',
  sessions: 'sessionId',
  runs: 'runId',
  measurements: 'measurementId'
}

/** Keys whose ids belong to a client, so another client's one is foreign. */
const ownedKeys: Record<string, keyof Owned> = {
  workoutId: 'workoutId',
  prescriptionId: 'prescriptionId',
  programId: 'programId',
  sessionId: 'sessionId'
}

useTestStore('2026-11-24T10:00:00.000Z', (store) => ({ db, handlers } = store), 'file')

beforeAll(() => {
  const templates = expectOk(handlers, 'templates.list', {})
  const templateId = templates.find((t) => t.builtinKey === 'runner-lower-body')!.id
  const a = clientWithEverything(handlers, 'Ann', templateId)
  const b = clientWithEverything(handlers, 'Bea', templateId)
  const customExercise = expectOk(handlers, 'exercises.create', {
    name: 'Wall sit',
    category: 'lower',
    pattern: 'squat',
    equipment: [],
    primaryMuscles: ['quads'],
    secondaryMuscles: [],
    unilateral: false,
    steps: [],
    cues: [],
    cautions: [],
    runnerBenefit: ''
  }).id
  const kindId = expectOk(handlers, 'measurements.kinds', {})[0]!.id
  const groupOf = (operation: OperationName): string => operation.split('.')[0] as string
  ids = {
    valid: (key, operation) => {
      if (key === 'id') {
        if (groupOf(operation) === 'exercises') return customExercise
        if (groupOf(operation) === 'templates') return templateId
        return a[idOfGroup[groupOf(operation)] ?? 'clientId']
      }
      if (key === 'kindId') return kindId
      if (key === 'fromProgramId') return templateId
      if (key === 'workoutIds') return a.workoutId
      const owned =
        (key.replace(/s$/, '') as keyof Owned) in a ? (key.replace(/s$/, '') as keyof Owned) : undefined
      return owned ? a[owned] : a.clientId
    },
    foreign: (key, operation) => {
      if (key === 'id') {
        const group = idOfGroup[groupOf(operation)]
        return group && group !== 'clientId' ? b[group] : undefined
      }
      const owned = ownedKeys[key]
      return owned ? b[owned] : undefined
    }
  }
})

afterAll(() => {
  const kinds = [...stats.byKind.entries()].map(([kind, n]) => `${kind} ${n}`).join(', ')
  console.log(
    `Contract fuzz (seed ${seed}): ${stats.tried} malformed inputs over ${Object.keys(contract).length} operations; ` +
      `${stats.accepted.length} accepted that should not have been; ${stats.threw} threw. By kind: ${kinds}.`
  )
})

/** Runs one malformed input and asserts a typed refusal with a field, in plain words. */
async function expectRefused(name: OperationName, input: unknown, label: string): Promise<void> {
  stats.tried++
  stats.byKind.set(label, (stats.byKind.get(label) ?? 0) + 1)
  let result
  try {
    result = await dispatchAsync(handlers, name, input)
  } catch (error) {
    stats.threw++
    throw error
  }
  if (result.ok) {
    stats.accepted.push(`${name} ${label}: ${JSON.stringify(input)?.slice(0, 300)}`)
    throw new Error(`${name} accepted a malformed input (${label})`)
  }
  expect(refusalCodes.has(result.error.code), `${result.error.code}: ${result.error.message}`).toBe(true)
  expect(typeof result.error.field).toBe('string')
  expect(result.error.message.length).toBeGreaterThan(0)
  expect(result.error.message).not.toMatch(rawWording)
}

const operations = Object.keys(contract).sort() as OperationName[]
const lists = new Set(operations.filter((name) => contract[name].output.def.type === 'array'))

describe('every operation refuses malformed input', () => {
  it.each(operations)('%s', { timeout: 120_000 }, async (name) => {
    const before = checksumTables(db)
    for (const input of nonObjectInputs) await expectRefused(name, input, 'not an object')
    await fc.assert(
      fc.asyncProperty(malformedInput(name, ids), async ({ input, mutation }) => {
        await expectRefused(name, input, mutation.kind)
        if (lists.has(name) && (mutation.kind === 'unknown id' || mutation.kind === 'foreign id')) {
          await expectListParentMissing(name, input, mutation)
        }
      }),
      { seed, numRuns: runsPerOperation, endOnFailure: true }
    )
    // Every unknown and foreign id of a few bases, not left to chance: these reach the services.
    const schema = inputSchemaOf(name)
    for (const base of fc.sample(validValue(schema, undefined, name, ids), { seed, numRuns: 3 })) {
      for (const mutation of mutationsOf(name, schema, base, ids)) {
        if (mutation.kind !== 'unknown id' && mutation.kind !== 'foreign id') continue
        const input = applyMutation(base, mutation)
        await expectRefused(name, input, mutation.kind)
        if (lists.has(name)) await expectListParentMissing(name, input, mutation)
      }
    }
    expect(checksumTables(db), `${name} changed the store while refusing`).toBe(before)
  })
})

/** A list whose parent does not exist answers not_found, never an empty list. */
async function expectListParentMissing(
  name: OperationName,
  input: unknown,
  mutation: Mutation
): Promise<void> {
  if (mutation.kind !== 'unknown id' || contract[name].input.safeParse(input).success === false) return
  const result = await dispatchAsync(handlers, name, input)
  expect(result.ok ? 'ok' : result.error.code, `${name} with ${mutation.path.join('.')} unknown`).toBe(
    'not_found'
  )
}

describe('the fuzz suite covers the contract', () => {
  it('derives inputs for every operation, and finds no loose end in any of them', () => {
    for (const name of operations) expect(inputSchemaOf(name).type, name).toBe('object')
    const loose = operations.flatMap((name) =>
      looseEnds(inputSchemaOf(name)).map((where) => `${name} ${where}`)
    )
    expect(loose).toEqual([])
  })

  it('spoils bases that mostly pass their schema, so the services’ own checks are reached', () => {
    // A sanity check on the generator: if bases were garbage, service-level checks (unknown and
    // foreign ids) would never be reached. Counted over every operation with required fields.
    let valid = 0
    let total = 0
    for (const name of operations) {
      for (const { base } of fc.sample(malformedInput(name, ids), { seed, numRuns: 10 })) {
        total++
        if (contract[name].input.safeParse(base).success) valid++
      }
    }
    console.log(`Contract fuzz: ${valid} of ${total} generated bases pass their schema before being spoiled.`)
    expect(valid / total).toBeGreaterThan(0.6)
  })
})
