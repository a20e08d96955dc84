import type { Database } from 'better-sqlite3'
import { settingsSchema, type Settings } from '@shared/schemas/settings'
import * as store from '../db/settings'
import type { Handlers } from './handler-table'

/**
 * The stored settings over the defaults. A stored value a newer or older Spotter no longer
 * accepts falls back to its default instead of breaking every screen.
 */
export function readSettings(db: Database): Settings {
  const stored = store.readSettings(db)
  const defaults = settingsSchema.parse({})
  const merged: Record<string, unknown> = { ...defaults }
  for (const [key, value] of Object.entries(stored)) {
    const field = settingsSchema.shape[key as keyof Settings]
    if (field?.safeParse(value).success) merged[key] = value
  }
  return merged as Settings
}

export function settingsHandlers(db: Database): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => readSettings(db),
    'settings.update': (patch) => {
      store.writeSettings(db, patch)
      return readSettings(db)
    }
  }
}
