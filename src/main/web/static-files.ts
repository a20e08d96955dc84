import { readFileSync, realpathSync, statSync } from 'node:fs'
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

/** The real path of `path` (symlinks resolved), or undefined when it does not exist. */
function realPath(path: string): string | undefined {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}

/**
 * A file of the built renderer for a request path. Paths without a file extension get
 * index.html, so a reload on any screen opens the app. Only a regular file whose real path
 * (after every symlink) lies inside `dir` is served: "..", its encoded forms and a symlink
 * pointing out of the folder all answer undefined, as does a folder or a device.
 */
export function readStaticFile(dir: string, url: string): { body: Buffer; contentType: string } | undefined {
  let path: string
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname)
  } catch {
    return undefined
  }
  if (path.includes('\0')) return undefined
  const relative = normalize(path).replace(/^([/\\])+/, '')
  const wanted = extname(relative) === '' ? 'index.html' : relative
  const root = realPath(dir)
  const file = realPath(join(dir, wanted))
  if (!root || !file || !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined
  try {
    if (!statSync(file).isFile()) return undefined
    return {
      body: readFileSync(file),
      contentType: contentTypes[extname(file)] ?? 'application/octet-stream'
    }
  } catch {
    return undefined
  }
}
