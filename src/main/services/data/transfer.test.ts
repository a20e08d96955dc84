import { afterEach, describe, expect, it } from 'vitest'
import { latestVersion } from '../../db/migrate'
import type { StoreHost } from '../../store/store-host'
import {
  allRows,
  download,
  failure,
  listedClients,
  ok,
  openHost,
  upload
} from '../../../../test/support/data-test-kit'

const closers: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})
async function host(): Promise<StoreHost> {
  const opened = await openHost()
  closers.push(opened.close)
  return opened.host
}

/** A client's week plan history by name: [from, weekdays] rows, oldest first. */
async function historyOf(from: StoreHost, name: string): Promise<unknown[][]> {
  const client = (await listedClients(from)).find((c) => c.name === name)!
  return from
    .db!.prepare('SELECT from_date, weekdays FROM week_plan_history WHERE client_id = ? ORDER BY from_date')
    .raw()
    .all(client.id) as unknown[][]
}

async function exportOf(from: StoreHost): Promise<Buffer> {
  const result = await ok(from, 'export.all', {})
  if (result.kind !== 'download') throw new Error('expected a download in browser mode')
  return download(from, result.downloadId)
}

/** The parts of an export file these tests read. */
interface ExportFile {
  format: string
  version: number
  schemaVersion: number
  tables: Record<string, { columns: string[]; rows: unknown[][] }>
}

/** The parts of one client's data export these tests read. */
interface ClientRecord {
  format: string
  client: { name: string }
  sessions: { sets: { exercise: unknown }[] }[]
  weekPlan: { weekday: number; workouts: string[] }[]
  weekPlanHistory: { from: string | null; strengthWeekdays: number[] }[]
}

describe('export and import of the whole practice', () => {
  it('exports one versioned JSON file that imports into a fresh practice as the same data', async () => {
    const source = await host()
    await ok(source, 'demo.load', { clients: 3 })
    await ok(source, 'settings.update', { business: 'Stride Lab', massUnit: 'lb' })
    // A plan changed today, so the history has a change to carry as well as the demo's plans.
    const [changed] = await listedClients(source)
    const plan = await ok(source, 'weekPlan.get', { clientId: changed!.id })
    await ok(source, 'weekPlan.saveDay', {
      clientId: changed!.id,
      weekday: 6,
      runKind: 'rest',
      workoutIds: [plan.available[0]!.id]
    })
    const history = await historyOf(source, changed!.name)
    expect(history.map(([from]) => from)).toEqual([
      '0001-01-01',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)
    ])
    expect(history[1]?.[1]).toMatch(/,6\]$/)
    const bytes = await exportOf(source)
    const file = JSON.parse(bytes.toString('utf8')) as ExportFile
    expect(file).toMatchObject({ format: 'spotter-export', version: 1, schemaVersion: latestVersion })
    expect(file.tables.clients?.rows).toHaveLength(3)
    expect(file.tables.week_plan_history?.columns).toEqual(['client_id', 'from_date', 'weekdays'])

    const target = await host()
    const uploadId = await upload(target, bytes)
    const preview = await ok(target, 'import.preview', { uploadId, mode: 'replace' })
    expect(preview.changes.find((c) => c.table === 'clients')).toMatchObject({
      current: 0,
      incoming: 3,
      added: 3
    })
    expect(await listedClients(target)).toHaveLength(0)
    await ok(target, 'import.apply', { uploadId, mode: 'replace' })
    expect(allRows(target)).toEqual(allRows(source))
    expect(await historyOf(target, changed!.name)).toEqual(await historyOf(source, changed!.name))
    expect((await ok(target, 'settings.get', {})).business).toBe('Stride Lab')
  })

  it('merges: adds what is missing, keeps what is here, and previews exactly that', async () => {
    const source = await host()
    await ok(source, 'demo.load', { clients: 2 })
    const bytes = await exportOf(source)
    const target = await host()
    await ok(target, 'clients.create', { name: 'Already here' })
    const uploadId = await upload(target, bytes)
    const preview = await ok(target, 'import.preview', { uploadId, mode: 'merge' })
    expect(preview.changes.find((c) => c.table === 'clients')).toMatchObject({
      current: 1,
      incoming: 2,
      added: 2,
      unchanged: 0
    })
    expect(preview.changes.find((c) => c.table === 'exercises')?.added).toBe(0)
    // Week plans come along whole: their workouts hang off a day by a two-column key.
    const placements = preview.changes.find((c) => c.table === 'week_plan_workouts')
    expect(placements?.incoming).toBeGreaterThan(0)
    expect(placements?.added).toBe(placements?.incoming)
    const applied = await ok(target, 'import.apply', { uploadId, mode: 'merge' })
    expect(applied.changes).toEqual(preview.changes)
    expect(await listedClients(target)).toHaveLength(3)
    const weekOf = async (from: StoreHost, name: string): Promise<unknown> => {
      const client = (await listedClients(from)).find((c) => c.name === name)!
      const plan = await ok(from, 'weekPlan.get', { clientId: client.id })
      return plan.days.map((day) => [day.runKind, day.order, day.workouts.map((w) => w.name)])
    }
    for (const client of await listedClients(source)) {
      expect(await weekOf(target, client.name)).toEqual(await weekOf(source, client.name))
      expect(await historyOf(target, client.name)).toEqual(await historyOf(source, client.name))
    }

    // The same file again adds nothing.
    const again = await ok(target, 'import.apply', { uploadId: await upload(target, bytes), mode: 'merge' })
    expect(again.changes.every((c) => c.added === 0)).toBe(true)
    expect(await listedClients(target)).toHaveLength(3)
  })

  it('backs the practice up before a replacing import', async () => {
    const source = await host()
    const bytes = await exportOf(source)
    const target = await host()
    await ok(target, 'clients.create', { name: 'Kept in the backup' })
    await ok(target, 'import.apply', { uploadId: await upload(target, bytes), mode: 'replace' })
    const backups = await ok(target, 'backups.list', {})
    expect(backups.map((b) => [b.reason, b.clients])).toEqual([['before-import', 1]])
    expect(await listedClients(target)).toHaveLength(0)
  })

  it('refuses what is not a Spotter export with one clear message, writing nothing', async () => {
    const target = await host()
    await ok(target, 'clients.create', { name: 'Untouched' })
    const before = allRows(target)
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64)
    ])
    const cases: Array<[Buffer | string, RegExp]> = [
      [png, /PNG image, not a Spotter export/],
      ['name,email\nZoë,z@example.com\n', /not JSON/],
      ['{"hello":"world"}', /not a Spotter export/],
      [
        JSON.stringify({
          format: 'spotter-export',
          version: 1,
          schemaVersion: latestVersion + 1,
          appVersion: '9',
          exportedAt: 'x',
          tables: {}
        }),
        /newer Spotter/
      ],
      [
        JSON.stringify({
          format: 'spotter-export',
          version: 2,
          schemaVersion: 1,
          appVersion: '9',
          exportedAt: 'x',
          tables: {}
        }),
        /newer Spotter/
      ],
      [
        JSON.stringify({
          format: 'spotter-export',
          version: 1,
          schemaVersion: latestVersion,
          appVersion: '0',
          exportedAt: 'x',
          tables: { clients: { columns: ['id', 'name'], rows: [[1, null]] } }
        }),
        /Row 1 of clients was refused/
      ],
      [
        JSON.stringify({
          format: 'spotter-export',
          version: 1,
          schemaVersion: latestVersion,
          appVersion: '0',
          exportedAt: 'x',
          tables: { injuries: { columns: ['id', 'client_id', 'body_area'], rows: [[1, 99, 'knee']] } }
        }),
        /points at a missing clients row/
      ]
    ]
    for (const [bytes, message] of cases) {
      const error = await failure(target, 'import.apply', {
        uploadId: await upload(target, bytes),
        mode: 'replace'
      })
      expect(error.message).toMatch(message)
    }
    expect(allRows(target)).toEqual(before)
    expect(await ok(target, 'backups.list', {})).toHaveLength(cases.length)
  })

  it('imports an export from an older Spotter through the same migrations', async () => {
    const source = await host()
    await ok(source, 'demo.load', { clients: 1 })
    const [before] = (await ok(source, 'clients.list', { status: 'all' })).rows
    const file = JSON.parse((await exportOf(source)).toString('utf8')) as ExportFile
    // Version 7: clients had no list facts of their own yet (migration 0008 added them).
    file.schemaVersion = 7
    const clients = file.tables.clients!
    const gone = ['last_session_date', 'active_program_name', 'active_injury_areas'].map((column) =>
      clients.columns.indexOf(column)
    )
    clients.columns = clients.columns.filter((_, index) => !gone.includes(index))
    clients.rows = clients.rows.map((row) => row.filter((_, index) => !gone.includes(index)))
    // The tables an older version did not have are simply absent from its export.
    delete file.tables.import_keys
    delete file.tables.exercise_name_map
    delete file.tables.week_plan_history
    const target = await host()
    await ok(target, 'import.apply', {
      uploadId: await upload(target, JSON.stringify(file)),
      mode: 'replace'
    })
    // The migrations fill in the list's last session, program and injuries from the logs.
    const [after] = (await ok(target, 'clients.list', { status: 'all' })).rows
    expect(after).toEqual(before)
    expect(after?.[8]).not.toBeNull()
    // Migration 0009 lets the plan stand for the past, as it does for a data file of that age.
    const planned = target
      .db!.prepare('SELECT weekday FROM week_plan_workouts ORDER BY weekday, position')
      .pluck()
      .all()
    expect(planned.length).toBeGreaterThan(0)
    expect(await historyOf(target, String(after?.[1]))).toEqual([['0001-01-01', JSON.stringify(planned)]])
  })

  it('exports one client’s data as JSON and as CSV, for their data request', async () => {
    const source = await host()
    await ok(source, 'demo.load', { clients: 2 })
    const [client] = await listedClients(source)
    const json = await ok(source, 'export.client', { clientId: client!.id, format: 'json' })
    if (json.kind !== 'download') throw new Error('expected a download')
    expect(json.fileName).toMatch(/-data\.json$/)
    const record = JSON.parse((await download(source, json.downloadId)).toString('utf8')) as ClientRecord
    expect(record.format).toBe('spotter-client-export')
    expect(record.client.name).toBe(client!.name)
    expect(record.sessions.length).toBeGreaterThan(0)
    expect(typeof record.sessions[0]?.sets[0]?.exercise).toBe('string')
    // The week plan reads without Spotter: planned days, with workouts by name.
    const plan = await ok(source, 'weekPlan.get', { clientId: client!.id })
    const workoutNames = plan.days.flatMap((day) => day.workouts.map((w) => w.name))
    expect(record.weekPlan.flatMap((day) => day.workouts)).toEqual(workoutNames)
    expect(record.weekPlan.every((day) => Number.isInteger(day.weekday))).toBe(true)
    // And the strength days it had over time: the demo's plan since before the first log.
    expect(record.weekPlanHistory).toEqual([
      {
        from: null,
        strengthWeekdays: plan.days.flatMap((day) => day.workouts.map(() => day.weekday))
      }
    ])
    const csv = await ok(source, 'export.client', { clientId: client!.id, format: 'csv' })
    if (csv.kind !== 'download') throw new Error('expected a download')
    const text = (await download(source, csv.downloadId)).toString('utf8')
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFrecord,date,item,set,reps,hold_s,load_kg,rpe,warmup,distance_m,duration_s,value,unit,notes'
    )
    expect(text).toContain(`profile,,name,,,,,,,,,${client!.name}`)
    expect(text).toMatch(/\r\nset,\d{4}-\d{2}-\d{2},/)
    expect((await failure(source, 'export.client', { clientId: 999, format: 'csv' })).code).toBe('not_found')
  })
})
