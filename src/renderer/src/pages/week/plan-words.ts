import type { DayOrder, Priority, QualityKind, RunKind } from '@shared/schemas/week-plan'

/** The words the week plan screens use for its choices, in one place. */
export const runKindLabels: Record<RunKind, string> = {
  rest: 'Rest',
  easy: 'Easy run',
  quality: 'Quality session',
  long: 'Long run',
  cross: 'Cross-training'
}

export const qualityKindLabels: Record<QualityKind, string> = {
  intervals: 'Intervals',
  tempo: 'Tempo',
  hills: 'Hills'
}

export const orderLabels: Record<DayOrder, string> = {
  run_first: 'Run first',
  lift_first: 'Lift first'
}

/** The client's priority as the trainer picks it. */
export const priorityOptions: ReadonlyArray<readonly [Priority, string]> = [
  ['running', 'Running'],
  ['strength', 'Strength'],
  ['balanced', 'Balanced']
]
