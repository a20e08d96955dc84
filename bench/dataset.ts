import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { openDatabase } from '../src/main/db/connection'
import { generateDemo } from '../src/main/demo/generate-demo'
import { installBuiltins } from '../src/main/services/builtins'

/**
 * The practices the bench measures, generated once with the demo generator and kept between runs
 * in a cache folder outside git (`.bench-cache/`, or SPOTTER_BENCH_CACHE). The folder is keyed by
 * the generator's version: a fingerprint of the generator, the migrations and the built-in library
 * it reads, so a change to any of them builds the data again instead of measuring stale rows.
 */

const root = resolve(__dirname, '..')

/** "Today" in every generated practice, so dates never depend on when the bench runs. */
export const benchToday = '2026-11-24'
export const benchNow = `${benchToday}T10:00:00.000Z`

export interface Practice {
  /** The cached file: copy it before writing (see `workingCopy`). */
  file: string
  clients: number
  sets: number
  /** The client with five years of logs (about 10,000 sets), as the Progress figures use. */
  veteranId: number
}

/** Sizes the bench uses: the 10,000-client / 1,000,000-set practice, and two more for the list's scaling. */
export const practiceSizes = { small: 1_000, full: 10_000, large: 30_000 } as const
export type PracticeSize = keyof typeof practiceSizes

/** Every file whose content decides the generated rows. */
function generatorFiles(): string[] {
  const files = ['src/main/db/demo.ts', 'src/main/services/builtins.ts', 'bench/dataset.ts']
  const folders = ['src/main/db/migrations', 'src/main/demo', 'resources/library']
  for (const folder of folders) {
    const dir = join(root, folder)
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir).sort()) files.push(join(folder, name))
  }
  return files.filter((file) => existsSync(join(root, file)))
}

/** The generator version: changes whenever any file that shapes the data changes. */
export function generatorVersion(): string {
  const hash = createHash('sha256')
  for (const file of generatorFiles()) {
    hash.update(file)
    hash.update(readFileSync(join(root, file)))
  }
  return hash.digest('hex').slice(0, 12)
}

export function cacheDir(): string {
  return resolve(process.env.SPOTTER_BENCH_CACHE ?? join(root, '.bench-cache'), `demo-${generatorVersion()}`)
}

/** Generates one practice into `file`: `clients` clients of about 100 sets each, then the five-year client. */
function generate(file: string, clients: number): Omit<Practice, 'file'> {
  const db = openDatabase(file)
  try {
    installBuiltins(db, benchNow)
    const practice = generateDemo(db, { clients, today: benchToday, setsPerClient: 100 }, benchNow)
    // One long-standing client: five years of runs and measurements, and sessions back as far as
    // 10,000 sets reach (about five years at two sessions a week).
    const veteran = generateDemo(
      db,
      { clients: 1, today: benchToday, seed: 5, weeksOfLogs: 260, setsPerClient: 10_000 },
      benchNow
    )
    const veteranId = db.prepare('SELECT max(id) FROM clients').pluck().get() as number
    db.pragma('wal_checkpoint(TRUNCATE)')
    return { clients: practice.clients + veteran.clients, sets: practice.sets + veteran.sets, veteranId }
  } finally {
    db.close()
  }
}

/** Practices of older generator versions are stale for good: their space is given back. */
function pruneOtherVersions(current: string): void {
  const parent = dirname(current)
  for (const name of readdirSync(parent)) {
    if (name.startsWith('demo-') && join(parent, name) !== current) {
      rmSync(join(parent, name), { recursive: true, force: true })
    }
  }
}

/**
 * The practice of this size, generated on first use and read from the cache afterwards. Built
 * under a temporary name and renamed at the end, so an interrupted build is never taken for a
 * finished one.
 */
export function practice(size: PracticeSize): Practice {
  const dir = cacheDir()
  const file = join(dir, `${size}.db`)
  const metaFile = join(dir, `${size}.json`)
  if (existsSync(file) && existsSync(metaFile)) {
    return { file, ...(JSON.parse(readFileSync(metaFile, 'utf8')) as Omit<Practice, 'file'>) }
  }
  mkdirSync(dir, { recursive: true })
  pruneOtherVersions(dir)
  const partial = join(dir, `${size}.partial.db`)
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true })
  const started = performance.now()
  const meta = generate(partial, practiceSizes[size])
  console.log(
    `Generated the ${meta.clients.toLocaleString('en')}-client practice (${meta.sets.toLocaleString('en')} sets) in ${((performance.now() - started) / 1000).toFixed(1)} s; cached in ${dir}`
  )
  renameSync(partial, file)
  writeFileSync(metaFile, JSON.stringify(meta))
  return { file, ...meta }
}

/** A private copy of a cached practice in `dir`, for figures that write or open the file cold. */
export function workingCopy(source: Practice, dir: string, name = 'spotter.db'): Practice {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, name)
  copyFileSync(source.file, file)
  return { ...source, file }
}
