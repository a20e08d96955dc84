import type { Database } from 'better-sqlite3'

/**
 * What the trainer decided about a progression suggestion, one row per prescription: the
 * suggestion is based on the prescription's latest session, so a decision about that session
 * hides it until a newer session is logged. Deleting the session or the prescription (or the
 * client, through them) removes the decision.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE suggestion_decisions (
      prescription_id INTEGER PRIMARY KEY REFERENCES prescriptions (id) ON DELETE CASCADE,
      session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
      decision TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed')),
      load_kg REAL,
      decided_at TEXT NOT NULL
    );
    -- Deleting a session looks its decisions up by session.
    CREATE INDEX suggestion_decisions_session ON suggestion_decisions (session_id);
  `)
}
