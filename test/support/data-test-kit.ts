import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OperationName, Output } from '@shared/contract'
import { inlineExecutor } from '../../src/main/jobs/inline-executor'
import { StoreHost } from '../../src/main/store/store-host'

/** A running store host on a temp data folder with jobs on this thread, for the data services' tests. */
export async function openHost(): Promise<{ host: StoreHost; dir: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'spotter-data-'))
  const host = await StoreHost.start(dir, { executor: inlineExecutor })
  return {
    host,
    dir,
    close: async () => {
      await host.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** Runs an operation that must succeed. */
export async function ok<N extends OperationName>(
  host: StoreHost,
  name: N,
  input: unknown
): Promise<Output<N>> {
  const result = await host.run(name, input)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value as Output<N>
}

/** Every listed client's id and name (one page holds the few clients these tests make). */
export async function listedClients(
  host: StoreHost,
  status: 'active' | 'archived' | 'all' = 'all'
): Promise<Array<{ id: number; name: string }>> {
  const page = await ok(host, 'clients.list', { status, limit: 500 })
  return page.rows.map(([id, name]) => ({ id, name }))
}

/** Runs an operation that must fail, returning its message. */
export async function failure(
  host: StoreHost,
  name: OperationName,
  input: unknown
): Promise<{ code: string; message: string }> {
  const result = await host.run(name, input)
  if (result.ok) throw new Error(`${name} should have failed`)
  return result.error
}

/** Sends bytes the way the window does (in pieces) and returns the upload id. */
export async function upload(host: StoreHost, bytes: Buffer | string, name = 'file'): Promise<string> {
  const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes
  const { uploadId } = await ok(host, 'files.begin', { name, size: data.length })
  const piece = 300_000
  for (let offset = 0; offset < data.length; offset += piece) {
    await ok(host, 'files.append', {
      uploadId,
      offset,
      base64: data.subarray(offset, offset + piece).toString('base64')
    })
  }
  return uploadId
}

/** Reads a prepared download back in pieces, as the window does. */
export async function download(host: StoreHost, downloadId: string): Promise<Buffer> {
  const pieces: Buffer[] = []
  for (let offset = 0; ;) {
    const piece = await ok(host, 'files.read', { downloadId, offset })
    const bytes = Buffer.from(piece.base64, 'base64')
    pieces.push(bytes)
    offset += bytes.length
    if (piece.done) break
  }
  return Buffer.concat(pieces)
}

/** Every row of every table, for comparing two practices. */
export function allRows(host: StoreHost): Record<string, unknown[]> {
  const db = host.db!
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[]
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all()]))
}

export const readFixture = (path: string): Buffer => readFileSync(path)
export const writeText = (path: string, text: string): void => writeFileSync(path, text)
