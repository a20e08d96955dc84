import type { z } from 'zod'

/**
 * The one error map: how every schema failure is worded for a person. Spotter's zod
 * (src/shared/zod.ts) installs it globally, so every schema in the contract, and every form
 * derived from one, speaks these words instead of zod's own ("Too small: expected number to
 * be >=0" becomes "Weekly distance can't be negative").
 *
 * Messages are built from the failing field's name: `fieldWords` says how a field is called
 * and, for numbers, in what unit its bounds read best. A field missing from the table is named
 * from its key ("nextRaceName" reads "Next race name"), so a new schema gets plain words
 * without an entry here; add one when the derived name reads badly.
 *
 * Rules that zod has no issue code for (date windows, duplicates, broken or blank text) are raised as
 * custom issues carrying `params.rule` and worded here too, so no schema writes its own text.
 */

/** How a field is called in a message, and what its numbers count or measure. */
export interface FieldWords {
  label: string
  /** Counted things, for "At most 20 sets". */
  noun?: string
  /**
   * The stored unit of a number, so a bound reads "1,000 km" rather than "1000000"; `height` is
   * stored in metres and typed in centimetres, so its bounds read in cm.
   */
  unit?: 'm' | 's' | 'kg' | 'lb' | 'height'
}

const fieldWords: Record<string, FieldWords> = {
  id: { label: 'Record' },
  email: { label: 'E-mail' },
  birthDate: { label: 'Birth date' },
  weeklyDistanceM: { label: 'Weekly distance', unit: 'm' },
  nextRaceName: { label: 'Race name' },
  nextRaceDate: { label: 'Race date' },
  nextRaceDistanceM: { label: 'Race distance', unit: 'm' },
  nextRaceTargetS: { label: 'Target time', unit: 's' },
  heightM: { label: 'Height', unit: 'height' },
  tags: { label: 'Tags', noun: 'tags' },
  since: { label: 'Start date' },
  resolvedOn: { label: 'Resolved date' },
  trainerName: { label: 'Your name' },
  logo: { label: 'Logo' },
  plateStepKg: { label: 'Plate step', unit: 'kg' },
  plateStepLb: { label: 'Plate step', unit: 'lb' },
  clients: { label: 'Clients', noun: 'clients' },
  primaryMuscles: { label: 'Primary muscles', noun: 'primary muscles' },
  secondaryMuscles: { label: 'Secondary muscles', noun: 'secondary muscles' },
  equipment: { label: 'Equipment', noun: 'kinds of equipment' },
  steps: { label: 'Steps', noun: 'steps' },
  cues: { label: 'Cues', noun: 'cues' },
  cautions: { label: 'Cautions', noun: 'body areas' },
  alternatives: { label: 'Alternatives', noun: 'alternatives' },
  workoutIds: { label: 'Workouts', noun: 'workouts' },
  logSheetWeeks: { label: 'Weeks of log sheets', noun: 'weeks' },
  logSheetFromWeek: { label: 'From week' },
  holdS: { label: 'Hold', unit: 's' },
  loadKg: { label: 'Load', unit: 'kg' },
  rpe: { label: 'RPE' },
  durationS: { label: 'Duration', unit: 's' },
  distanceM: { label: 'Distance', unit: 'm' },
  avgHr: { label: 'Heart rate' },
  sets: { label: 'Sets', noun: 'sets' },
  sessions: { label: 'Weeks', noun: 'weeks' },
  setsMin: { label: 'Sets', noun: 'sets' },
  setsMax: { label: 'Sets', noun: 'sets' },
  repsMin: { label: 'Reps', noun: 'reps' },
  repsMax: { label: 'Reps', noun: 'reps' },
  reps: { label: 'Reps', noun: 'reps' },
  holdMinS: { label: 'Hold', unit: 's' },
  holdMaxS: { label: 'Hold', unit: 's' },
  restMinS: { label: 'Rest', unit: 's' },
  restMaxS: { label: 'Rest', unit: 's' },
  weeks: { label: 'Length', noun: 'weeks' },
  kg: { label: 'Weight', unit: 'kg' },
  setOn: { label: 'Date' },
  from: { label: 'Start' },
  to: { label: 'End' },
  perSide: { label: 'Each side' },
  supersetGroup: { label: 'Superset' },
  kindId: { label: 'Measurement kind' },
  percentOf1RM: { label: '% of 1RM' },
  fromProgramId: { label: 'Source program' },
  backupKeep: { label: 'Number of backups' }
}

const unitTokens = new Set(['m', 's', 'kg', 'lb'])

/** "nextRaceName" → "Next race name"; a trailing unit ("distanceM") or "Id" is dropped. */
function wordsFromKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean)
  const tail = (): string => words[words.length - 1] as string
  while (words.length > 1 && (unitTokens.has(tail()) || tail() === 'id')) words.pop()
  const text = words.join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The last named key of a path: "sets.2.reps" → "reps", "steps.3" → "steps". */
function lastKey(path: readonly PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i]
    if (typeof part === 'string') return part
  }
  return undefined
}

const isIdKey = (key: string): boolean => key === 'id' || /[a-z]Ids?$/.test(key)

/** The words for the field at `path`: its last named key; list items are numbered ("Step 3"). */
export function wordsFor(path: readonly PropertyKey[]): FieldWords & { item?: number } {
  const last = path[path.length - 1]
  const key = lastKey(path)
  if (key === undefined) return { label: 'This' }
  const words = fieldWords[key] ?? { label: wordsFromKey(key) }
  if (typeof last === 'number') {
    const single = words.label.replace(/s$/, '')
    return { ...words, label: `${single} ${last + 1}`, noun: undefined, item: last }
  }
  return words
}

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 })

const counted = (n: number, unit: string): string => `${numberFormat.format(n)} ${unit}${n === 1 ? '' : 's'}`

/** A bound in the field's own terms: "1,000 km", "12 hours", "2.5 kg", or a plain number. */
function amount(value: number | bigint, words: FieldWords): string {
  const n = Number(value)
  if (words.noun) return `${numberFormat.format(n)} ${n === 1 ? words.noun.replace(/s$/, '') : words.noun}`
  switch (words.unit) {
    case 'm':
      return n >= 1000 ? `${numberFormat.format(n / 1000)} km` : `${numberFormat.format(n)} m`
    case 's':
      if (n >= 3600 && n % 3600 === 0) return counted(n / 3600, 'hour')
      if (n >= 60 && n % 60 === 0) return counted(n / 60, 'minute')
      return counted(n, 'second')
    case 'height':
      return `${numberFormat.format(Math.round(n * 100))} cm`
    case 'kg':
    case 'lb':
      return `${numberFormat.format(n)} ${words.unit}`
    default:
      return numberFormat.format(n)
  }
}

const lower = (label: string): string => (label === 'RPE' ? label : label.toLowerCase())

/** "Tags are", "Status is": a label that reads as a plural takes "are". */
const is = (label: string): string => `${label} ${/[^su]s$/.test(label) ? 'are' : 'is'}`

function typeMessage(issue: z.core.$ZodRawIssue, words: FieldWords, key: string | undefined): string {
  const expected = (issue as { expected?: string }).expected
  if (key === undefined && expected === 'object') return 'Send the details as named fields'
  if (issue.input === undefined || issue.input === null) return `${is(words.label)} required`
  if (key !== undefined && isIdKey(key)) return `${words.label} must be chosen from the saved ones`
  switch (expected) {
    case 'number':
      return 'Enter a number like 62.5'
    case 'int':
      return 'Enter a whole number like 8'
    case 'string':
      return `${words.label} must be text`
    case 'boolean':
      return `${words.label} must be yes or no`
    case 'array':
      return `${words.label} must be a list`
    case 'object':
      return key === undefined
        ? 'Send the details as named fields'
        : `${words.label} must be a group of fields`
    case 'null':
      return `${words.label} must be left empty`
    default:
      return `${words.label} has the wrong kind of value`
  }
}

function tooSmall(issue: z.core.$ZodIssueTooSmall, words: FieldWords, key: string | undefined): string {
  const { minimum, origin, inclusive } = issue
  const n = Number(minimum)
  if (key !== undefined && isIdKey(key) && origin !== 'array')
    return `${words.label} must be chosen from the saved ones`
  if (origin === 'string')
    return n <= 1 ? `${is(words.label)} required` : `${words.label} needs at least ${n} characters`
  if (origin === 'array') {
    // "At least one primary muscle" reads better than "At least 1 primary muscle".
    if (words.noun && n === 1) return `At least one ${words.noun.replace(/s$/, '')}`
    if (words.noun) return `At least ${amount(n, words)}`
    return `${words.label} needs at least ${n === 1 ? 'one entry' : `${n} entries`}`
  }
  if (n === 0) return inclusive ? `${words.label} can't be negative` : `${words.label} must be more than zero`
  if (words.noun) return inclusive ? `At least ${amount(n, words)}` : `More than ${amount(n, words)}`
  return inclusive
    ? `${words.label} must be at least ${amount(n, words)}`
    : `${words.label} must be more than ${amount(n, words)}`
}

function tooBig(issue: z.core.$ZodIssueTooBig, words: FieldWords, key: string | undefined): string {
  const { maximum, origin, inclusive } = issue
  const n = Number(maximum)
  if (key !== undefined && isIdKey(key) && origin !== 'array')
    return `${words.label} must be chosen from the saved ones`
  if (origin === 'string') return `${is(words.label)} at most ${numberFormat.format(n)} characters`
  if (origin === 'array') {
    return words.noun
      ? `At most ${amount(n, words)}`
      : `${words.label} can have at most ${n === 1 ? 'one entry' : `${n} entries`}`
  }
  if (words.noun) return inclusive ? `At most ${amount(n, words)}` : `Fewer than ${amount(n, words)}`
  return inclusive
    ? `${words.label} can be at most ${amount(n, words)}`
    : `${words.label} must be less than ${amount(n, words)}`
}

function formatMessage(issue: z.core.$ZodIssueInvalidStringFormat, words: FieldWords): string {
  switch (issue.format) {
    case 'date':
      return 'Not a real date'
    case 'email':
      return 'Enter an e-mail address like name@example.com'
    default:
      return `${words.label} isn't in the expected form`
  }
}

function choiceMessage(values: readonly unknown[], words: FieldWords): string {
  const shown = values.filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
  if (shown.length === 1) return `${words.label} must be ${String(shown[0])}`
  if (shown.length > 0 && shown.length <= 8) return `${words.label} must be one of: ${shown.join(', ')}`
  return `${words.label} isn't one of the choices`
}

/** Rules raised as custom issues with `params.rule`; each returns its words. */
function ruleMessage(params: Record<string, unknown>, words: FieldWords): string | undefined {
  switch (params.rule) {
    case 'date-min':
      return `${words.label} can't be before ${String(params.bound).slice(0, 4)}`
    case 'date-max':
      return `${words.label} can't be after ${String(params.bound).slice(0, 4)}`
    case 'date-order':
      return `${words.label} can't be before ${lower(String(params.after))}`
    case 'lone-surrogate':
      return `${words.label} has a broken character; type it again`
    case 'control-character':
      return `${words.label} has a hidden control character; remove it`
    case 'email':
      return 'Enter an e-mail address like name@example.com'
    case 'duplicate':
      return `${is(words.label)} already in the list`
    case 'required':
      return `${is(words.label)} required`
    case 'duration':
      return `Enter ${lower(words.label)} as h:mm:ss, like 3:29:59`
    default:
      return typeof params.message === 'string' ? params.message : undefined
  }
}

/** Whether a length or size issue measured what the field holds (and not a wrong-typed value). */
function originMatches(issue: z.core.$ZodRawIssue): boolean {
  const { origin, schema } = issue as { origin?: string; schema?: { _zod?: { def?: { type?: string } } } }
  // The schema that owns the check, where zod reports it: a string field sent a list.
  const owner = schema?._zod?.def?.type
  if (owner && origin && owner !== origin && !(owner === 'number' && origin === 'int')) return false
  const input: unknown = issue.input
  if (origin === 'array') return Array.isArray(input)
  if (origin === 'string') return typeof input === 'string'
  if (origin === 'number' || origin === 'int') return typeof input === 'number'
  return true
}

/**
 * Plain words for one schema failure. Installed as zod's global `customError`; a message a
 * schema gives explicitly still wins, and those are written in the same plain style.
 */
export function plainMessage(issue: z.core.$ZodRawIssue): string {
  const path = issue.path ?? []
  const words = wordsFor(path)
  const key = lastKey(path)
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue, words, key)
    case 'too_small':
    case 'too_big':
      // zod measures the length of whatever has one; a wrong type already has its own message.
      if (!originMatches(issue)) return `Check ${lower(words.label)}`
      return issue.code === 'too_small'
        ? tooSmall(issue as z.core.$ZodIssueTooSmall, words, key)
        : tooBig(issue as z.core.$ZodIssueTooBig, words, key)
    case 'invalid_format':
      return formatMessage(issue as z.core.$ZodIssueInvalidStringFormat, words)
    case 'not_multiple_of':
      return `${words.label} must be a multiple of ${(issue as z.core.$ZodIssueNotMultipleOf).divisor}`
    case 'unrecognized_keys': {
      const keys = (issue as z.core.$ZodIssueUnrecognizedKeys).keys
      return keys.length === 1
        ? `Spotter doesn't know a field called “${keys[0]}”`
        : `Spotter doesn't know the fields ${keys.map((k) => `“${k}”`).join(', ')}`
    }
    case 'invalid_value':
      return choiceMessage((issue as z.core.$ZodIssueInvalidValue).values, words)
    case 'invalid_union': {
      const union = issue as { discriminator?: string; options?: readonly unknown[] }
      if (union.discriminator) {
        // The issue sits on the discriminator ("load.kind"): name it after the object it picks.
        const owner = path[path.length - 1] === union.discriminator ? wordsFor(path.slice(0, -1)) : words
        return choiceMessage(union.options ?? [], { label: `${owner.label} ${union.discriminator}` })
      }
      return `${words.label} isn't one of the forms Spotter accepts`
    }
    case 'invalid_key':
    case 'invalid_element':
      return `${words.label} has an entry Spotter can't use`
    case 'custom':
      return (
        ruleMessage((issue as z.core.$ZodIssueCustom).params ?? {}, words) ?? `${words.label} isn't right`
      )
    default:
      return `${words.label} isn't right`
  }
}
