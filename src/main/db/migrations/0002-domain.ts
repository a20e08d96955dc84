import type { Database } from 'better-sqlite3'

/**
 * The rest of the domain in SPEC.md: the exercise library, programs and templates with their
 * workouts and prescriptions, week plans, logs, measurements and settings. Everything a client
 * owns cascades from clients, so deleting a client removes every record of theirs.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE clients ADD COLUMN sex TEXT CHECK (sex IN ('female', 'male', 'other'));
    ALTER TABLE clients ADD COLUMN height_m REAL;
    ALTER TABLE clients ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
    CREATE INDEX injuries_active ON injuries (client_id) WHERE resolved_on IS NULL;

    CREATE TABLE exercises (
      id INTEGER PRIMARY KEY,
      builtin_key TEXT UNIQUE,
      name TEXT NOT NULL,
      name_folded TEXT NOT NULL,
      category TEXT NOT NULL CHECK (category IN ('lower', 'upper', 'core', 'full')),
      pattern TEXT NOT NULL,
      equipment TEXT NOT NULL DEFAULT '[]',
      primary_muscles TEXT NOT NULL DEFAULT '[]',
      secondary_muscles TEXT NOT NULL DEFAULT '[]',
      unilateral INTEGER NOT NULL DEFAULT 0,
      steps TEXT NOT NULL DEFAULT '[]',
      cues TEXT NOT NULL DEFAULT '[]',
      cautions TEXT NOT NULL DEFAULT '[]',
      runner_benefit TEXT NOT NULL DEFAULT '',
      archived INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX exercises_name ON exercises (archived, name_folded);

    CREATE TABLE exercise_alternatives (
      exercise_id INTEGER NOT NULL REFERENCES exercises (id) ON DELETE CASCADE,
      alternative_id INTEGER NOT NULL REFERENCES exercises (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('easier', 'harder', 'substitute')),
      PRIMARY KEY (exercise_id, alternative_id)
    ) WITHOUT ROWID;

    -- A program without a client is a template.
    CREATE TABLE programs (
      id INTEGER PRIMARY KEY,
      client_id INTEGER REFERENCES clients (id) ON DELETE CASCADE,
      builtin_key TEXT UNIQUE,
      name TEXT NOT NULL,
      goal TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      start_date TEXT,
      weeks INTEGER NOT NULL DEFAULT 8 CHECK (weeks BETWEEN 1 AND 104),
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'completed')),
      source_program_id INTEGER REFERENCES programs (id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX programs_client ON programs (client_id, status);
    CREATE UNIQUE INDEX programs_one_active ON programs (client_id) WHERE status = 'active';

    CREATE TABLE workouts (
      id INTEGER PRIMARY KEY,
      program_id INTEGER NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      position INTEGER NOT NULL,
      notes TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX workouts_program ON workouts (program_id, position);

    CREATE TABLE prescriptions (
      id INTEGER PRIMARY KEY,
      workout_id INTEGER NOT NULL REFERENCES workouts (id) ON DELETE CASCADE,
      exercise_id INTEGER NOT NULL REFERENCES exercises (id) ON DELETE RESTRICT,
      position INTEGER NOT NULL,
      sets_min INTEGER NOT NULL,
      sets_max INTEGER NOT NULL,
      reps_min INTEGER,
      reps_max INTEGER,
      hold_min_s INTEGER,
      hold_max_s INTEGER,
      load_kind TEXT NOT NULL CHECK (load_kind IN ('none', 'kg', 'percent1rm', 'rpe', 'bodyweight', 'band')),
      load_value REAL,
      load_band TEXT,
      rest_min_s INTEGER,
      rest_max_s INTEGER,
      tempo TEXT NOT NULL DEFAULT '',
      per_side INTEGER NOT NULL DEFAULT 0,
      superset_group TEXT,
      notes TEXT NOT NULL DEFAULT '',
      progression_pct REAL
    );
    CREATE INDEX prescriptions_workout ON prescriptions (workout_id, position);
    CREATE INDEX prescriptions_exercise ON prescriptions (exercise_id);

    -- Trainer-entered one-rep max or training max per client and exercise.
    CREATE TABLE client_maxes (
      client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
      exercise_id INTEGER NOT NULL REFERENCES exercises (id) ON DELETE CASCADE,
      kind TEXT NOT NULL DEFAULT '1rm' CHECK (kind IN ('1rm', 'tm')),
      kg REAL NOT NULL CHECK (kg > 0),
      set_on TEXT NOT NULL,
      PRIMARY KEY (client_id, exercise_id)
    ) WITHOUT ROWID;

    CREATE TABLE week_plan_days (
      client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
      weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
      run_kind TEXT NOT NULL CHECK (run_kind IN ('rest', 'easy', 'quality', 'long', 'cross')),
      workout_id INTEGER REFERENCES workouts (id) ON DELETE SET NULL,
      strength_order TEXT CHECK (strength_order IN ('after_run', 'before_run')),
      notes TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (client_id, weekday)
    ) WITHOUT ROWID;

    CREATE TABLE sessions (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      workout_id INTEGER REFERENCES workouts (id) ON DELETE SET NULL,
      duration_s INTEGER,
      effort INTEGER CHECK (effort BETWEEN 1 AND 10),
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    );
    CREATE INDEX sessions_client_date ON sessions (client_id, date);
    CREATE INDEX sessions_workout ON sessions (workout_id);

    CREATE TABLE set_logs (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
      exercise_id INTEGER NOT NULL REFERENCES exercises (id) ON DELETE RESTRICT,
      prescription_id INTEGER REFERENCES prescriptions (id) ON DELETE SET NULL,
      set_number INTEGER NOT NULL,
      reps INTEGER,
      hold_s INTEGER,
      load_kg REAL,
      rpe REAL CHECK (rpe BETWEEN 1 AND 10),
      warmup INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX set_logs_session ON set_logs (session_id, exercise_id, set_number);
    CREATE INDEX set_logs_exercise ON set_logs (exercise_id);
    CREATE INDEX set_logs_prescription ON set_logs (prescription_id);

    CREATE TABLE run_logs (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('easy', 'quality', 'long', 'race', 'cross')),
      distance_m REAL NOT NULL CHECK (distance_m >= 0),
      duration_s INTEGER NOT NULL CHECK (duration_s >= 0),
      avg_hr INTEGER,
      effort INTEGER CHECK (effort BETWEEN 1 AND 10),
      notes TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX run_logs_client_date ON run_logs (client_id, date);

    CREATE TABLE measurement_kinds (
      id INTEGER PRIMARY KEY,
      builtin_key TEXT UNIQUE,
      name TEXT NOT NULL UNIQUE,
      unit TEXT NOT NULL
    );
    INSERT INTO measurement_kinds (builtin_key, name, unit) VALUES
      ('body_weight', 'Body weight', 'kg'),
      ('body_fat', 'Body fat', '%'),
      ('resting_hr', 'Resting heart rate', 'bpm'),
      ('waist', 'Waist', 'm');

    CREATE TABLE measurements (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
      kind_id INTEGER NOT NULL REFERENCES measurement_kinds (id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      value REAL NOT NULL
    );
    CREATE INDEX measurements_client_kind_date ON measurements (client_id, kind_id, date);

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) WITHOUT ROWID;
  `)
}
