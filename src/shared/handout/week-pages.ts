import { printDate } from '../dates'
import type { WeekPlan } from '../schemas/week-plan'
import { phaseLabels, phaseSummary, type PhasePlan } from '../training/phases'
import { setsForWeek, type TaperPrescription } from '../training/taper'
import { dayName } from '../training/week-rules'
import { formatDistance, formatDuration, type DistanceUnit } from '../units'
import type { HandoutWeekDay } from './model'

const runWords = {
  rest: 'Rest day',
  easy: 'Easy run',
  quality: 'Quality session',
  long: 'Long run',
  cross: 'Cross-training'
} as const
const qualityWords = { intervals: 'Intervals', tempo: 'Tempo run', hills: 'Hill session' } as const

/** The week plan as the handout prints it: seven days from the trainer's week start. */
export function handoutWeek(
  plan: WeekPlan,
  weekStart: 'monday' | 'sunday',
  unit: DistanceUnit
): HandoutWeekDay[] {
  const order = weekStart === 'sunday' ? [6, 0, 1, 2, 3, 4, 5] : [0, 1, 2, 3, 4, 5, 6]
  return order.map((weekday) => {
    const day = plan.days.find((d) => d.weekday === weekday)
    if (!day) return { day: dayName(weekday), run: runWords.rest, strength: '', notes: '' }
    const name =
      day.runKind === 'quality' && day.qualityKind ? qualityWords[day.qualityKind] : runWords[day.runKind]
    const amount = [
      day.distanceM !== null ? formatDistance(unit, day.distanceM) : '',
      day.durationS !== null ? formatDuration(day.durationS) : ''
    ]
      .filter(Boolean)
      .join(', ')
    const workouts = day.workouts.map((w) => w.name).join(' + ')
    const both = day.runKind !== 'rest' && day.workouts.length > 0
    const order =
      both && day.order === 'run_first'
        ? ' (after the run)'
        : both && day.order === 'lift_first'
          ? ' (before the run)'
          : ''
    return {
      day: dayName(weekday),
      run: amount ? `${name}, ${amount}` : name,
      strength: workouts ? `${workouts}${order}` : '',
      notes: day.notes
    }
  })
}

/** "Weeks 1–6 Base · 7–12 Build · 13–14 Peak · 15–16 Taper. Race day: 21 Jun 2026." */
export function phaseLine(plan: Extract<PhasePlan, { ok: true }>): string {
  return `${phaseSummary(plan)}. Race day: ${printDate(plan.raceDate)}.`
}

/**
 * Each log-sheet week's phase label and a per-week set count for a prescription, for program
 * weeks `from` to `to`, or undefined when the program has no phases (plain sheets then).
 */
export function logSheetPhases(
  plan: PhasePlan | undefined,
  from: number,
  to: number
): { labels: string[]; sets: (p: TaperPrescription) => number[] } | undefined {
  if (!plan?.ok || to < from) return undefined
  const programWeeks = Array.from({ length: to - from + 1 }, (_, i) => plan.weeks[from - 1 + i])
  return {
    labels: programWeeks.map((w) => (!w ? '' : w.raceWeek ? 'Race week' : phaseLabels[w.phase])),
    sets: (p) => programWeeks.map((w) => setsForWeek(p, w))
  }
}
