import { createContext, useContext } from 'react'
import type { Exercise, Injury } from '@shared/contract'

/** What every row of the builder needs to know about the program's owner and the library. */
export interface BuilderContextValue {
  programId: number
  /** Null for templates: no injuries, no maxes. */
  clientId: number | null
  clientName: string | null
  injuries: Injury[]
  /** Trainer-entered 1RM per exercise id, kg. */
  maxes: Map<number, number>
  /** 1RM estimated from the client's logs (Epley), kg: used when the trainer entered none. */
  estimatedMaxes: Map<number, number>
  exercises: Map<number, Exercise>
}

export const BuilderContext = createContext<BuilderContextValue>({
  programId: 0,
  clientId: null,
  clientName: null,
  injuries: [],
  maxes: new Map(),
  estimatedMaxes: new Map(),
  exercises: new Map()
})

export const useBuilder = (): BuilderContextValue => useContext(BuilderContext)
