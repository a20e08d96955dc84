import { readFile, realpath, stat } from 'node:fs/promises'
import { extname, join, sep } from 'node:path'
import { contentSecurityPolicy } from './content-security-policy'

/** The desktop window loads Spotter from `app://spotter/`, never from file://. */
export const appScheme = 'app'
export const appOrigin = `${appScheme}://spotter`
export const appEntryUrl = `${appOrigin}/index.html`

/**
 * How Chromium treats app://: a standard scheme (relative URLs and a real origin, so 'self' in
 * the CSP means exactly this origin) that counts as secure, with fetch for the page's own files.
 * It does not bypass the CSP.
 */
export const appSchemePrivileges = { standard: true, secure: true, supportFetchAPI: true } as const

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream'
}

/**
 * The real path of the file an app:// URL names inside the built renderer, or undefined.
 * Only this origin is served; the path is decoded once and may not hold a NUL or a backslash;
 * paths without an extension are screens of the app and get index.html; and the real path (all
 * symlinks resolved) must still lie inside the renderer's own real folder, so neither `..` nor a
 * symlink can reach anything else.
 * @param rendererRoot the real path of the built renderer folder
 */
export async function resolveAppFile(rendererRoot: string, url: string): Promise<string | undefined> {
  let parsed: URL
  let path: string
  try {
    parsed = new URL(url)
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return undefined
  }
  if (`${parsed.protocol}//${parsed.host}` !== appOrigin || parsed.username || parsed.password)
    return undefined
  if (path.includes('\0') || path.includes('\\')) return undefined
  const relative = path.replace(/^\/+/, '')
  const wanted = extname(relative) === '' ? 'index.html' : relative
  let real: string
  try {
    real = await realpath(join(rendererRoot, wanted))
    if (!(await stat(real)).isFile()) return undefined
  } catch {
    return undefined
  }
  return real.startsWith(rendererRoot.endsWith(sep) ? rendererRoot : rendererRoot + sep) ? real : undefined
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }
  })
}

/**
 * Answers one app:// request with a file of the built renderer and the CSP header, or a 404.
 * @param rendererDir the built renderer folder (symlinks in its own path are allowed)
 */
export async function serveAppRequest(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed.')
  let root: string
  try {
    root = await realpath(rendererDir)
  } catch {
    return plain(404, 'Not found.')
  }
  const file = await resolveAppFile(root, request.url)
  if (!file) return plain(404, 'Not found.')
  const body = request.method === 'HEAD' ? null : await readFile(file)
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache'
    }
  })
}
