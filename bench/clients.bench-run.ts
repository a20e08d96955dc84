import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { openDatabase } from '../src/main/db/connection'
import { generateDemo } from '../src/main/db/demo'
import { createHandlers, dispatch } from '../src/main/dispatch'
import { installBuiltins } from '../src/main/services/builtins'
import { filterClients, searchIndex } from '../src/renderer/src/pages/clients/client-search'
import type { ClientSummary } from '../src/shared/contract'
import { medianMs, report } from './measure'

const dir = mkdtempSync(join(tmpdir(), 'spotter-bench-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

it('client list of a 10,000-client practice with 1,000,000 logged sets', () => {
  const db = openDatabase(join(dir, 'clients.db'))
  const now = '2026-11-24T10:00:00.000Z'
  installBuiltins(db, now)
  const started = performance.now()
  const summary = generateDemo(db, { clients: 10_000, today: '2026-11-24', setsPerClient: 100 }, now)
  console.log(
    `Generated ${summary.clients} clients, ${summary.sessions} sessions, ${summary.sets} sets in ${((performance.now() - started) / 1000).toFixed(1)} s`
  )
  const handlers = createHandlers(db, { now: () => now })

  // Baseline: the same rows read with hand-written SQL and no validation or mapping.
  const raw = db.prepare(
    `SELECT c.*, p.name AS program, (SELECT max(date) FROM sessions s WHERE s.client_id = c.id) AS last,
       (SELECT group_concat(body_area) FROM injuries i WHERE i.client_id = c.id AND i.resolved_on IS NULL) AS areas
     FROM clients c LEFT JOIN programs p ON p.client_id = c.id AND p.status = 'active'
     ORDER BY c.name_folded`
  )
  const list = (): ClientSummary[] => {
    const result = dispatch(handlers, 'clients.list', { status: 'all' })
    if (!result.ok) throw new Error(result.error.message)
    return result.value as ClientSummary[]
  }
  const clients = list()
  expect(clients.length).toBeGreaterThan(8000)
  const index = searchIndex(clients)
  const lowered = clients.map((c) => c.name.toLowerCase())

  report('Client list (10,000 clients)', [
    {
      name: 'clients.list via dispatcher vs raw SQL',
      appMs: medianMs(list, 7),
      baselineMs: medianMs(() => raw.all(), 7)
    },
    {
      name: 'accent-insensitive search vs plain includes',
      appMs: medianMs(() => filterClients(clients, index, 'zoe mara')),
      baselineMs: medianMs(() => lowered.filter((name) => name.includes('zoe')))
    }
  ])
  db.close()
})
