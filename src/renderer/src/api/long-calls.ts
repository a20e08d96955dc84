import { useSyncExternalStore } from 'react'

/** Operations that run as jobs in Spotter and may take a while: the window shows their progress. */
const longOperations = new Set<string>([
  'demo.load',
  'handouts.preview',
  'handouts.export',
  'backups.create',
  'backups.restore',
  'recovery.restoreLatest',
  'recovery.openFile',
  'export.all',
  'export.client',
  'import.preview',
  'import.apply',
  'clientsCsv.inspect',
  'clientsCsv.preview',
  'clientsCsv.apply',
  'logImport.inspect',
  'logImport.preview',
  'logImport.apply'
])

let inFlight = 0
const listeners = new Set<() => void>()
const changed = (): void => listeners.forEach((listener) => listener())

/** Wraps a call: while a long operation is in flight, the jobs panel asks for progress. */
export async function trackLongCall<T>(name: string, call: () => Promise<T>): Promise<T> {
  if (!longOperations.has(name)) return call()
  inFlight++
  changed()
  try {
    return await call()
  } finally {
    inFlight--
    changed()
  }
}

/** True while any long operation is in flight. */
export function useLongCallsInFlight(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => inFlight > 0
  )
}
