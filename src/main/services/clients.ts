import type { Database } from 'better-sqlite3'
import type { Client, Injury } from '@shared/contract'
import * as store from '../db/clients'
import type { Handlers } from '../dispatch'
import { ServiceError } from './errors'

function requireClient(db: Database, id: number): Client {
  const client = store.getClient(db, id)
  if (!client) throw new ServiceError('not_found', `No client with id ${id}.`, 'id')
  return client
}

function requireInjury(db: Database, id: number): Injury {
  const injury = store.getInjury(db, id)
  if (!injury) throw new ServiceError('not_found', `No injury with id ${id}.`, 'id')
  return injury
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
    'clients.get': ({ id }) => requireClient(db, id),
    'clients.create': (input) => store.insertClient(db, input, now()),
    'clients.update': ({ id, patch }) => {
      const existing = requireClient(db, id)
      store.updateClient(db, id, { ...existing, ...patch }, now())
      return requireClient(db, id)
    },
    'clients.archive': ({ id }) => {
      requireClient(db, id)
      store.setClientStatus(db, id, 'archived', now())
      return requireClient(db, id)
    },
    'clients.restore': ({ id }) => {
      requireClient(db, id)
      store.setClientStatus(db, id, 'active', now())
      return requireClient(db, id)
    },
    'clients.delete': ({ id }) => {
      if (!store.deleteClient(db, id)) throw new ServiceError('not_found', `No client with id ${id}.`, 'id')
      return { deleted: true as const }
    },
    'injuries.list': ({ clientId }) => {
      requireClient(db, clientId)
      return store.listInjuries(db, clientId)
    },
    'injuries.add': (injury) => {
      requireClient(db, injury.clientId)
      return store.insertInjury(db, injury)
    },
    'injuries.update': (injury) => {
      const existing = requireInjury(db, injury.id)
      store.updateInjury(db, injury)
      return { ...injury, clientId: existing.clientId }
    },
    'injuries.delete': ({ id }) => {
      requireInjury(db, id)
      store.deleteInjury(db, id)
      return { deleted: true as const }
    }
  }
}
