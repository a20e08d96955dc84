import { insertMeasurement } from '../db/measurements'
import type { DemoContext, History } from './context'
import { weekdayOfDay } from '@shared/dates'
import type { Person } from './person'
import { between, int, round1, type Random } from './random'

/* A demo client's body measurements. */

/** Logs weekly body weight with a slow drift, and for some clients resting heart rate every few weeks. */
export function writeMeasurements(
  ctx: DemoContext,
  rnd: Random,
  clientId: number,
  person: Person,
  history: History
): void {
  const weighDay = int(rnd, 0, 6)
  const drift = between(rnd, -0.06, 0.02)
  const restingBase = int(rnd, 44, 62)
  const tracksHr = rnd() < 0.5
  const record = (kindId: number, day: number, value: number): void => {
    insertMeasurement(ctx.db, { clientId, kindId, date: ctx.iso(day), value })
    ctx.summary.measurements++
  }
  let weekIndex = 0
  for (let day = history.historyStart; day <= history.endDay; day++) {
    if (weekdayOfDay(day) !== weighDay) continue
    if (rnd() < 0.92) {
      record(ctx.bodyWeightKind, day, round1(person.bodyWeight + drift * weekIndex + between(rnd, -0.4, 0.4)))
    }
    if (tracksHr && weekIndex % 3 === 0) {
      record(ctx.restingHrKind, day, Math.round(restingBase - 0.1 * weekIndex + between(rnd, -2, 2)))
    }
    weekIndex++
  }
}
