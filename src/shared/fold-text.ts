/**
 * Lower-cases text and strips diacritics so "zoe" matches "Zoë" and "lukasz" matches "Łukasz".
 * Ł/ł and Ø/ø have no decomposition in Unicode, so they are mapped by hand.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[Łł]/g, 'l')
    .replace(/[Øø]/g, 'o')
    .toLowerCase()
}
