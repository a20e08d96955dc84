import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../db/connection'
import { latestVersion, migrate, migrations } from '../db/migrate'
import { listBackupFiles } from './backups-folder'
import { bundleChild, readLines, spawnChild } from '../../../test/support/children/run-child'

let startAtSignal: string
let crashWriter: string
beforeAll(async () => {
  ;[startAtSignal, crashWriter] = await Promise.all([
    bundleChild('start-at-signal.ts'),
    bundleChild('crash-writer.ts')
  ])
}, 60_000)

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'spotter-procs-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A practice at the schema version before this one, with a client in it. */
function oldPractice(): void {
  const db = new BetterSqlite3(join(dir, 'spotter.db'))
  db.pragma('journal_mode = WAL')
  migrate(db, undefined, migrations.slice(0, latestVersion - 1))
  db.prepare(
    "INSERT INTO clients (name, name_folded, created_at, updated_at) VALUES ('Zoë', 'zoe', 'x', 'x')"
  ).run()
  db.close()
}

describe('two Spotters starting at the same moment on an old database', () => {
  it('lets one run and refuses the other, and the backup holds the old version', async () => {
    oldPractice()
    const children = [spawnChild(startAtSignal, [dir]), spawnChild(startAtSignal, [dir])]
    const outcomes: string[] = []
    let loaded = 0
    let release: () => void = () => {}
    const allLoaded = new Promise<void>((resolve) => (release = resolve))
    let settle: () => void = () => {}
    const bothAnswered = new Promise<void>((resolve) => (settle = resolve))
    const exits = children.map((child) =>
      readLines(child, (line) => {
        if (line === 'loaded' && ++loaded === 2) release()
        else if (line !== 'loaded') {
          outcomes.push(line)
          if (outcomes.length === 2) settle()
        }
      })
    )
    await allLoaded
    for (const child of children) child.stdin?.write('go\n')
    await bothAnswered
    for (const child of children) child.stdin?.end()
    await Promise.all(exits)

    expect(outcomes.sort()).toEqual([
      'ready',
      expect.stringMatching(/^refused: Spotter is already running on the data folder/)
    ])
    const backups = listBackupFiles(dir)
    expect(backups.map((b) => b.reason)).toEqual([`before-v${latestVersion}`])
    const backup = new BetterSqlite3(backups[0]!.path, { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(latestVersion - 1)
    expect(backup.prepare('SELECT name FROM clients').pluck().all()).toEqual(['Zoë'])
    backup.close()
    const db = openDatabase(join(dir, 'spotter.db'))
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion)
    expect(db.prepare('SELECT name FROM clients').pluck().all()).toEqual(['Zoë'])
    db.close()
  }, 60_000)
})

describe('a crash at any moment', () => {
  it('loses no acknowledged write and leaves an intact database, over 20 SIGKILLs', async () => {
    const file = join(dir, 'spotter.db')
    openDatabase(file).close()
    const acknowledged = { clients: new Set<number>(), sessions: new Map<number, number>() }
    for (let round = 0; round < 20; round++) {
      // Killed after a random number of acknowledged writes: wherever the next write happens to be.
      const killAfter = 1 + Math.floor(Math.random() * 40)
      const child = spawnChild(crashWriter, [dir, file, String(round + 1)])
      let acks = 0
      const problems: string[] = []
      const exit = readLines(child, (line) => {
        const [word, kind, id, sets] = line.split(' ')
        if (word !== 'ack') return problems.push(line)
        if (kind === 'client') acknowledged.clients.add(Number(id))
        else acknowledged.sessions.set(Number(id), Number(sets))
        if (++acks === killAfter) child.kill('SIGKILL')
      })
      await exit
      expect(problems).toEqual([])
      const db = new BetterSqlite3(file)
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      const clients = new Set(db.prepare('SELECT id FROM clients').pluck().all() as number[])
      for (const id of acknowledged.clients) expect(clients.has(id)).toBe(true)
      const sets = db.prepare('SELECT count(*) FROM set_logs WHERE session_id = ?').pluck()
      for (const [id, count] of acknowledged.sessions) expect(sets.get(id)).toBe(count)
      db.close()
    }
    expect(acknowledged.clients.size).toBeGreaterThanOrEqual(20)
  }, 120_000)
})
