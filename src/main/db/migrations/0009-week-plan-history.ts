import type { Database } from 'better-sqlite3'

/**
 * The week plan's strength days as they stood over time, so Progress compares each past week with
 * the plan it had then, not with today's. A row holds the plan's strength weekdays (0 = Monday …
 * 6 = Sunday, a day twice when it has two workouts, as a JSON array such as `[1,1,4]`) from
 * `from_date` until the next row's; weeks before a client's first row read the first row. The
 * services record a row whenever the plan's workouts change (see `recordPlanWeekdays`): SQLite
 * triggers could not, as "today" is the services' clock, not SQLite's.
 *
 * What the plans were before this version is unknown, so each client with a plan today gets one
 * row from before any log (`0001-01-01`): today's plan stands for the past, as it did until now.
 * The checks refuse anything but that form (an import is checked row by row against them).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE week_plan_history (
      client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
      from_date TEXT NOT NULL CHECK (from_date IS date(from_date)),
      weekdays TEXT NOT NULL CHECK (json_valid(weekdays) AND weekdays GLOB '[[]*]'
        AND substr(weekdays, 2, length(weekdays) - 2) NOT GLOB '*[^0-6,]*'
        AND weekdays NOT GLOB '*[0-6][0-6]*'),
      PRIMARY KEY (client_id, from_date)
    ) WITHOUT ROWID;

    INSERT INTO week_plan_history (client_id, from_date, weekdays)
      SELECT d.client_id, '0001-01-01',
        (SELECT json_group_array(w.weekday ORDER BY w.weekday, w.position) FROM week_plan_workouts w
         WHERE w.client_id = d.client_id)
      FROM week_plan_days d GROUP BY d.client_id;
  `)
}
