import { insertRun } from '../db/runs'
import type { DemoContext, History } from './context'
import { weekdayOfDay } from '@shared/dates'
import { crossNotes, qualityNotes, runNotes } from './notes'
import type { Person } from './person'
import { between, clamp, int, pick, roundTo, type Random } from './random'
import type { RunKind } from './week-layouts'
import type { Week } from './week-plan'

/* A demo client's runs: on the plan's run days, most of them done, building week by week. */

type Logged = Exclude<RunKind, 'rest'> | 'race'

/** Heart rate above the client's easy base, and the effort, by what kind of run was logged. */
function strain(rnd: Random, logged: Logged): { hrAbove: number; effort: number } {
  switch (logged) {
    case 'race':
      return { hrAbove: 32, effort: 9 }
    case 'quality':
      return { hrAbove: 22, effort: int(rnd, 7, 8) }
    case 'long':
      return { hrAbove: 6, effort: int(rnd, 5, 6) }
    default:
      return { hrAbove: 0, effort: int(rnd, 3, 4) }
  }
}

/** Logs runs on the plan's run days, building slowly with an easier week every fourth week. */
export function writeRunLogs(
  ctx: DemoContext,
  rnd: Random,
  clientId: number,
  person: Person,
  history: History,
  week: Week
): void {
  const { weeklyKm, easyPace, race } = person
  const { historyStart, endDay } = history
  const days = week.layout.days
  const runAdherence = between(rnd, 0.85, 0.98)
  const hrBase = int(rnd, 128, 146)
  const count = (kind: RunKind): number => days.filter((day) => day === kind).length
  // Shares of the weekly distance: the long run about 30 %, each quality session 18 %, easy runs
  // the rest but never longer than most of a long run.
  const easyShare = Math.min((1 - 0.3 - 0.18 * count('quality')) / Math.max(1, count('easy')), 0.24)
  let tuneUpDone = !race || rnd() < 0.6
  const log = (
    day: number,
    kind: Logged,
    distanceM: number,
    durationS: number,
    avgHr: number,
    effort: number,
    notes: string
  ): void => {
    insertRun(ctx.db, { clientId, date: ctx.iso(day), kind, distanceM, durationS, avgHr, effort, notes })
    ctx.summary.runs++
  }
  for (let day = historyStart; day <= endDay; day++) {
    const kind = days[weekdayOfDay(day)] as RunKind
    if (kind === 'rest' || rnd() >= runAdherence) continue
    const weekIndex = Math.floor((day - historyStart) / 7)
    const load = (1 + 0.01 * weekIndex) * (weekIndex % 4 === 3 ? 0.8 : 1) * between(rnd, 0.92, 1.08)
    const pace = easyPace - 0.3 * weekIndex + between(rnd, -4, 4)
    let logged: Logged = kind
    let distance: number
    let secondsPerKm: number
    let notes = pick(rnd, runNotes)
    if (kind === 'cross') {
      log(
        day,
        'cross',
        0,
        int(rnd, 30, 60) * 60,
        hrBase - 10 + int(rnd, -4, 4),
        int(rnd, 3, 4),
        pick(rnd, crossNotes)
      )
      continue
    } else if (kind === 'quality' && !tuneUpDone && weekIndex >= ctx.weeksOfLogs / 2) {
      tuneUpDone = true
      logged = 'race'
      distance = rnd() < 0.5 ? 5000 : 10_000
      secondsPerKm = pace - (distance === 5000 ? 75 : 65)
      notes = distance === 5000 ? 'Tune-up 5K' : 'Tune-up 10K'
    } else if (kind === 'long') {
      distance = weeklyKm * 1000 * 0.3 * load
      secondsPerKm = pace + between(rnd, 0, 12)
    } else if (kind === 'quality') {
      distance = weeklyKm * 1000 * 0.18 * load
      secondsPerKm = pace - between(rnd, 35, 55)
      notes = rnd() < 0.6 ? pick(rnd, qualityNotes) : ''
    } else {
      distance = Math.max(2000, weeklyKm * 1000 * easyShare * load)
      secondsPerKm = pace
    }
    distance = roundTo(distance, 10)
    secondsPerKm = clamp(secondsPerKm, 240, 390)
    const { hrAbove, effort } = strain(rnd, logged)
    log(
      day,
      logged,
      distance,
      Math.round((distance / 1000) * secondsPerKm),
      hrBase + hrAbove + int(rnd, -4, 4),
      effort,
      notes
    )
  }
}
