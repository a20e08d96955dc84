/**
 * The renderer's Content-Security-Policy: own scripts and styles only, data: images for logos.
 * It reaches the page as a response header (the app:// protocol and browser mode) and as a
 * `<meta>` fallback written in src/renderer/index.html, which a unit test keeps identical.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/** The policy as a `<meta>` can carry it: browsers ignore frame-ancestors there, and warn. */
export const metaContentSecurityPolicy = contentSecurityPolicy
  .split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ')

/**
 * `npm run dev` only: the Vite dev server injects React Refresh's inline script and its styles
 * and talks to the page over a WebSocket, so this one policy allows those on localhost. Built
 * apps never use it.
 */
export const developmentContentSecurityPolicy = contentSecurityPolicy
  .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self'", "connect-src 'self' ws://localhost:*")
