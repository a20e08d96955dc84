import { createContext, useContext } from 'react'
import type { DistanceUnit, MassUnit } from '@shared/units'

export interface UnitPrefs {
  mass: MassUnit
  distance: DistanceUnit
}

/**
 * The trainer's units, read once at the shell so every screen shows values the same way. The
 * shell always provides them from the settings; this default (a new install's) serves only
 * renders outside it, and is written out so the first screen need not load the settings schema.
 */
export const UnitsContext = createContext<UnitPrefs>({ mass: 'kg', distance: 'km' })

export function useUnits(): UnitPrefs {
  return useContext(UnitsContext)
}
