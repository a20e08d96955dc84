import { foldText } from '../fold-text'
import { bodyAreas, type BodyArea } from '../schemas/exercise'

/**
 * The active injuries an exercise loads. An injury's body area is free text ("left knee",
 * "Achilles"), so it matches a caution when the folded text contains the caution's words.
 */
export function conflictingInjuries<I extends { bodyArea: string; resolvedOn: string | null }>(
  cautions: readonly string[],
  injuries: readonly I[]
): I[] {
  return injuries.filter((injury) => {
    if (injury.resolvedOn !== null) return false
    const area = foldText(injury.bodyArea)
    return cautions.some((caution) => area.includes(foldText(caution)))
  })
}

/**
 * The known body areas an injury's text names, by the same rule the flags use: "Left knee"
 * names the knee; "left achiles" (misspelt) names none, so it would never flag an exercise.
 */
export function areasNamedBy(bodyArea: string): BodyArea[] {
  const area = foldText(bodyArea)
  return bodyAreas.filter((known) => area.includes(foldText(known)))
}

/** One line a trainer reads next to the flagged exercise. */
export function conflictReason(exerciseName: string, areas: readonly string[]): string {
  const list =
    areas.length === 1 ? areas[0] : `${areas.slice(0, -1).join(', ')} and ${areas[areas.length - 1]}`
  return `${exerciseName} loads the ${list}, which has an active injury.`
}
