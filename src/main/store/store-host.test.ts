import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { OperationName, Output } from '@shared/contract'
import { inlineExecutor } from '../jobs/inline-executor'
import { listBackupFiles } from './backups-folder'
import { AlreadyRunningError } from './instance-lock'
import { StoreHost } from './store-host'

let dir: string
let hosts: StoreHost[] = []
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'spotter-host-'))
})
afterEach(async () => {
  for (const host of hosts) await host.close()
  hosts = []
  rmSync(dir, { recursive: true, force: true })
})

async function start(options: { now?: () => Date; quietStartMs?: number } = {}): Promise<StoreHost> {
  const host = await StoreHost.start(dir, { executor: inlineExecutor, quietStartMs: 0, ...options })
  hosts.push(host)
  return host
}

async function ok<N extends OperationName>(host: StoreHost, name: N, input: unknown): Promise<Output<N>> {
  const result = await host.run(name, input)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value as Output<N>
}

/** Every row of the tables a trainer would notice, to compare two states of a practice. */
function snapshot(host: StoreHost): unknown {
  const db = host.db!
  return ['clients', 'injuries', 'programs', 'sessions', 'set_logs', 'run_logs', 'measurements'].map(
    (table) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()
  )
}

describe('the store host', () => {
  it('takes the data folder’s lock: a second start on the same folder is refused in one line', async () => {
    await start()
    await expect(StoreHost.start(dir, { executor: inlineExecutor })).rejects.toThrow(AlreadyRunningError)
    await expect(StoreHost.start(dir, { executor: inlineExecutor })).rejects.toThrow(
      /already running on the data folder/
    )
  })

  it('backs up and restores with the same rows, without a restart, backing the current data up first', async () => {
    const host = await start()
    await ok(host, 'demo.load', { clients: 4 })
    const before = snapshot(host)
    const backup = await ok(host, 'backups.create', {})
    expect(backup).toMatchObject({ reason: 'manual', clients: 4, problem: null })
    const [victimId, victimName] = (await ok(host, 'clients.list', { status: 'all' })).rows[0]!
    await ok(host, 'clients.delete', { id: victimId })
    expect((await ok(host, 'clients.list', { status: 'all' })).rows).toHaveLength(3)

    const { restored, safetyBackup } = await ok(host, 'backups.restore', { name: backup.name })
    expect(restored.name).toBe(backup.name)
    expect(safetyBackup).toMatchObject({ reason: 'before-restore', clients: 3 })
    expect(snapshot(host)).toEqual(before)
    expect((await ok(host, 'clients.get', { id: victimId })).name).toBe(victimName)
  })

  it('checks a backup before replacing anything and refuses a damaged one', async () => {
    const host = await start()
    await ok(host, 'demo.load', { clients: 2 })
    const backup = await ok(host, 'backups.create', {})
    writeFileSync(listBackupFiles(dir)[0]!.path, 'not a database any more')
    const result = await host.run('backups.restore', { name: backup.name })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.message).toMatch(/can’t be restored/)
    expect((await ok(host, 'clients.list', { status: 'all' })).rows).toHaveLength(2)
    expect(listBackupFiles(dir)).toHaveLength(1)
  })

  it('keeps only the newest backups, as many as Settings says', async () => {
    const host = await start()
    await ok(host, 'settings.update', { backupKeep: 2 })
    for (let i = 0; i < 4; i++) await ok(host, 'backups.create', {})
    expect(await ok(host, 'backups.list', {})).toHaveLength(2)
  })

  it('makes the automatic backup at start at most once a day', async () => {
    let now = new Date('2026-03-01T08:00:00Z')
    const first = await start({ now: () => now })
    await ok(first, 'demo.load', { clients: 1 })
    await first.close()
    hosts = []
    const daily = async (): Promise<number> => {
      const host = await start({ now: () => now })
      await new Promise((resolve) => setTimeout(resolve, 0))
      while (host.jobs.list().length > 0) await new Promise((resolve) => setTimeout(resolve, 5))
      await host.close()
      hosts = []
      return listBackupFiles(dir).filter((b) => b.reason === 'daily').length
    }
    expect(await daily()).toBe(1)
    now = new Date('2026-03-01T20:00:00Z')
    expect(await daily()).toBe(1)
    now = new Date('2026-03-02T09:00:00Z')
    expect(await daily()).toBe(2)
  })

  it('makes the backup at start only once the start has had the machine to itself', async () => {
    const first = await start()
    await ok(first, 'demo.load', { clients: 1 })
    await first.close()
    hosts = []
    const host = await start({ quietStartMs: 200 })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(host.jobs.list()).toEqual([])
    // Whenever the quiet start ends, the backup follows.
    while (listBackupFiles(dir).filter((b) => b.reason === 'daily').length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })

  it('opens in recovery for a damaged file, restores the newest good backup, and keeps the damaged file', async () => {
    const host = await start()
    await ok(host, 'demo.load', { clients: 3 })
    await ok(host, 'backups.create', {})
    await host.close()
    hosts = []
    writeFileSync(join(dir, 'spotter.db'), '')
    rmSync(join(dir, 'spotter.db-wal'), { force: true })

    const recovering = await start()
    expect(recovering.db).toBeUndefined()
    const status = await ok(recovering, 'app.status', {})
    expect(status).toMatchObject({
      state: 'recovery',
      problem: { kind: 'empty' },
      latestGoodBackup: { clients: 3 }
    })
    const refused = await recovering.run('clients.list', { status: 'all' })
    expect(!refused.ok && refused.error.message).toMatch(/needs attention first/)

    await ok(recovering, 'recovery.restoreLatest', {})
    expect(await ok(recovering, 'app.status', {})).toEqual({ state: 'ready' })
    expect((await ok(recovering, 'clients.list', { status: 'all' })).rows).toHaveLength(3)
    expect(readdirSync(dir).some((name) => name.startsWith('spotter.db.damaged-'))).toBe(true)
  })

  it('opens another Spotter data file from recovery, after checking it', async () => {
    const other = mkdtempSync(join(tmpdir(), 'spotter-other-'))
    const source = await StoreHost.start(other, { executor: inlineExecutor })
    await ok(source, 'demo.load', { clients: 2 })
    await source.close()

    writeFileSync(join(dir, 'spotter.db'), 'garbage')
    const host = await start()
    const send = async (path: string): Promise<string> => {
      const bytes = (await import('node:fs')).readFileSync(path)
      const { uploadId } = await ok(host, 'files.begin', { name: 'copy.db', size: bytes.length })
      await ok(host, 'files.append', { uploadId, offset: 0, base64: bytes.toString('base64') })
      return uploadId
    }
    const notData = join(other, 'notes.txt')
    writeFileSync(notData, 'just text')
    const refused = await host.run('recovery.openFile', { uploadId: await send(notData) })
    expect(!refused.ok && refused.error.message).toMatch(/can’t be opened/)

    copyFileSync(join(other, 'spotter.db'), join(other, 'copy.db'))
    expect(await ok(host, 'recovery.openFile', { uploadId: await send(join(other, 'copy.db')) })).toEqual({
      clients: 2
    })
    expect((await ok(host, 'clients.list', { status: 'all' })).rows).toHaveLength(2)
    expect(existsSync(join(dir, 'spotter.db'))).toBe(true)
    rmSync(other, { recursive: true, force: true })
  })
})
