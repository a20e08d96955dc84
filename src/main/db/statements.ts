import type { Database, Statement } from 'better-sqlite3'

const caches = new WeakMap<Database, Map<string, Statement>>()

/**
 * A prepared statement for this database, compiled once and reused: the query functions in db/
 * run on every keystroke of a search and in loops of thousands of rows.
 */
export function statement<P extends unknown[] | object = unknown[], R = unknown>(
  db: Database,
  sql: string
): Statement<P, R> {
  let cache = caches.get(db)
  if (!cache) {
    cache = new Map()
    caches.set(db, cache)
  }
  let prepared = cache.get(sql)
  if (!prepared) {
    prepared = db.prepare(sql)
    cache.set(sql, prepared)
  }
  return prepared as unknown as Statement<P, R>
}
