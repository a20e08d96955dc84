import type { Program } from '@shared/contract'
import { phaseOn, programPhases, type ProgramWeekPhase } from '@shared/training/phases'
import { useOperation } from '../../api/hooks'

/**
 * The taper week a new session falls in, if any, with the day the taper began: the session
 * form then starts at the bottom of each set range, leaves race week's heavy leg work out, and
 * holds loads at what the logs said before the taper.
 */
export function useTaperWeek(
  clientId: number,
  program: Program | undefined,
  date: string
): { week: ProgramWeekPhase; heldFrom: string } | undefined {
  const client = useOperation('clients.get', { id: clientId })
  if (!program || !client.data) return undefined
  const plan = programPhases({
    startDate: program.startDate,
    weeks: program.weeks,
    raceDate: client.data.nextRaceDate,
    raceDistanceM: client.data.nextRaceDistanceM,
    today: date
  })
  const week = phaseOn(plan, date)
  if (!plan.ok || !week || week.phase !== 'taper') return undefined
  const first = plan.weeks.find((w) => w.phase === 'taper' && !w.afterRace)
  return { week, heldFrom: first?.start ?? week.start }
}
