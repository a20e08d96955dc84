import { cleanText, hasControlCharacter, hasLoneSurrogate } from '../clean-text'
import { earliestDate, latestDate } from '../date-window'
import { foldText } from '../fold-text'
import { z } from '../zod'

/**
 * The building blocks every input schema is made of, so each rule is written once and a new
 * operation gets it by using them:
 *
 * - objects: `z.strictObject` (refuses unknown keys, naming them);
 * - `id`: a stored row's id; `position`: a place in an ordered list, zero or more;
 * - `text` / `line` / `notes`: strings cleaned as clean-text.ts describes, then length-checked;
 * - `email`: a cleaned line that must be an e-mail address;
 * - `isoDate`: a real calendar day between 1900 and 2099 (date-window.ts);
 *   rules against the clock ("not in the future") are the services' (they own the clock);
 * - `uniqueList`: a bounded list that refuses an item twice (text compared folded, so "Calf"
 *   and "calf\u200b" are the same item); JSON Schema shows it as `uniqueItems`;
 * - `dateOrder`: a refinement that keeps one date on or after another.
 *
 * Messages come from the one error map (error-map.ts): rules here raise issues with
 * `params.rule` and no text of their own.
 */

/** A stored row's id: a whole number above zero. */
export const id = z.number().int().positive()

/** A place in an ordered list, counted from zero; a larger one than the list means "at the end". */
export const position = z.number().int().min(0).max(10_000)

interface TextOptions {
  /** Longest length after cleaning. */
  max: number
  /** 1 for a required field. */
  min?: number
  /** Keeps tabs and line breaks (notes); otherwise they become spaces. */
  multiline?: boolean
}

/** Text as Spotter stores it: broken or control characters refused, the rest cleaned, then measured. */
export function text({ max, min = 0, multiline = false }: TextOptions) {
  const cleaned = z
    .string()
    .refine((s) => !hasLoneSurrogate(s), { params: { rule: 'lone-surrogate' }, abort: true })
    .refine((s) => !hasControlCharacter(s), { params: { rule: 'control-character' }, abort: true })
    .overwrite((s) => cleanText(s, multiline))
  return min > 0 ? cleaned.min(min).max(max) : cleaned.max(max)
}

/** One line of text; `required` refuses an empty (or only invisible) one. */
export function line(max: number, required = false) {
  return text({ max, min: required ? 1 : 0 })
}

/** Free notes over several lines. */
export function notes(max: number) {
  return text({ max, multiline: true })
}

/**
 * An e-mail address, cleaned like any line first so a pasted trailing space is no mistake;
 * `allowEmpty` accepts "" for "none" (settings keep text, not null).
 */
export function email(allowEmpty = false) {
  return line(254).refine((s) => (allowEmpty && s === '') || z.regexes.email.test(s), {
    params: { rule: 'email' }
  })
}

/**
 * A real calendar day (YYYY-MM-DD) within the plausible window of date-window.ts. One schema
 * shared by every date field: schemas are immutable, so `.nullable()` and the like make new ones.
 */
export const isoDate = z.iso
  // A day that is not real stops here, so it reads "Not a real date" and nothing else.
  .date({ abort: true })
  .refine((d) => d >= earliestDate, { params: { rule: 'date-min', bound: earliestDate }, abort: true })
  .refine((d) => d <= latestDate, { params: { rule: 'date-max', bound: latestDate } })

/** What makes two list items the same: folded text, or the value itself. */
function sameness(item: unknown): unknown {
  return typeof item === 'string' ? foldText(item) : item
}

/**
 * A list of at most `max` items in which each appears once; the second copy is refused at its
 * own index. `key` says what makes two items the same (for objects, e.g. an exercise id).
 */
export function uniqueList<T extends z.ZodType>(
  item: T,
  max: number,
  key: (item: z.output<T>) => unknown = sameness
) {
  return z
    .array(item)
    .max(max)
    .meta({ uniqueItems: true })
    .superRefine((items, ctx) => {
      const seen = new Set<unknown>()
      items.forEach((value, index) => {
        const k = key(value)
        if (seen.has(k))
          ctx.addIssue({ code: 'custom', path: [index], params: { rule: 'duplicate' }, input: value })
        seen.add(k)
      })
    })
}

/**
 * A refinement keeping `later` on or after `earlier` when both are set, e.g. an injury resolved
 * before it began. The issue lands on `later`.
 */
export function dateOrder<K extends string>(earlier: K, later: K, earlierWords: string) {
  return (value: Partial<Record<K, string | null>>, ctx: z.core.$RefinementCtx<unknown>): void => {
    const from = value[earlier]
    const to = value[later]
    if (from && to && to < from) {
      ctx.addIssue({
        code: 'custom',
        path: [later],
        params: { rule: 'date-order', after: earlierWords },
        input: to
      })
    }
  }
}
