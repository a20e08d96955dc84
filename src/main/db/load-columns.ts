import type { Load } from '@shared/schemas/program'

/*
 * A prescription's load is stored in three columns: load_kind, and load_value for numbers or
 * load_band for a band's colour. These two functions are the only place that knows the split.
 */

/** The three load columns of a prescription as the named parameters an insert or update binds. */
export function loadColumns(load: Load): {
  loadKind: Load['kind']
  loadValue: number | null
  loadBand: string | null
} {
  return {
    loadKind: load.kind,
    loadValue: 'value' in load && typeof load.value === 'number' ? load.value : null,
    loadBand: load.kind === 'band' ? load.value : null
  }
}

/** A load read back from its three columns; an unknown kind reads as no load. */
export function loadFromColumns(kind: Load['kind'], value: number | null, band: string | null): Load {
  switch (kind) {
    case 'kg':
    case 'percent1rm':
    case 'rpe':
      return { kind, value: value ?? 0 }
    case 'band':
      return { kind: 'band', value: band ?? '' }
    case 'bodyweight':
      return { kind: 'bodyweight' }
    default:
      return { kind: 'none' }
  }
}
