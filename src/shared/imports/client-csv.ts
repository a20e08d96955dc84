import { isRealDate } from '../dates'
import { clientInputSchema, type ClientInput } from '../contract'
import { foldText } from '../fold-text'
import type { clientCsvFields } from '../operations/data'

export type ClientCsvField = (typeof clientCsvFields)[number]
export type ClientCsvMapping = Record<ClientCsvField, string | null>

/** Header words that usually mean each field, folded; the first column that matches is suggested. */
const headerHints: Record<ClientCsvField, string[]> = {
  name: ['name', 'full name', 'client', 'client name', 'athlete'],
  firstName: ['first name', 'firstname', 'given name', 'forename'],
  lastName: ['last name', 'lastname', 'surname', 'family name'],
  email: ['email', 'e mail', 'email address', 'mail'],
  phone: ['phone', 'mobile', 'telephone', 'phone number', 'cell'],
  birthDate: ['birth date', 'birthdate', 'date of birth', 'dob', 'birthday'],
  sex: ['sex', 'gender'],
  heightM: ['height', 'height cm', 'height m'],
  weeklyDistanceM: [
    'weekly distance',
    'weekly km',
    'weekly mileage',
    'km per week',
    'miles per week',
    'weekly distance km',
    'weekly distance mi'
  ],
  goals: ['goals', 'goal', 'objectives'],
  tags: ['tags', 'labels', 'groups'],
  notes: ['notes', 'note', 'comments', 'remarks']
}

const headerKey = (text: string): string =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** The mapping Spotter suggests from a CSV's header. */
export function suggestClientMapping(columns: string[]): ClientCsvMapping {
  const used = new Set<string>()
  const mapping = {} as ClientCsvMapping
  for (const [field, hints] of Object.entries(headerHints) as Array<[ClientCsvField, string[]]>) {
    const column = columns.find((c) => !used.has(c) && hints.includes(headerKey(c)))
    mapping[field] = column ?? null
    if (column) used.add(column)
  }
  return mapping
}

/** A date in the file's order (year-month-day, day/month/year or month/day/year) as ISO, or null. */
export function parseCsvDate(text: string, order: 'ymd' | 'dmy' | 'mdy'): string | null {
  const parts = text
    .trim()
    .split(/[-/.\s]+/)
    .map(Number)
  if (parts.length !== 3 || parts.some((p) => !Number.isInteger(p))) return null
  const [a, b, c] = parts as [number, number, number]
  const [y, m, d] = order === 'ymd' ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b]
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  return isRealDate(iso) ? iso : null
}

export interface ClientRowResult {
  row: number
  client?: ClientInput
  errors: Array<{ row: number; field: string; message: string }>
}

/**
 * One CSV row as a client: the mapped cells converted (dates in the chosen order, height in cm or
 * m, weekly distance in km or miles) and checked by the contract's own client schema, so a row is
 * refused for exactly the reasons the client form refuses it. `row` is the file's row number.
 */
export function clientFromRow(
  cells: string[],
  columns: string[],
  row: number,
  options: { mapping: ClientCsvMapping; dateFormat: 'ymd' | 'dmy' | 'mdy'; distanceUnit: 'km' | 'mi' }
): ClientRowResult {
  const errors: ClientRowResult['errors'] = []
  const cell = (field: ClientCsvField): string => {
    const column = options.mapping[field]
    const index = column === null ? -1 : columns.indexOf(column)
    return index < 0 ? '' : (cells[index] ?? '').trim()
  }
  const fail = (field: string, message: string): null => {
    errors.push({ row, field, message })
    return null
  }
  const joined = [cell('firstName'), cell('lastName')].filter(Boolean).join(' ')
  const name = cell('name') || joined
  const birthText = cell('birthDate')
  const birthDate = birthText
    ? (parseCsvDate(birthText, options.dateFormat) ??
      fail('birthDate', `“${birthText}” is not a date in the chosen format`))
    : null
  const sexText = foldText(cell('sex'))
  const sex = !sexText
    ? null
    : ['f', 'female', 'w', 'woman'].includes(sexText)
      ? 'female'
      : ['m', 'male', 'man'].includes(sexText)
        ? 'male'
        : ['x', 'other', 'non binary', 'nonbinary', 'diverse'].includes(sexText)
          ? 'other'
          : fail('sex', `“${cell('sex')}” is not female, male or other`)
  const numberOf = (field: ClientCsvField): number | null => {
    const text = cell(field)
      .replace(/[a-z\s]+$/i, '')
      .replace(',', '.')
    if (!text) return null
    const value = Number(text)
    return Number.isFinite(value) ? value : fail(field, `“${cell(field)}” is not a number`)
  }
  const height = numberOf('heightM')
  const distance = numberOf('weeklyDistanceM')
  const candidate = {
    name,
    email: cell('email') || null,
    phone: cell('phone') || null,
    birthDate,
    sex,
    heightM: height === null ? null : height > 3 ? height / 100 : height,
    weeklyDistanceM:
      distance === null ? null : Math.round(distance * (options.distanceUnit === 'mi' ? 1609.344 : 1000)),
    goals: cell('goals'),
    tags: cell('tags')
      .split(/[;,|]/)
      .map((t) => t.trim())
      .filter(Boolean),
    notes: cell('notes')
  }
  if (errors.length > 0) return { row, errors }
  const parsed = clientInputSchema.safeParse(candidate)
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      errors.push({ row, field: issue.path.join('.') || 'name', message: issue.message })
    return { row, errors }
  }
  return { row, client: parsed.data, errors }
}
