import type { Database } from 'better-sqlite3'

/**
 * Lets corrections to the built-in library reach stores that already have it. Each built-in
 * exercise remembers a fingerprint of the content it was last installed with; at start, a row
 * whose content still has that fingerprint (nobody changed it since) takes the newly shipped
 * content, and a row changed since keeps its changes. Rows from before this column have no
 * fingerprint yet: the installer treats them as shipped, since no earlier Spotter could edit a
 * built-in exercise.
 */
export function up(db: Database): void {
  db.exec('ALTER TABLE exercises ADD COLUMN builtin_fingerprint TEXT')
}
