import type { Database } from 'better-sqlite3'
import { statement } from './statements'

/** Every stored setting as parsed JSON, by key. */
export function readSettings(db: Database): Record<string, unknown> {
  const rows = statement<[], { key: string; value: string }>(db, 'SELECT key, value FROM settings').all()
  return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value)]))
}

/** Writes the given settings, one row per key, in one transaction. */
export function writeSettings(db: Database, values: Record<string, unknown>): void {
  const upsert = statement(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'
  )
  db.transaction(() => {
    for (const [key, value] of Object.entries(values)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value))
    }
  })()
}
