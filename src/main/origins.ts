/**
 * The exact origin of a URL, `scheme://host[:port]`, or undefined when it has none worth trusting:
 * unparsable text, opaque URLs (file:, data:, about:) and URLs carrying a user name or password.
 * Comparing these strings for equality is the whole check; a prefix test would let
 * `http://localhost:5173.evil.com` pass for `http://localhost:5173`.
 */
export function originOf(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.username !== '' || parsed.password !== '' || parsed.host === '') return undefined
  // Node reports "null" as the origin of custom schemes such as app://, so build it the same way
  // for every scheme: the parser has already lower-cased the host and dropped default ports.
  return `${parsed.protocol}//${parsed.host}`
}

/** True only when `url` belongs to exactly `origin` (as produced by {@link originOf}). */
export function hasOrigin(url: string, origin: string): boolean {
  return originOf(url) === origin
}

/** Links that may leave the app for the system browser: plain https, no credentials. */
export function isSafeExternalLink(url: string): boolean {
  return originOf(url)?.startsWith('https://') === true
}
