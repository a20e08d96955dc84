import { addMonths } from '@shared/dates'

/** The Progress tab's date ranges: presets counted back from today, all history, or custom dates. */
export type RangePreset = '3m' | '6m' | '1y' | 'all' | 'custom'

export const rangePresets: ReadonlyArray<[RangePreset, string]> = [
  ['3m', '3 months'],
  ['6m', '6 months'],
  ['1y', '1 year'],
  ['all', 'All'],
  ['custom', 'Custom']
]

/** The `from`/`to` a preset asks the store for; null means "from the first log" or "to today". */
export function rangeFor(
  preset: RangePreset,
  today: string,
  custom: { from: string; to: string }
): { from: string | null; to: string | null } {
  switch (preset) {
    case '3m':
      return { from: addMonths(today, -3), to: null }
    case '6m':
      return { from: addMonths(today, -6), to: null }
    case '1y':
      return { from: addMonths(today, -12), to: null }
    case 'all':
      return { from: null, to: null }
    default:
      return { from: custom.from || null, to: custom.to || null }
  }
}
