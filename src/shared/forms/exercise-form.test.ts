import { describe, expect, it } from 'vitest'
import { exerciseFormSchema, exerciseFormValues } from './exercise-form'

/** Each field's first message, as the form shows it beside the field. */
function errorsOf(values: unknown): Record<string, string> {
  const errors: Record<string, string> = {}
  const result = exerciseFormSchema.safeParse(values)
  for (const issue of result.error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message
  return errors
}

describe('exercise form schema', () => {
  it('reads steps and cues one per line, skipping blank ones, and drops the alternatives’ names', () => {
    const parsed = exerciseFormSchema.parse({
      ...exerciseFormValues(undefined),
      name: ' Banded walk ',
      primaryMuscles: ['glute medius'],
      steps: 'Loop a band.\n\n  Step sideways.  \n',
      cues: 'Toes forward',
      alternatives: [{ kind: 'easier', exerciseId: 7, name: 'Clamshell' }]
    })
    expect(parsed).toMatchObject({
      name: 'Banded walk',
      steps: ['Loop a band.', 'Step sideways.'],
      cues: ['Toes forward'],
      alternatives: [{ kind: 'easier', exerciseId: 7 }]
    })
  })

  it('shows every mistake at once in the contract’s words', () => {
    expect(
      errorsOf({
        ...exerciseFormValues(undefined),
        steps: 'x'.repeat(501),
        alternatives: [
          { kind: 'easier', exerciseId: 7, name: 'Clamshell' },
          { kind: 'harder', exerciseId: 7, name: 'Clamshell' }
        ]
      })
    ).toEqual({
      name: 'Name is required',
      primaryMuscles: 'At least one primary muscle',
      steps: 'Step 1 is at most 500 characters',
      alternatives: 'Alternative 2 is already in the list'
    })
  })

  it('gives a stored exercise back as it was', () => {
    const stored = {
      id: 3,
      builtinKey: null,
      archived: false,
      name: 'Step-up',
      category: 'lower' as const,
      pattern: 'lunge' as const,
      equipment: ['box' as const],
      primaryMuscles: ['quads' as const],
      secondaryMuscles: [],
      unilateral: true,
      steps: ['Step up.', 'Step down.'],
      cues: [],
      cautions: ['knee' as const],
      runnerBenefit: '',
      alternatives: [{ kind: 'substitute' as const, exerciseId: 9, name: 'Lunge' }]
    }
    const { id: _id, builtinKey: _key, archived: _archived, ...body } = stored
    expect(exerciseFormSchema.parse(exerciseFormValues(stored))).toEqual({
      ...body,
      alternatives: [{ kind: 'substitute', exerciseId: 9 }]
    })
  })
})
