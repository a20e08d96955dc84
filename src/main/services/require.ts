import type { Database } from 'better-sqlite3'
import type { Client, Exercise } from '@shared/contract'
import { clientExists, getClient } from '../db/clients'
import { getExercise } from '../db/exercises'
import { ServiceError } from './errors'

/*
 * The guards every service shares: an id that names nothing is refused as not_found, worded
 * one way ("No client with id 7.") and naming the field the trainer's input carried it in.
 */

/** The not_found refusal for a missing record: `thing` is its name in words ("client", "measurement kind"). */
export function notFound(thing: string, id: number, field: string): ServiceError {
  return new ServiceError('not_found', `No ${thing} with id ${id}.`, field)
}

/** The record a lookup found, or a not_found refusal naming the field. */
export function found<T>(record: T | undefined, thing: string, id: number, field = 'id'): T {
  if (record === undefined) throw notFound(thing, id, field)
  return record
}

/** The client with this id, or not_found. */
export function requireClient(db: Database, id: number, field = 'clientId'): Client {
  return found(getClient(db, id), 'client', id, field)
}

/** Refuses an unknown client without reading its row: the check before writing a client's records. */
export function checkClient(db: Database, id: number, field = 'clientId'): void {
  if (!clientExists(db, id)) throw notFound('client', id, field)
}

/** The exercise with this id, or not_found. */
export function requireExercise(db: Database, id: number, field = 'id'): Exercise {
  return found(getExercise(db, id), 'exercise', id, field)
}

/** A delete's answer: done, or not_found when no row had that id (`removed` is the store's word on it). */
export function deleted(removed: boolean, thing: string, id: number, field = 'id'): { deleted: true } {
  if (!removed) throw notFound(thing, id, field)
  return { deleted: true }
}
