import { createContext, useContext } from 'react'
import { defaultSettings } from '@shared/schemas/settings'
import type { DistanceUnit, MassUnit } from '@shared/units'

export interface UnitPrefs {
  mass: MassUnit
  distance: DistanceUnit
}

/** The trainer's units, read once at the shell so every screen shows values the same way. */
export const UnitsContext = createContext<UnitPrefs>({
  mass: defaultSettings.massUnit,
  distance: defaultSettings.distanceUnit
})

export function useUnits(): UnitPrefs {
  return useContext(UnitsContext)
}
