import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize, sep } from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8'
}

/**
 * A file of the built renderer for a request path, never one outside `dir`. Paths without a
 * file extension get index.html, so a reload on any screen opens the app.
 */
export function readStaticFile(dir: string, url: string): { body: Buffer; contentType: string } | undefined {
  let path: string
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname)
  } catch {
    return undefined
  }
  const relative = normalize(path).replace(/^([/\\])+/, '')
  const wanted = extname(relative) === '' ? 'index.html' : relative
  const file = join(dir, wanted)
  if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return undefined
  if (!existsSync(file) || !statSync(file).isFile()) return undefined
  return {
    body: readFileSync(file),
    contentType: contentTypes[extname(file)] ?? 'application/octet-stream'
  }
}
