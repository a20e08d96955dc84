import type { Database } from 'better-sqlite3'

/**
 * The client list's three facts from other tables (the last session's date, the active program's
 * name, the active injuries' areas) kept on the client row, so the list is one range of one index
 * and nothing else. Looked up per client, as before, the list grew faster than the practice: each
 * lookup lands on a page of a log that is three times the size in a practice three times the
 * size, and at 30,000 clients those pages no longer stay in the processor's caches.
 *
 * Triggers keep the facts true whatever writes the logs (the services, imports, the demo
 * generator, a merge); an edit that leaves a fact as it was (a session's notes, an active
 * program's goal) does not rewrite the client row and its list entry. `refreshClientListFacts`
 * recomputes them all, for data that arrived with facts of its own.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE clients ADD COLUMN last_session_date TEXT;
    ALTER TABLE clients ADD COLUMN active_program_name TEXT;
    -- The areas joined by U+001F in the order they were recorded, or NULL for none.
    ALTER TABLE clients ADD COLUMN active_injury_areas TEXT;

    CREATE TRIGGER clients_last_session_on_insert AFTER INSERT ON sessions BEGIN
      UPDATE clients SET last_session_date = NEW.date
        WHERE id = NEW.client_id AND (last_session_date IS NULL OR last_session_date < NEW.date);
    END;
    CREATE TRIGGER clients_last_session_on_delete AFTER DELETE ON sessions BEGIN
      UPDATE clients SET last_session_date = (SELECT max(date) FROM sessions WHERE client_id = OLD.client_id)
        WHERE id = OLD.client_id AND last_session_date = OLD.date;
    END;
    CREATE TRIGGER clients_last_session_on_update AFTER UPDATE OF date, client_id ON sessions
      WHEN OLD.date IS NOT NEW.date OR OLD.client_id IS NOT NEW.client_id BEGIN
      UPDATE clients SET last_session_date = (SELECT max(date) FROM sessions WHERE client_id = clients.id)
        WHERE id IN (OLD.client_id, NEW.client_id);
    END;

    CREATE TRIGGER clients_active_program_on_insert AFTER INSERT ON programs
      WHEN NEW.status = 'active' AND NEW.client_id IS NOT NULL BEGIN
      UPDATE clients SET active_program_name = NEW.name WHERE id = NEW.client_id;
    END;
    CREATE TRIGGER clients_active_program_on_delete AFTER DELETE ON programs
      WHEN OLD.status = 'active' AND OLD.client_id IS NOT NULL BEGIN
      UPDATE clients SET active_program_name = NULL WHERE id = OLD.client_id;
    END;
    CREATE TRIGGER clients_active_program_on_update AFTER UPDATE OF name, status, client_id ON programs
      WHEN (OLD.status = 'active' OR NEW.status = 'active') AND (OLD.name IS NOT NEW.name
        OR OLD.status IS NOT NEW.status OR OLD.client_id IS NOT NEW.client_id) BEGIN
      UPDATE clients SET active_program_name =
          (SELECT name FROM programs WHERE client_id = clients.id AND status = 'active')
        WHERE id IN (OLD.client_id, NEW.client_id);
    END;

    CREATE TRIGGER clients_active_injuries_on_insert AFTER INSERT ON injuries
      WHEN NEW.resolved_on IS NULL BEGIN
      UPDATE clients SET active_injury_areas = ${activeInjuryAreas('NEW.client_id')} WHERE id = NEW.client_id;
    END;
    CREATE TRIGGER clients_active_injuries_on_delete AFTER DELETE ON injuries
      WHEN OLD.resolved_on IS NULL BEGIN
      UPDATE clients SET active_injury_areas = ${activeInjuryAreas('OLD.client_id')} WHERE id = OLD.client_id;
    END;
    CREATE TRIGGER clients_active_injuries_on_update AFTER UPDATE OF body_area, resolved_on, client_id ON injuries
      WHEN (OLD.resolved_on IS NULL OR NEW.resolved_on IS NULL) AND (OLD.body_area IS NOT NEW.body_area
        OR (OLD.resolved_on IS NULL) IS NOT (NEW.resolved_on IS NULL) OR OLD.client_id IS NOT NEW.client_id) BEGIN
      UPDATE clients SET active_injury_areas = ${activeInjuryAreas('clients.id')}
        WHERE id IN (OLD.client_id, NEW.client_id);
    END;

    DROP INDEX clients_list;
    CREATE INDEX clients_list ON clients (name_folded, id, status, name, goals, tags,
      next_race_name, next_race_date, next_race_distance_m, active_program_name, last_session_date,
      active_injury_areas);
  `)
  refreshClientListFacts(db)
}

/** The SQL of one client's active injury areas as the list column holds them. */
function activeInjuryAreas(clientId: string): string {
  return `(SELECT group_concat(body_area, char(31) ORDER BY id) FROM injuries
    WHERE client_id = ${clientId} AND resolved_on IS NULL)`
}

/** Recomputes every client's list facts from the logs. */
export function refreshClientListFacts(db: Database): void {
  db.exec(`UPDATE clients SET
    last_session_date = (SELECT max(date) FROM sessions WHERE client_id = clients.id),
    active_program_name = (SELECT name FROM programs WHERE client_id = clients.id AND status = 'active'),
    active_injury_areas = ${activeInjuryAreas('clients.id')}`)
}
