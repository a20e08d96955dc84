import { z } from '../zod'

type Undefaulted<S extends z.ZodRawShape> = {
  [K in keyof S]: S[K] extends z.ZodDefault<infer Inner> ? Inner : S[K]
}

/**
 * The schema of a partial update: every field optional and, unlike `.partial()`, with the
 * defaults removed, so a field the patch leaves out stays as stored instead of being reset.
 * Like every input object it refuses keys the schema does not know.
 */
export function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      field instanceof z.ZodDefault ? field.unwrap() : field
    ])
  ) as Undefaulted<S>
  return z.strictObject(shape).partial()
}
