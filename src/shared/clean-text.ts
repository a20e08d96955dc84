/**
 * What Spotter does to every piece of text before it is stored, so that text which looks alike
 * is stored alike: "Calf" typed, pasted from a web page with a zero-width space, or composed
 * from "e" + combining accent all end up as the same characters.
 *
 * - Lone UTF-16 surrogates (half of an emoji, left by broken copy and paste) are refused: they
 *   cannot be stored faithfully and would come back as "�".
 * - C0 and C1 control characters (other than tab and line breaks) are refused: nothing a person
 *   types produces them, so they signal a bug or an attack rather than a name.
 * - Invisible format characters are removed: zero-width spaces, word joiners, byte-order marks,
 *   soft hyphens and the bidirectional overrides that can make text display in another order.
 *   Zero-width (non-)joiners stay, because emoji sequences and several scripts need them; the
 *   folded form used for comparisons ignores them (see fold-text.ts).
 * - The result is NFC-normalised and trimmed. Single-line text turns tabs and line breaks into
 *   spaces; multi-line text keeps them, with every line break as "\n".
 */

/** A high surrogate not followed by a low one, or a low surrogate without a high one before it. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

// Built from code points so the source file itself holds no invisible characters.
const range = (from: number, to: number): string =>
  `\\u${from.toString(16).padStart(4, '0')}-\\u${to.toString(16).padStart(4, '0')}`

/** Control characters other than tab (9), line feed (10) and carriage return (13). */
const controlCharacter = new RegExp(`[${range(0, 8)}${range(11, 12)}${range(14, 31)}${range(127, 159)}]`)

/** Invisible characters with no place in a name or a note. */
const invisible = new RegExp(
  `[\\u00AD\\u180E\\u200B\\u2060-\\u2064\\uFEFF${range(0x202a, 0x202e)}${range(0x2066, 0x2069)}]`,
  'g'
)

/** True when the text holds half of a surrogate pair: the sign of text broken in transit. */
export function hasLoneSurrogate(text: string): boolean {
  return loneSurrogate.test(text)
}

/** True when the text holds a control character other than tab and line breaks. */
export function hasControlCharacter(text: string): boolean {
  return controlCharacter.test(text)
}

/** The stored form of a piece of text (see the module comment); `multiline` keeps line breaks. */
export function cleanText(text: string, multiline = false): string {
  const visible = text.replace(invisible, '').normalize('NFC')
  const spaced = multiline ? visible.replace(/\r\n?/g, '\n') : visible.replace(/[\t\r\n]+/g, ' ')
  return spaced.trim()
}
