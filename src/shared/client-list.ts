import type { ClientListRow } from './contract'

/** A row of the client list with its values named, as the table and the search use it. */
export interface ClientSummary {
  id: number
  name: string
  /** At most `listGoalsLength` characters, ending in "…" when the goals are longer. */
  goals: string
  tags: string[]
  nextRaceName: string | null
  nextRaceDate: string | null
  nextRaceDistanceM: number | null
  activeProgramName: string | null
  lastSessionDate: string | null
  activeInjuryAreas: string[]
  /** Set by the "All" view for an archived client, so the row says so; the rows themselves carry no status. */
  archived?: true
}

/** Names the values of a `clients.list` row (the contract's `clientListRowSchema`, in its order). */
export function clientSummaryOf(row: ClientListRow): ClientSummary {
  return {
    id: row[0],
    name: row[1],
    goals: row[2],
    tags: row[3],
    nextRaceName: row[4],
    nextRaceDate: row[5],
    nextRaceDistanceM: row[6],
    activeProgramName: row[7],
    lastSessionDate: row[8],
    activeInjuryAreas: row[9]
  }
}
