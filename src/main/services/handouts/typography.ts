const nbsp = '\u00a0'

/**
 * Glues numbers to their units and to "×", and "each side" to itself, so a narrow cell wraps
 * "3 × 8 each side" as "3 × 8 / each side" and never strands "kg" at the start of a line.
 */
export function keepNumbersWhole(text: string): string {
  return text
    .replace(/(\d) (?=(?:kg|lb|s|min|%|×)(?![\p{L}\d]))/gu, `$1${nbsp}`)
    .replace(/× (?=\d)/g, `×${nbsp}`)
    .replace(/each side/g, `each${nbsp}side`)
}
