import { expect } from 'vitest'

/*
 * Vitest's asymmetric matchers are typed `any`, which the type-checked lint rules rightly refuse
 * to let spread into objects. These wrappers give each the type of the value it stands for.
 */

/** A string matching the pattern, inside toEqual/toMatchObject. */
export const textMatching = (pattern: RegExp): string => expect.stringMatching(pattern) as string

/** An array holding at least these items, in any order. */
export const arrayContaining = <T>(items: readonly T[]): T[] =>
  expect.arrayContaining<unknown>([...items]) as T[]

/** A number within 10^-digits / 2 of the expected one. */
export const numberCloseTo = (expected: number, digits: number): number =>
  expect.closeTo(expected, digits) as number
