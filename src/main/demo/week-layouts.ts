/** What a client's week plan puts on a day. */
export type RunKind = 'rest' | 'easy' | 'quality' | 'long' | 'cross'

/**
 * Week layouts (Monday first) and their three strength days. A `lower` day has no quality or
 * long run on it or either side of it, so leg work fits there; an `upper` day is only clear of
 * the hard run on it and after it, so it takes upper-body work. Every layout keeps a full rest
 * day, so the demo's week plans pass every check of the app's own rules.
 */
export const weekLayouts: readonly {
  days: readonly RunKind[]
  strength: readonly { day: number; kind: 'lower' | 'upper' }[]
}[] = [
  {
    days: ['rest', 'quality', 'easy', 'rest', 'easy', 'long', 'rest'],
    strength: [
      { day: 2, kind: 'upper' },
      { day: 3, kind: 'lower' },
      { day: 6, kind: 'upper' }
    ]
  },
  {
    days: ['rest', 'easy', 'quality', 'easy', 'rest', 'long', 'rest'],
    strength: [
      { day: 0, kind: 'lower' },
      { day: 3, kind: 'upper' },
      { day: 6, kind: 'upper' }
    ]
  },
  {
    days: ['easy', 'quality', 'rest', 'easy', 'rest', 'long', 'rest'],
    strength: [
      { day: 2, kind: 'upper' },
      { day: 3, kind: 'lower' },
      { day: 6, kind: 'upper' }
    ]
  },
  {
    days: ['rest', 'easy', 'quality', 'cross', 'rest', 'long', 'easy'],
    strength: [
      { day: 0, kind: 'lower' },
      { day: 3, kind: 'upper' },
      { day: 6, kind: 'upper' }
    ]
  },
  {
    days: ['easy', 'rest', 'easy', 'quality', 'rest', 'long', 'rest'],
    strength: [
      { day: 0, kind: 'lower' },
      { day: 1, kind: 'lower' },
      { day: 6, kind: 'upper' }
    ]
  },
  {
    days: ['easy', 'rest', 'easy', 'rest', 'rest', 'long', 'rest'],
    strength: [
      { day: 0, kind: 'lower' },
      { day: 2, kind: 'lower' },
      { day: 3, kind: 'lower' }
    ]
  }
]
