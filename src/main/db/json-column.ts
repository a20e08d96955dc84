/**
 * A JSON text column read back into the type it was written from. Spotter writes these columns
 * itself, from values the contract's schemas have already checked (tags, muscles, steps, cues),
 * so the store trusts them as it trusts its other columns; outside input is parsed with zod at
 * its own boundary (imports, the transports), never here.
 */
export function jsonColumn<T>(text: string): T {
  return JSON.parse(text) as T
}
