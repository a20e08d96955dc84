import type { Database } from 'better-sqlite3'

/** The first schema: clients and their injuries. Later parts of the domain come as new migrations. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE clients (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      name_folded TEXT NOT NULL,
      email TEXT,
      phone TEXT,
      birth_date TEXT,
      goals TEXT NOT NULL DEFAULT '',
      weekly_distance_m REAL,
      next_race_name TEXT,
      next_race_date TEXT,
      next_race_distance_m REAL,
      next_race_target_s INTEGER,
      notes TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX clients_status_name ON clients (status, name_folded);

    CREATE TABLE injuries (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
      body_area TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      since TEXT,
      resolved_on TEXT
    );
    CREATE INDEX injuries_client ON injuries (client_id);
  `)
}
