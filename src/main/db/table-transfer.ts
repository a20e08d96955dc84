import type { Database } from 'better-sqlite3'

/** A table as the export sees it: its columns, key, and the tables its columns point at. */
export interface TableShape {
  name: string
  columns: string[]
  /** True when rows are identified by an INTEGER PRIMARY KEY column named id. */
  hasId: boolean
  /** The primary key columns (for tables without an id). */
  primaryKey: string[]
  /**
   * Columns that hold another table's id, directly or through a composite key: a column of a
   * composite foreign key names the table whose id its parent's column holds (week_plan_workouts'
   * client_id is a client's id, through week_plan_days). Columns that hold no id are not listed.
   */
  references: Array<{ column: string; table: string }>
  /** The tables this one's foreign keys point at, which must be filled first. */
  parents: string[]
}

interface ForeignKey {
  table: string
  from: string
  to: string | null
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`

/**
 * Every table of a Spotter database, parents before children (a table comes after every table its
 * foreign keys point at), read from SQLite's own catalogue: a table added by a later migration is
 * exported and imported without this file changing.
 */
export function tableShapes(db: Database, schema = 'main'): TableShape[] {
  const names = db
    .prepare(
      `SELECT name FROM ${quote(schema)}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`
    )
    .pluck()
    .all() as string[]
  const raw = names.map((name) => {
    const info = db.prepare(`PRAGMA ${quote(schema)}.table_info(${quote(name)})`).all() as Array<{
      name: string
      type: string
      pk: number
    }>
    const keys = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk)
    const fks = db.prepare(`PRAGMA ${quote(schema)}.foreign_key_list(${quote(name)})`).all() as ForeignKey[]
    return {
      name,
      columns: info.map((c) => c.name),
      hasId: keys.length === 1 && keys[0]?.name === 'id' && /^integer$/i.test(keys[0].type),
      primaryKey: keys.map((c) => c.name),
      fks
    }
  })
  const byName = new Map(raw.map((table) => [table.name, table]))
  /** The table whose id `column` of `table` holds, following composite keys; undefined for none. */
  const idTableOf = (table: string, column: string, seen = new Set<string>()): string | undefined => {
    const fk = byName.get(table)?.fks.find((f) => f.from === column)
    const parent = fk ? byName.get(fk.table) : undefined
    if (!fk || !parent || seen.has(`${table}.${column}`)) return undefined
    const to = fk.to ?? (parent.primaryKey.length === 1 ? parent.primaryKey[0] : undefined)
    if (to === undefined) return undefined
    if (to === 'id' && parent.hasId) return parent.name
    return idTableOf(parent.name, to, new Set(seen).add(`${table}.${column}`))
  }
  const shapes = raw.map(({ fks, ...table }): TableShape => ({
    ...table,
    references: fks.flatMap((fk) => {
      const target = idTableOf(table.name, fk.from)
      return target ? [{ column: fk.from, table: target }] : []
    }),
    parents: [...new Set(fks.map((fk) => fk.table))]
  }))
  const ordered: TableShape[] = []
  const placed = new Set<string>()
  while (ordered.length < shapes.length) {
    const next = shapes.find(
      (shape) =>
        !placed.has(shape.name) &&
        shape.parents.every((parent) => parent === shape.name || placed.has(parent))
    )
    // A reference cycle between tables would stop here; Spotter's schema has none, but be safe.
    const pick = next ?? shapes.find((shape) => !placed.has(shape.name))
    if (!pick) break // not reached: the loop runs only while some table is unplaced
    ordered.push(pick)
    placed.add(pick.name)
  }
  return ordered
}

/** Row counts of every table. */
export function tableCounts(db: Database, shapes: TableShape[], schema = 'main'): Map<string, number> {
  return new Map(
    shapes.map((shape) => [
      shape.name,
      db
        .prepare(`SELECT count(*) FROM ${quote(schema)}.${quote(shape.name)}`)
        .pluck()
        .get() as number
    ])
  )
}

/** Iterates a table's rows as arrays in column order, by primary key. */
export function iterateRows(db: Database, shape: TableShape, schema = 'main'): IterableIterator<unknown[]> {
  const order = shape.primaryKey.length > 0 ? shape.primaryKey.map(quote).join(', ') : 'rowid'
  return db
    .prepare(
      `SELECT ${shape.columns.map(quote).join(', ')} FROM ${quote(schema)}.${quote(shape.name)} ORDER BY ${order}`
    )
    .raw(true)
    .iterate() as IterableIterator<unknown[]>
}

/** A table's rows as arrays in column order, by primary key, read whole (for writing while reading). */
export function readRows(db: Database, shape: TableShape, schema = 'main'): unknown[][] {
  const order = shape.primaryKey.length > 0 ? shape.primaryKey.map(quote).join(', ') : 'rowid'
  return db
    .prepare(
      `SELECT ${shape.columns.map(quote).join(', ')} FROM ${quote(schema)}.${quote(shape.name)} ORDER BY ${order}`
    )
    .raw(true)
    .all() as unknown[][]
}

/** A prepared INSERT of the given columns (names already checked against the schema). */
export function rowInserter(
  db: Database,
  table: string,
  columns: string[],
  options: { schema?: string; orIgnore?: boolean } = {}
): (values: unknown[]) => { changes: number; id: number } {
  const statement = db.prepare(
    `INSERT ${options.orIgnore ? 'OR IGNORE ' : ''}INTO ${quote(options.schema ?? 'main')}.${quote(table)} (${columns
      .map(quote)
      .join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
  )
  return (values) => {
    const result = statement.run(...values)
    return { changes: result.changes, id: Number(result.lastInsertRowid) }
  }
}

/** Looks rows up by a set of columns (NULL matching NULL); for the merge's "already here?" question. */
export function rowFinder(
  db: Database,
  table: string,
  columns: string[],
  schema = 'main'
): (values: unknown[]) => number | undefined {
  const statement = db
    .prepare(
      `SELECT id FROM ${quote(schema)}.${quote(table)} WHERE ${columns.map((c) => `${quote(c)} IS ?`).join(' AND ')} LIMIT 1`
    )
    .pluck()
  return (values) => statement.get(...values) as number | undefined
}

/** Deletes every row of the given tables, children first (foreign keys stay on). */
export function clearTables(db: Database, shapes: TableShape[]): void {
  for (const shape of [...shapes].reverse()) db.prepare(`DELETE FROM ${quote(shape.name)}`).run()
}

/** Attaches another database file under `schema` for copying rows across. */
export function attach(db: Database, file: string, schema: string): void {
  db.prepare(`ATTACH DATABASE ? AS ${quote(schema)}`).run(file)
}

export function detach(db: Database, schema: string): void {
  db.prepare(`DETACH DATABASE ${quote(schema)}`).run()
}

/** Copies every row of a table from an attached database, keeping ids. */
export function copyTable(db: Database, shape: TableShape, fromSchema: string, columns: string[]): number {
  const list = columns.map(quote).join(', ')
  return db
    .prepare(
      `INSERT INTO main.${quote(shape.name)} (${list}) SELECT ${list} FROM ${quote(fromSchema)}.${quote(shape.name)}`
    )
    .run().changes
}

/** Foreign-key violations in a database (or an attached schema). */
export function foreignKeyProblems(
  db: Database,
  schema = 'main'
): Array<{ table: string; rowid: number; parent: string }> {
  return db.prepare(`PRAGMA ${quote(schema)}.foreign_key_check`).all() as Array<{
    table: string
    rowid: number
    parent: string
  }>
}
