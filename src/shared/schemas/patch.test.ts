import { describe, expect, it } from 'vitest'
import { z } from '../zod'
import { patchOf } from './patch'

describe('patchOf', () => {
  it('keeps fields the patch leaves out absent instead of filling defaults', () => {
    const schema = z.object({ name: z.string().default('x'), size: z.number().nullable().default(null) })
    expect(patchOf(schema).parse({ size: 3 })).toEqual({ size: 3 })
    expect(patchOf(schema).safeParse({ size: 'big' }).success).toBe(false)
  })
})
