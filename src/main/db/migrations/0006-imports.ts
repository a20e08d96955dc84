import type { Database } from 'better-sqlite3'

/**
 * What imports from other workout apps remember:
 * - import_keys: one row per workout already brought in for a client, so importing the same
 *   file again adds nothing. Deleting the session (or run) deletes its key, so a deleted
 *   workout comes back on the next import, as the trainer would expect.
 * - exercise_name_map: the trainer's answer for an exercise name Spotter could not match,
 *   remembered for the next file. A target of 'run' or 'cross' logs the rows as runs.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE import_keys (
      client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
      key TEXT NOT NULL,
      session_id INTEGER REFERENCES sessions (id) ON DELETE CASCADE,
      run_id INTEGER REFERENCES run_logs (id) ON DELETE CASCADE,
      PRIMARY KEY (client_id, key)
    ) WITHOUT ROWID;
    CREATE INDEX import_keys_session ON import_keys (session_id);
    CREATE INDEX import_keys_run ON import_keys (run_id);

    CREATE TABLE exercise_name_map (
      name_folded TEXT PRIMARY KEY,
      target TEXT NOT NULL CHECK (target IN ('exercise', 'run', 'cross', 'skip')),
      exercise_id INTEGER REFERENCES exercises (id) ON DELETE CASCADE,
      CHECK ((target = 'exercise') = (exercise_id IS NOT NULL))
    ) WITHOUT ROWID;
  `)
}
