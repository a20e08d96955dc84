/**
 * Race phases: each week of a program labelled base, build, peak or taper by counting back
 * from the week of the client's race. The taper is the race week and, for a half marathon or
 * longer, the week before; two peak weeks come before it and up to six build weeks before those.
 */

import { addDays, daysBetween, printDate } from '../dates'
import { programWeekStart } from './program-weeks'

export const phases = ['base', 'build', 'peak', 'taper'] as const
export type Phase = (typeof phases)[number]

/** Phase names as the app and the handout print them. */
export const phaseLabels: Record<Phase, string> = {
  base: 'Base',
  build: 'Build',
  peak: 'Peak',
  taper: 'Taper'
}

/** Races this long or longer taper for two weeks; shorter ones for one. */
export const longTaperFromM = 21_000
const peakWeeks = 2
const buildWeeks = 6

export interface ProgramWeekPhase {
  /** 1-based week of the program. */
  week: number
  start: string
  end: string
  phase: Phase
  /** The week the race falls in. */
  raceWeek: boolean
  /** A week after the race: back to base. */
  afterRace: boolean
}

export type PhasePlan =
  | { ok: true; raceDate: string; taperWeeks: number; weeks: ProgramWeekPhase[] }
  | { ok: false; reason: string }

export interface PhaseInput {
  startDate: string | null
  weeks: number
  raceDate: string | null
  raceDistanceM: number | null
  today: string
}

/** How many weeks a race of this distance tapers: one or two. */
export function taperWeeksFor(raceDistanceM: number | null): number {
  return raceDistanceM !== null && raceDistanceM >= longTaperFromM ? 2 : 1
}

function phaseOf(weeksBeforeRace: number, taperWeeks: number): Phase {
  if (weeksBeforeRace < 0) return 'base'
  if (weeksBeforeRace < taperWeeks) return 'taper'
  if (weeksBeforeRace < taperWeeks + peakWeeks) return 'peak'
  if (weeksBeforeRace < taperWeeks + peakWeeks + buildWeeks) return 'build'
  return 'base'
}

/**
 * Labels every week of a program from the client's race date, or says in one line why it can't:
 * no race date, a race already run, or a program without a start date. A race inside the program
 * puts its later weeks back to base; a race after the program ends labels the weeks by counting
 * back from it all the same.
 */
export function programPhases(input: PhaseInput): PhasePlan {
  if (!input.raceDate) {
    return { ok: false, reason: 'No race date: add the client’s next race to see the phases.' }
  }
  if (input.raceDate < input.today) {
    return {
      ok: false,
      reason: `The race date (${printDate(input.raceDate)}) has passed, so the weeks carry no phase. Set the client’s next race to plan towards it.`
    }
  }
  if (!input.startDate) {
    return {
      ok: false,
      reason: 'The program has no start date, so its weeks can’t be lined up with the race.'
    }
  }
  const raceWeek = Math.floor(daysBetween(input.startDate, input.raceDate) / 7)
  const taperWeeks = taperWeeksFor(input.raceDistanceM)
  const weeks: ProgramWeekPhase[] = []
  for (let index = 0; index < input.weeks; index++) {
    const start = programWeekStart(input.startDate, index + 1)
    const before = raceWeek - index
    weeks.push({
      week: index + 1,
      start,
      end: addDays(start, 6),
      phase: phaseOf(before, taperWeeks),
      raceWeek: before === 0,
      afterRace: before < 0
    })
  }
  return { ok: true, raceDate: input.raceDate, taperWeeks, weeks }
}

/** The program week a date falls in, or undefined outside the program (or without phases). */
export function phaseOn(plan: PhasePlan, date: string): ProgramWeekPhase | undefined {
  if (!plan.ok) return undefined
  return plan.weeks.find((w) => w.start <= date && date <= w.end)
}

/** "Weeks 1–6 Base · 7–12 Build · 13–14 Peak · 15–16 Taper": runs of weeks with the same phase. */
export function phaseSummary(plan: PhasePlan): string {
  if (!plan.ok) return plan.reason
  const runs: Array<{ from: number; to: number; label: string }> = []
  for (const week of plan.weeks) {
    const label = week.afterRace ? `${phaseLabels[week.phase]} (after the race)` : phaseLabels[week.phase]
    const last = runs[runs.length - 1]
    if (last && last.label === label) last.to = week.week
    else runs.push({ from: week.week, to: week.week, label })
  }
  const parts = runs.map((r) => `${r.from === r.to ? r.from : `${r.from}–${r.to}`} ${r.label}`)
  return `Week${plan.weeks.length === 1 ? '' : 's'} ${parts.join(' · ')}`
}
