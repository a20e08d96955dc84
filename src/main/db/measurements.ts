import type { Database } from 'better-sqlite3'
import { foldText } from '@shared/fold-text'
import type { Measurement, MeasurementInput, MeasurementKind } from '@shared/schemas/logs'
import { statement } from './statements'

interface KindRow {
  id: number
  builtin_key: string | null
  name: string
  unit: string
}

interface MeasurementRow {
  id: number
  client_id: number
  kind_id: number
  date: string
  value: number
  kind_name: string
  unit: string
  builtin_key: string | null
}

const toKind = (row: KindRow): MeasurementKind => ({
  id: row.id,
  builtinKey: row.builtin_key,
  name: row.name,
  unit: row.unit
})

const toMeasurement = (row: MeasurementRow): Measurement => ({
  id: row.id,
  clientId: row.client_id,
  kindId: row.kind_id,
  date: row.date,
  value: row.value,
  kindName: row.kind_name,
  unit: row.unit,
  builtinKey: row.builtin_key
})

/** Every measurement kind: the built-ins first in their shipped order, then the trainer's by name. */
export function listMeasurementKinds(db: Database): MeasurementKind[] {
  return statement<[], KindRow>(
    db,
    'SELECT * FROM measurement_kinds ORDER BY builtin_key IS NULL, CASE WHEN builtin_key IS NULL THEN name END, id'
  )
    .all()
    .map(toKind)
}

export function getMeasurementKind(db: Database, id: number): MeasurementKind | undefined {
  const row = statement<[number], KindRow>(db, 'SELECT * FROM measurement_kinds WHERE id = ?').get(id)
  return row ? toKind(row) : undefined
}

/** The kind with this name, compared on the folded form ("Waist" = "waist" = "Waist\u200b"). */
export function findMeasurementKind(db: Database, name: string): MeasurementKind | undefined {
  // Compared on the folded form (case, accents, invisible characters), which SQL cannot compute;
  // a practice has a handful of kinds, so reading them all is cheap.
  const folded = foldText(name)
  return listMeasurementKinds(db).find((kind) => foldText(kind.name) === folded)
}

export function insertMeasurementKind(db: Database, name: string, unit: string): number {
  return Number(
    statement(db, 'INSERT INTO measurement_kinds (builtin_key, name, unit) VALUES (NULL, ?, ?)').run(
      name,
      unit
    ).lastInsertRowid
  )
}

const measurementSelect = `SELECT m.id, m.client_id, m.kind_id, m.date, m.value, k.name AS kind_name, k.unit,
   k.builtin_key FROM measurements m JOIN measurement_kinds k ON k.id = m.kind_id`

/** A client's measurements, newest first; only one kind's when kindId is given. */
export function listMeasurements(db: Database, clientId: number, kindId?: number): Measurement[] {
  const rows =
    kindId === undefined
      ? statement<[number], MeasurementRow>(
          db,
          `${measurementSelect} WHERE m.client_id = ? ORDER BY m.date DESC, m.id DESC`
        ).all(clientId)
      : statement<[number, number], MeasurementRow>(
          db,
          `${measurementSelect} WHERE m.client_id = ? AND m.kind_id = ? ORDER BY m.date DESC, m.id DESC`
        ).all(clientId, kindId)
  return rows.map(toMeasurement)
}

export function getMeasurement(db: Database, id: number): Measurement | undefined {
  const row = statement<[number], MeasurementRow>(db, `${measurementSelect} WHERE m.id = ?`).get(id)
  return row ? toMeasurement(row) : undefined
}

export function insertMeasurement(db: Database, m: Omit<MeasurementInput, 'id'>): number {
  return Number(
    statement(db, 'INSERT INTO measurements (client_id, kind_id, date, value) VALUES (?, ?, ?, ?)').run(
      m.clientId,
      m.kindId,
      m.date,
      m.value
    ).lastInsertRowid
  )
}

/** Replaces a measurement's kind, date and value (not its client). */
export function updateMeasurement(
  db: Database,
  id: number,
  m: Omit<MeasurementInput, 'id' | 'clientId'>
): void {
  statement(db, 'UPDATE measurements SET kind_id = ?, date = ?, value = ? WHERE id = ?').run(
    m.kindId,
    m.date,
    m.value,
    id
  )
}

export function deleteMeasurement(db: Database, id: number): boolean {
  return statement(db, 'DELETE FROM measurements WHERE id = ?').run(id).changes > 0
}
