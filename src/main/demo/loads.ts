export interface LoadProfile {
  /** Working load (kg) of an average client in their first session. */
  base: number
  /** The smallest sensible jump, and the lightest load that exists (an empty bar, a small dumbbell). */
  step: number
  min: number
}

/** Starting loads per built-in exercise; exercises missing here are bodyweight unless prescribed a load. */
export const loadProfiles: Record<string, LoadProfile> = {
  'barbell-back-squat': { base: 50, step: 2.5, min: 20 },
  'barbell-glute-bridge': { base: 60, step: 5, min: 20 },
  'hip-thrust': { base: 60, step: 5, min: 20 },
  deadlift: { base: 70, step: 5, min: 20 },
  'goblet-squat': { base: 16, step: 2, min: 6 },
  'box-squat': { base: 14, step: 2, min: 4 },
  'dumbbell-forward-lunge': { base: 10, step: 2, min: 4 },
  'walking-lunge': { base: 10, step: 2, min: 4 },
  'bulgarian-split-squat': { base: 10, step: 2, min: 4 },
  'split-squat': { base: 10, step: 2, min: 4 },
  'step-up': { base: 10, step: 2, min: 4 },
  'lateral-lunge': { base: 8, step: 2, min: 4 },
  'dumbbell-single-leg-romanian-deadlift': { base: 14, step: 2, min: 6 },
  'dumbbell-romanian-deadlift': { base: 18, step: 2, min: 6 },
  'calf-raise': { base: 14, step: 2, min: 4 },
  'single-leg-calf-raise': { base: 8, step: 2, min: 2 },
  'dumbbell-bench-press': { base: 16, step: 2, min: 4 },
  'bent-over-dumbbell-row': { base: 18, step: 2, min: 6 },
  'dumbbell-shoulder-press': { base: 12, step: 2, min: 4 },
  'lat-pulldown': { base: 40, step: 2.5, min: 10 },
  'suitcase-carry': { base: 20, step: 2, min: 8 }
}
export const genericLoad: LoadProfile = { base: 10, step: 2, min: 2 }
