import type { Database } from 'better-sqlite3'

/**
 * The runner's week: the client's priority (running, strength or balanced), and a week plan
 * whose days carry the kind of quality session, an optional distance or duration, the order of
 * run and strength, and any number of strength workouts in order (their own table, so removing
 * a workout from the program removes it from the plan). The old one-workout column moves into
 * that table and its order values are renamed; SQLite cannot drop a column that a foreign key
 * uses, so the days table is rebuilt.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE clients ADD COLUMN priority TEXT NOT NULL DEFAULT 'balanced'
      CHECK (priority IN ('running', 'strength', 'balanced'));

    CREATE TABLE week_plan_days_new (
      client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
      weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
      run_kind TEXT NOT NULL CHECK (run_kind IN ('rest', 'easy', 'quality', 'long', 'cross')),
      quality_kind TEXT CHECK (quality_kind IN ('intervals', 'tempo', 'hills')),
      distance_m REAL CHECK (distance_m > 0),
      duration_s INTEGER CHECK (duration_s > 0),
      day_order TEXT CHECK (day_order IN ('run_first', 'lift_first')),
      notes TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (client_id, weekday)
    ) WITHOUT ROWID;

    CREATE TABLE week_plan_workouts (
      client_id INTEGER NOT NULL,
      weekday INTEGER NOT NULL,
      position INTEGER NOT NULL,
      workout_id INTEGER NOT NULL REFERENCES workouts (id) ON DELETE CASCADE,
      PRIMARY KEY (client_id, weekday, position),
      FOREIGN KEY (client_id, weekday) REFERENCES week_plan_days_new (client_id, weekday) ON DELETE CASCADE
    ) WITHOUT ROWID;
    -- Deleting a workout looks its placements up by workout.
    CREATE INDEX week_plan_workouts_workout ON week_plan_workouts (workout_id);

    INSERT INTO week_plan_days_new (client_id, weekday, run_kind, day_order, notes)
      SELECT client_id, weekday, run_kind,
        CASE strength_order WHEN 'after_run' THEN 'run_first' WHEN 'before_run' THEN 'lift_first' END,
        notes
      FROM week_plan_days;
    INSERT INTO week_plan_workouts (client_id, weekday, position, workout_id)
      SELECT client_id, weekday, 0, workout_id FROM week_plan_days WHERE workout_id IS NOT NULL;

    DROP TABLE week_plan_days;
    ALTER TABLE week_plan_days_new RENAME TO week_plan_days;
  `)
}
