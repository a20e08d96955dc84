import type { Database } from 'better-sqlite3'
import type { Injury } from '@shared/contract'
import * as store from '../db/clients'
import type { Handlers } from './handler-table'
import { checkDate } from './date-rules'
import { deleted, found, requireClient } from './require'

const requireInjury = (db: Database, id: number): Injury => found(store.getInjury(db, id), 'injury', id)

/**
 * A race date must still be ahead: planning towards a race already run would label weeks
 * wrongly. A date already stored is left alone, so an old client's other fields can be edited.
 */
function requireRaceAhead(raceDate: string | null | undefined, now: string, stored?: string | null): void {
  if (raceDate !== stored) checkDate(raceDate, 'ahead', 'nextRaceDate', now)
}

/** An injury began, and was resolved, by tomorrow at the latest (the schema keeps their order). */
function checkInjuryDates(injury: Pick<Injury, 'since' | 'resolvedOn'>, now: string): void {
  checkDate(injury.since, 'done', 'since', now)
  checkDate(injury.resolvedOn, 'done', 'resolvedOn', now)
}

/** Handlers for client and injury operations. */
export function clientHandlers(
  db: Database,
  now: () => string
): Pick<
  Handlers,
  | 'clients.list'
  | 'clients.get'
  | 'clients.create'
  | 'clients.update'
  | 'clients.archive'
  | 'clients.restore'
  | 'clients.delete'
  | 'injuries.list'
  | 'injuries.add'
  | 'injuries.update'
  | 'injuries.delete'
> {
  return {
    'clients.list': ({ status, after, limit }) => ({
      ...store.listClientPage(db, status, after, limit),
      counts: after === null ? store.clientCounts(db) : null
    }),
    'clients.get': ({ id }) => requireClient(db, id, 'id'),
    'clients.create': (input) => {
      const stamp = now()
      checkDate(input.birthDate, 'past', 'birthDate', stamp)
      requireRaceAhead(input.nextRaceDate, stamp)
      return store.insertClient(db, input, stamp)
    },
    'clients.update': ({ id, patch }) => {
      const existing = requireClient(db, id, 'id')
      checkDate(patch.birthDate, 'past', 'patch.birthDate', now())
      requireRaceAhead(patch.nextRaceDate, now(), existing.nextRaceDate)
      const next = { ...existing, ...patch }
      // Saving what is already stored is no change: the row, updated_at included, stays as it is.
      const changed = (Object.keys(patch) as Array<keyof typeof patch>).some(
        (key) => JSON.stringify(next[key]) !== JSON.stringify(existing[key])
      )
      if (changed) store.updateClient(db, id, next, now())
      return requireClient(db, id, 'id')
    },
    'clients.archive': ({ id }) => {
      requireClient(db, id, 'id')
      store.setClientStatus(db, id, 'archived', now())
      return requireClient(db, id, 'id')
    },
    'clients.restore': ({ id }) => {
      requireClient(db, id, 'id')
      store.setClientStatus(db, id, 'active', now())
      return requireClient(db, id, 'id')
    },
    'clients.delete': ({ id }) => {
      return deleted(store.deleteClient(db, id), 'client', id)
    },
    'injuries.list': ({ clientId }) => {
      requireClient(db, clientId)
      return store.listInjuries(db, clientId)
    },
    'injuries.add': (injury) => {
      requireClient(db, injury.clientId)
      checkInjuryDates(injury, now())
      return store.insertInjury(db, injury)
    },
    'injuries.update': (injury) => {
      const existing = requireInjury(db, injury.id)
      checkInjuryDates(injury, now())
      store.updateInjury(db, injury)
      return { ...injury, clientId: existing.clientId }
    },
    'injuries.delete': ({ id }) => {
      return deleted(store.deleteInjury(db, id), 'injury', id)
    }
  }
}
