import fc from 'fast-check'
import { z } from 'zod'
import { contract, type OperationName } from '../../src/shared/contract'

/**
 * Malformed inputs for any operation, derived from the contract itself: each operation's input
 * schema is read as JSON Schema, a plausible input is built from it (with ids that exist), and
 * one thing is then spoiled: a wrong type, a missing or unknown field, a huge, empty or broken
 * string, a bad number, an impossible date, or an id that is unknown or another client's. Every
 * spoiled input must be refused. A new operation gets all of this without new test code.
 */

/** The part of JSON Schema that zod emits for Spotter's inputs. */
export interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  items?: JsonSchema
  /** A tuple's members, in order (the client list's cursor). */
  prefixItems?: JsonSchema[]
  minItems?: number
  maxItems?: number
  uniqueItems?: boolean
  minLength?: number
  maxLength?: number
  pattern?: string
  format?: string
  enum?: unknown[]
  const?: unknown
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  default?: unknown
}

export type Path = Array<string | number>

/** The input schema of an operation as JSON Schema (the input side, so defaults are optional). */
export function inputSchemaOf(name: OperationName): JsonSchema {
  return z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema
}

/** Ids the generated inputs use: valid ones (the caller's client) and another client's. */
export interface IdSource {
  /** A valid id for a key ("clientId", "workoutIds", "id" of a "sessions.*" operation…). */
  valid: (key: string, operation: OperationName) => number
  /** Another client's id of the same kind, or undefined where ids are not owned by a client. */
  foreign: (key: string, operation: OperationName) => number | undefined
}

/** The key is an id, or a list of ids. */
export const isIdKey = (key: string | undefined): boolean => key !== undefined && /^(id|\w+Ids?)$/.test(key)

/** `anyOf [X, null]` read as X, remembering that null is allowed. */
function unwrap(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const options = schema.anyOf ?? schema.oneOf
  if (options) {
    const nonNull = options.filter((o) => o.type !== 'null')
    if (nonNull.length === 1 && nonNull.length < options.length) {
      return { schema: { ...(nonNull[0] as JsonSchema), default: schema.default }, nullable: true }
    }
  }
  return { schema, nullable: schema.type === 'null' }
}

/** The union members of a schema (a discriminated union of objects), or undefined. */
const membersOf = (schema: JsonSchema): JsonSchema[] | undefined => schema.anyOf ?? schema.oneOf

/** The JSON types a schema allows; undefined when it allows anything. */
function allowedTypes(schema: JsonSchema): Set<string> | undefined {
  const { schema: inner, nullable } = unwrap(schema)
  const types = new Set<string>()
  if (nullable) types.add('null')
  const members = membersOf(inner)
  if (members) {
    for (const member of members) {
      const memberTypes = allowedTypes(member)
      if (!memberTypes) return undefined
      memberTypes.forEach((t) => types.add(t))
    }
    return types
  }
  if (inner.type === undefined) {
    if (inner.const !== undefined) types.add(inner.const === null ? 'null' : typeof inner.const)
    else if (inner.enum) inner.enum.forEach((v) => types.add(v === null ? 'null' : typeof v))
    else return undefined
  }
  for (const type of [inner.type ?? []].flat()) types.add(type)
  return types
}

const letters = 'abcdefghijklmnopqrstuvwxyzëøłé'

/** Text that survives cleaning unchanged: starts with a letter, no invisible characters. */
function plainText(min: number, max: number): fc.Arbitrary<string> {
  const upper = Math.max(min, Math.min(max, 24))
  return fc
    .array(fc.constantFrom(...letters), { minLength: Math.max(1, min), maxLength: Math.max(1, upper) })
    .map((chars) => chars.join(''))
}

const dateArb = fc
  .integer({ min: 0, max: 320 })
  .map((day) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10))

/** A value that matches `schema`, as far as JSON Schema can say (refinements may still refuse it). */
export function validValue(
  schema: JsonSchema,
  key: string | undefined,
  operation: OperationName,
  ids: IdSource
): fc.Arbitrary<unknown> {
  const { schema: s, nullable } = unwrap(schema)
  const inner = innerValue(s, key, operation, ids)
  return nullable
    ? fc.oneof({ arbitrary: inner, weight: 3 }, { arbitrary: fc.constant(null), weight: 1 })
    : inner
}

function innerValue(
  s: JsonSchema,
  key: string | undefined,
  operation: OperationName,
  ids: IdSource
): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const)
  if (s.enum) return fc.constantFrom(...s.enum)
  const members = membersOf(s)
  if (members) return fc.oneof(...members.map((m) => validValue(m, key, operation, ids)))
  const type = [s.type ?? []].flat()[0]
  switch (type) {
    case 'object': {
      const model: Record<string, fc.Arbitrary<unknown>> = {}
      for (const [name, child] of Object.entries(s.properties ?? {}))
        model[name] = validValue(child, name, operation, ids)
      return fc.record(model, { requiredKeys: s.required ?? [] })
    }
    case 'array': {
      if (s.prefixItems)
        return fc.tuple(...s.prefixItems.map((member) => validValue(member, key, operation, ids)))
      const item = validValue(s.items ?? {}, key, operation, ids)
      const minLength = s.minItems ?? 0
      const maxLength = Math.max(minLength, Math.min(s.maxItems ?? 3, 3))
      return fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v).toLowerCase() })
    }
    case 'string': {
      if (s.format === 'date') return dateArb
      if (s.format === 'email') return fc.constant('ann@example.com')
      if (s.pattern) {
        const pattern = new RegExp(s.pattern)
        // Room for patterns that need long text (an upload id is 32 characters), within the bound.
        return fc
          .stringMatching(pattern, { maxLength: Math.min(s.maxLength ?? 64, 128) })
          .filter((v) => v.length <= (s.maxLength ?? Infinity) && v.length >= (s.minLength ?? 0))
      }
      return plainText(s.minLength ?? 0, s.maxLength ?? 24)
    }
    case 'integer':
    case 'number': {
      if (isIdKey(key)) return fc.constant(ids.valid(key as string, operation))
      const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 0)
      const max = Math.min(s.maximum ?? min + 100, min + 10_000)
      if (type === 'integer') return fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
      return fc.integer({ min: Math.ceil(min * 10), max: Math.floor(max * 10) }).map((n) => n / 10)
    }
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    default:
      return fc.constant({})
  }
}

/** One way of spoiling an input. `schemaLevel` ones fail the schema; the others fail in the service. */
export interface Mutation {
  kind:
    | 'wrong type'
    | 'missing field'
    | 'unknown field'
    | 'huge string'
    | 'empty string'
    | 'odd unicode'
    | 'bad number'
    | 'impossible date'
    | 'long list'
    | 'duplicate item'
    | 'unknown id'
    | 'foreign id'
  path: Path
  /** The value put there; `remove` deletes the key instead. */
  value?: unknown
  remove?: boolean
  schemaLevel: boolean
}

interface Slot {
  path: Path
  schema: JsonSchema
  value: unknown
  required: boolean
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Every place in `value` (and every absent optional field) with the schema it must match. */
function slotsOf(schema: JsonSchema, value: unknown, path: Path, required: boolean, out: Slot[]): Slot[] {
  out.push({ path, schema, value, required })
  let { schema: s } = unwrap(schema)
  const members = membersOf(s)
  if (members && isPlainObject(value)) {
    // A discriminated union: follow the member whose constant the value carries.
    const member = members.find((m) =>
      Object.entries(m.properties ?? {}).every(([k, p]) => p.const === undefined || p.const === value[k])
    )
    if (!member) return out
    s = member
  }
  if (isPlainObject(value) && s.properties) {
    for (const [key, child] of Object.entries(s.properties)) {
      const isRequired = s.required?.includes(key) ?? false
      if (key in value) slotsOf(child, value[key], [...path, key], isRequired, out)
      else out.push({ path: [...path, key], schema: child, value: undefined, required: isRequired })
    }
  }
  if (Array.isArray(value) && s.items) {
    value.forEach((item, i) => slotsOf(s.items as JsonSchema, item, [...path, i], true, out))
  }
  return out
}

const oddStrings = ['\uD800', 'Zo\uDC00e', 'a\u0000b', 'bell\u0007', 'csi\u009b', 'del\u007f', '\u0085next']
const impossibleDates = [
  '2026-02-30',
  '2026-13-01',
  '0001-01-01',
  '1899-12-31',
  '2100-01-01',
  '9999-12-31',
  '2026-1-5',
  '20261124',
  '2026-11-24T10:00:00Z'
]

/** The same item again; text comes back in another case with an invisible character, which still counts as the same. */
function lookAlike(item: unknown, itemSchema: JsonSchema): unknown {
  const freeText = typeof item === 'string' && !itemSchema.enum && !itemSchema.pattern && !itemSchema.format
  return freeText ? `${item.toUpperCase()}\u200b` : structuredClone(item)
}

/** Numbers the slot refuses: never-finite ones always, others by its bounds. */
function badNumbers(s: JsonSchema, integerOnly: boolean): number[] {
  const bad = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]
  if (integerOnly) bad.push(1.5)
  if (s.minimum !== undefined) bad.push(s.minimum - (integerOnly ? 1 : 0.5))
  if (s.exclusiveMinimum !== undefined) bad.push(s.exclusiveMinimum, s.exclusiveMinimum - 1)
  if ((s.minimum ?? s.exclusiveMinimum ?? -1) >= 0) bad.push(-1)
  if (s.maximum !== undefined) bad.push(s.maximum + 1)
  if (s.exclusiveMaximum !== undefined) bad.push(s.exclusiveMaximum)
  return [...new Set(bad)]
}

/** Does the string slot refuse an empty (or invisible-only) string? */
function refusesEmpty(s: JsonSchema): boolean {
  return (s.minLength ?? 0) >= 1 || (s.enum !== undefined && !s.enum.includes('')) || s.format !== undefined
}

/** Every way to spoil `base`, an input of `operation`, one thing at a time. */
export function mutationsOf(
  operation: OperationName,
  schema: JsonSchema,
  base: unknown,
  ids: IdSource
): Mutation[] {
  const mutations: Mutation[] = []
  const ownsClient = Boolean(schema.properties && 'clientId' in schema.properties)
  for (const slot of slotsOf(schema, base, [], true, [])) {
    const key = [...slot.path].reverse().find((p): p is string => typeof p === 'string')
    const { schema: s } = unwrap(slot.schema)
    const types = allowedTypes(slot.schema)
    const add = (kind: Mutation['kind'], value: unknown, schemaLevel = true): void => {
      mutations.push({ kind, path: slot.path, value, schemaLevel })
    }
    if (types) {
      const candidates: Array<[string, unknown]> = [
        ['string', 'text'],
        ['number', 12.5],
        ['boolean', true],
        ['null', null],
        ['array', []],
        ['object', {}]
      ]
      for (const [type, value] of candidates) {
        const allowed =
          types.has(type) || (type === 'number' && types.has('integer') && Number.isInteger(value))
        if (!allowed) add('wrong type', value)
      }
      if (types.has('integer') && !types.has('number')) add('wrong type', 7.25)
    }
    if (slot.required && typeof slot.path[slot.path.length - 1] === 'string' && slot.value !== undefined) {
      mutations.push({ kind: 'missing field', path: slot.path, remove: true, schemaLevel: true })
    }
    if (isPlainObject(slot.value) && s.additionalProperties === false) {
      for (const extra of ['status', 'zzUnknown', '__proto__', 'constructor']) {
        if (!Object.hasOwn(s.properties ?? {}, extra)) add('unknown field', { [extra]: 1 })
      }
    }
    if (types?.has('string')) {
      if (s.maxLength !== undefined) add('huge string', 'x'.repeat(s.maxLength + 1))
      else if (s.enum || s.format || s.pattern) add('huge string', 'x'.repeat(100_000))
      if (refusesEmpty(s)) {
        add('empty string', '')
        add('empty string', ' \u200b\u00ad\t ')
      }
      for (const odd of oddStrings) add('odd unicode', odd)
    }
    if (types?.has('number') || types?.has('integer')) {
      for (const n of badNumbers(s, !types.has('number'))) add('bad number', n)
    }
    if (s.format === 'date') for (const date of impossibleDates) add('impossible date', date)
    if (Array.isArray(slot.value) && s.items) {
      const values: unknown[] = slot.value
      const item: unknown =
        values[0] ?? fc.sample(validValue(s.items, key, operation, ids), { seed: 1, numRuns: 1 })[0]
      if (s.maxItems !== undefined)
        add(
          'long list',
          Array.from({ length: s.maxItems + 1 }, () => structuredClone(item))
        )
      if (s.uniqueItems && values.length > 0) add('duplicate item', [...values, lookAlike(item, s.items)])
    }
    if (isIdKey(key) && (types?.has('integer') || types?.has('number'))) {
      add('unknown id', 987_654_321, false)
      const foreign = ownsClient && key !== 'clientId' ? ids.foreign(key as string, operation) : undefined
      if (foreign !== undefined) add('foreign id', foreign, false)
    }
  }
  return mutations
}

/** `base` with one mutation applied (the base itself is left alone). */
export function applyMutation(base: unknown, mutation: Mutation): unknown {
  const copy = structuredClone(base)
  if (mutation.kind === 'unknown field') {
    const target = getAt(copy, mutation.path) as Record<string, unknown>
    for (const [k, v] of Object.entries(mutation.value as Record<string, unknown>)) {
      // An own "__proto__" key, as JSON.parse makes one, rather than a prototype change.
      Object.defineProperty(target, k, { value: v, enumerable: true, writable: true, configurable: true })
    }
    return copy
  }
  if (mutation.path.length === 0) return mutation.value
  const parent = getAt(copy, mutation.path.slice(0, -1)) as Record<string | number, unknown>
  const last = mutation.path[mutation.path.length - 1] as string | number
  if (mutation.remove) delete parent[last]
  else parent[last] = mutation.value
  return copy
}

function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, p) => (v as Record<string | number, unknown>)[p], value)
}

/**
 * Where an input schema leaves something unbounded or open: an object that would take unknown
 * keys, a string or list with no maximum, a number with no bounds. Empty for a hardened contract.
 */
export function looseEnds(schema: JsonSchema, path: Path = []): string[] {
  const found: string[] = []
  const where = path.join('.') || '(input)'
  const { schema: s } = unwrap(schema)
  for (const member of membersOf(s) ?? []) found.push(...looseEnds(member, path))
  const type = [s.type ?? []].flat()[0]
  if (type === 'object') {
    if (s.additionalProperties !== false) found.push(`${where}: takes unknown keys`)
    for (const [key, child] of Object.entries(s.properties ?? {}))
      found.push(...looseEnds(child, [...path, key]))
  }
  if (type === 'array') {
    if (s.maxItems === undefined) found.push(`${where}: a list with no maximum`)
    if (s.items) found.push(...looseEnds(s.items, [...path, 0]))
  }
  if (
    type === 'string' &&
    s.maxLength === undefined &&
    s.const === undefined &&
    !s.enum &&
    !s.format &&
    !s.pattern
  ) {
    found.push(`${where}: text with no maximum length`)
  }
  if (
    (type === 'number' || type === 'integer') &&
    s.const === undefined &&
    !s.enum &&
    (s.maximum === undefined || (s.minimum ?? s.exclusiveMinimum) === undefined)
  ) {
    found.push(`${where}: a number without both bounds`)
  }
  return found
}

/** Whole inputs that are not an object at all. */
export const nonObjectInputs: unknown[] = ['text', 7, true, null, [], [{}]]

/**
 * Arbitrary malformed inputs of one operation: a plausible base, then one of its mutations. The
 * kind of mutation is picked first, evenly, so the rarer kinds (ids, dates) are tried as often
 * as wrong types; then one mutation of that kind. Both picks are numbers, so fast-check can
 * shrink towards the first ones.
 */
export function malformedInput(
  operation: OperationName,
  ids: IdSource
): fc.Arbitrary<{ base: unknown; mutation: Mutation; input: unknown }> {
  const schema = inputSchemaOf(operation)
  return fc
    .tuple(validValue(schema, undefined, operation, ids), fc.nat(), fc.nat())
    .map(([base, kindPick, pick]) => {
      const byKind = new Map<Mutation['kind'], Mutation[]>()
      for (const m of mutationsOf(operation, schema, base, ids))
        byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m])
      const kinds = [...byKind.values()]
      const ofKind = kinds[kindPick % kinds.length] as Mutation[]
      const mutation = ofKind[pick % ofKind.length] as Mutation
      return { base, mutation, input: applyMutation(base, mutation) }
    })
}
