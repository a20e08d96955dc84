/**
 * Lower-cases text and strips diacritics so "zoe" matches "Zoë" and "lukasz" matches "Łukasz".
 * Ł/ł and Ø/ø have no decomposition in Unicode, so they are mapped by hand. Invisible format
 * characters (zero-width spaces and joiners) are dropped and runs of spaces count as one, so
 * "Calf\u200b" and "calf" fold to the same text: names are compared on this form for uniqueness.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}|\p{Cf}/gu, '')
    .replace(/[Łł]/g, 'l')
    .replace(/[Øø]/g, 'o')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}
