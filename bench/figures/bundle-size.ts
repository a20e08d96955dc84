import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const rendererDir = resolve(__dirname, '../../out/renderer')

export interface BundleSize {
  /** The JavaScript the first screen loads (index.html's script and its preloads), gzip, bytes. */
  initialGzip: number
  initialRaw: number
  /** Every JavaScript file of the renderer, gzip, bytes: the rest loads only on the screens that need it. */
  totalGzip: number
  totalRaw: number
  /** Each file, largest first. */
  files: Array<{ file: string; raw: number; gzip: number; initial: boolean }>
}

/** The built renderer's JavaScript (`npm run build` first), as a browser downloads it. */
export function bundleSize(): BundleSize {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  const initialFiles = new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.m?js)"/g)].map((match) => match[1] as string)
  )
  const files = readdirSync(join(rendererDir, 'assets'))
    .filter((name) => /\.m?js$/.test(name))
    .map((name) => {
      const body = readFileSync(join(rendererDir, 'assets', name))
      const file = `assets/${name}`
      return { file, raw: body.length, gzip: gzipSync(body).length, initial: initialFiles.has(file) }
    })
    .sort((a, b) => b.gzip - a.gzip)
  const sum = (list: typeof files, key: 'raw' | 'gzip'): number =>
    list.reduce((total, f) => total + f[key], 0)
  const initial = files.filter((f) => f.initial)
  return {
    initialGzip: sum(initial, 'gzip'),
    initialRaw: sum(initial, 'raw'),
    totalGzip: sum(files, 'gzip'),
    totalRaw: sum(files, 'raw'),
    files
  }
}
