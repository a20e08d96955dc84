import { foldText } from '../fold-text'

/** A library exercise as the matcher needs it. */
export interface MatchCandidate {
  id: number
  name: string
  equipment: readonly string[]
}

/** Words other apps use for the same thing, and words joined in one app and split in another. */
const synonyms: Record<string, string> = {
  db: 'dumbbell',
  dumbbells: 'dumbbell',
  bb: 'barbell',
  kb: 'kettlebell',
  bw: 'bodyweight',
  rdl: 'romanian deadlift',
  sldl: 'single leg deadlift',
  ohp: 'overhead press',
  military: 'overhead',
  calves: 'calf'
}
const joined: Array<[RegExp, string]> = [
  [/\bpull ups?\b/g, 'pullup'],
  [/\bpush ups?\b/g, 'pushup'],
  [/\bchin ups?\b/g, 'chinup'],
  [/\bstep ups?\b/g, 'stepup'],
  [/\bsit ups?\b/g, 'situp'],
  [/\bsingle leg\b/g, 'singleleg'],
  [/\bone leg\b/g, 'singleleg']
]

/** The words of an exercise name, folded, singular, with synonyms resolved. */
export function nameTokens(name: string): Set<string> {
  let text = foldText(name).replace(/[^a-z0-9]+/g, ' ')
  text = text
    .split(' ')
    .map((word) => synonyms[word] ?? word)
    .join(' ')
  for (const [pattern, word] of joined) text = text.replace(pattern, word)
  const words = text
    .split(' ')
    .filter(Boolean)
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
  return new Set(words)
}

const equipmentWords = new Set([
  'barbell',
  'dumbbell',
  'kettlebell',
  'machine',
  'cable',
  'band',
  'bodyweight',
  'smith'
])

/**
 * How alike an imported name and a library exercise are, from 0 to 1 (Dice's coefficient over
 * their words). The library's equipment counts as part of its name only when the imported name
 * mentions equipment, so "Deadlift (Barbell)" matches "Deadlift" done with a barbell.
 */
export function matchScore(imported: Set<string>, candidate: MatchCandidate): number {
  const words = nameTokens(candidate.name)
  for (const item of candidate.equipment) {
    for (const token of nameTokens(item))
      if (imported.has(token) && equipmentWords.has(token)) words.add(token)
  }
  let shared = 0
  for (const word of imported) if (words.has(word)) shared++
  return (2 * shared) / (imported.size + words.size || 1)
}

/** Below this, a name is left for the trainer to map by hand. */
export const matchThreshold = 0.75

/**
 * The library exercise an imported name most likely means, or null when none is close enough or
 * two are equally close (the trainer then decides).
 */
export function bestMatch(
  name: string,
  candidates: readonly MatchCandidate[]
): { id: number; name: string; score: number } | null {
  const tokens = nameTokens(name)
  let best: { id: number; name: string; score: number } | null = null
  let tie = false
  for (const candidate of candidates) {
    const score = matchScore(tokens, candidate)
    if (!best || score > best.score) {
      best = { id: candidate.id, name: candidate.name, score }
      tie = false
    } else if (score === best.score) tie = true
  }
  if (!best || best.score < matchThreshold || tie) return null
  return best
}

/** Cardio that belongs in the run log rather than in a strength session. */
export function cardioKind(name: string): 'run' | 'cross' | null {
  const words = nameTokens(name)
  if (['running', 'run', 'jog', 'jogging', 'treadmill'].some((w) => words.has(w))) return 'run'
  if (
    [
      'cycling',
      'bike',
      'biking',
      'rowing',
      'rower',
      'elliptical',
      'swimming',
      'swim',
      'stairmaster',
      'spinning'
    ].some((w) => words.has(w))
  ) {
    return 'cross'
  }
  return null
}
