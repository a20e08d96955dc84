import type { Database } from 'better-sqlite3'
import type { OperationName, Output } from '@shared/contract'
import { createHandlers, dispatch, type Handlers } from './dispatch'
import { installBuiltins } from './services/builtins'
import { openTestDatabase } from './test-db'

/** A real store in a temp folder with the built-in library installed and a fixed clock, for service tests. */
export function openTestStore(now: string): { db: Database; handlers: Handlers; cleanup: () => void } {
  const t = openTestDatabase()
  installBuiltins(t.db, now)
  return { db: t.db, handlers: createHandlers(t.db, { now: () => now }), cleanup: t.cleanup }
}

/** Runs an operation that must succeed and returns its typed value; a failure fails the test with its message. */
export function expectOk<N extends OperationName>(handlers: Handlers, name: N, input: unknown): Output<N> {
  const result = dispatch(handlers, name, input)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value as Output<N>
}
