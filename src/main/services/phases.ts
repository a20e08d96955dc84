import type { Database } from 'better-sqlite3'
import { programPhases, type PhasePlan } from '@shared/training/phases'
import { getClient } from '../db/clients'

/** A program's race phases from its client's next race; a template or a client without a race has none. */
export function phasePlanOf(
  db: Database,
  program: { clientId: number | null; startDate: string | null; weeks: number },
  today: string
): PhasePlan {
  const client = program.clientId === null ? undefined : getClient(db, program.clientId)
  return programPhases({
    startDate: program.startDate,
    weeks: program.weeks,
    raceDate: client?.nextRaceDate ?? null,
    raceDistanceM: client?.nextRaceDistanceM ?? null,
    today
  })
}
