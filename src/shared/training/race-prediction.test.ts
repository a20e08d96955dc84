import { describe, expect, it } from 'vitest'
import {
  predictTime,
  requiredPace,
  resultBounds,
  resultRefusal,
  riegelTime,
  trainingPaces,
  vdotCaution,
  vdotOf
} from './race-prediction'

/** "3:10:49" or "19:57" in seconds. */
const t = (text: string): number => text.split(':').reduce((total, part) => total * 60 + Number(part), 0)
const perMile = (text: string): number => t(text) / 1.609344
const within1pct = (actual: number, expected: number): void => {
  expect(Math.abs(actual - expected) / expected).toBeLessThan(0.01)
}

// Race times from Daniels' VDOT table (Daniels' Running Formula, table of equivalent performances).
const table = [
  { vdot: 30, mile: '9:11', '5k': '30:40', '10k': '63:46', half: '2:21:04', marathon: '4:49:17' },
  { vdot: 40, mile: '7:07', '5k': '24:08', '10k': '50:03', half: '1:50:59', marathon: '3:49:45' },
  { vdot: 50, mile: '5:50', '5k': '19:57', '10k': '41:21', half: '1:31:35', marathon: '3:10:49' }
] as const
const metres = { mile: 1609.344, '5k': 5000, '10k': 10_000, half: 21_097.5, marathon: 42_195 } as const

describe('Riegel', () => {
  it('scales a time by the distance ratio to the power k', () => {
    expect(riegelTime(t('20:00'), 5000, 10_000)).toBeCloseTo(1200 * 2 ** 1.06, 6) // 41:42
    expect(Math.round(riegelTime(t('20:00'), 5000, 10_000))).toBe(t('41:42'))
    expect(riegelTime(t('40:00'), 10_000, 42_195, 1.08)).toBeCloseTo(2400 * 4.2195 ** 1.08, 6)
    expect(riegelTime(t('40:00'), 10_000, 10_000)).toBe(2400)
  })
})

describe('Daniels–Gilbert VDOT', () => {
  it('gives the table’s VDOT for its race times, within 1 %', () => {
    for (const row of table) {
      for (const key of Object.keys(metres) as Array<keyof typeof metres>) {
        within1pct(vdotOf(metres[key], t(row[key])), row.vdot)
      }
    }
  })
  it('predicts the table’s race times from a VDOT, within 1 %', () => {
    for (const row of table) {
      for (const key of Object.keys(metres) as Array<keyof typeof metres>) {
        within1pct(predictTime(row.vdot, metres[key]), t(row[key]))
      }
    }
  })
  it('predicts a marathon from a 10 km result and 1500 m from a 5 km', () => {
    const vdot = vdotOf(10_000, t('41:21'))
    within1pct(predictTime(vdot, 42_195), t('3:10:49'))
    // A published VDOT 46.4 row: 1500 m in 5:46.1 beside a 5 km in 21:15.
    within1pct(predictTime(vdotOf(5000, t('21:15')), 1500), t('5:46'))
  })
})

describe('training paces', () => {
  it('matches Daniels’ paces for VDOT 49 within 1 %', () => {
    const paces = trainingPaces(49)
    within1pct(paces.marathon, perMile('7:24'))
    within1pct(paces.threshold, t('4:20'))
    within1pct(paces.interval, t('3:59'))
    within1pct(paces.repetition, t('1:29') * 2.5)
    expect(paces.easy.fast).toBeLessThan(perMile('8:40'))
    expect(paces.easy.slow).toBeGreaterThan(perMile('8:40'))
  })
  it('matches Daniels’ paces for VDOT 38 and 40 within 1 %', () => {
    const paces = trainingPaces(38)
    within1pct(paces.marathon, perMile('9:08'))
    within1pct(paces.threshold, perMile('8:33'))
    expect(paces.easy.fast).toBeLessThan(perMile('10:35'))
    expect(paces.easy.slow).toBeGreaterThan(perMile('10:35'))
    within1pct(trainingPaces(40).threshold, perMile('8:12'))
  })
  it('gives the pace a target needs', () => {
    expect(requiredPace(42_195, t('3:30:00'))).toBeCloseTo(298.6, 1)
  })
  it('cautions about results the formulas fit poorly', () => {
    expect(vdotCaution(800, 150)).toMatch(/1500 m/)
    expect(vdotCaution(10_000, 2700)).toBeNull()
    expect(vdotCaution(100_000, 6 * 3600)).toMatch(/five hours/)
  })
})

describe('the results the tools predict from', () => {
  it('accepts every world record from 800 m to the marathon, and beginners’ and masters’ results', () => {
    // Men's world records: the fastest results there are, all below the upper bound.
    const records: Array<[number, number]> = [
      [800, 100.91],
      [1500, t('3:26')],
      [5000, t('12:35')],
      [10_000, t('26:11')],
      [21_097.5, t('56:42')],
      [42_195, t('2:00:35')]
    ]
    for (const [metres, seconds] of records) {
      expect(vdotOf(metres, seconds)).toBeLessThan(resultBounds.maxVdot)
      expect(resultRefusal(metres, seconds)).toBeNull()
    }
    expect(resultRefusal(5000, t('40:00'))).toBeNull() // VDOT 21.7
    expect(resultRefusal(42_195, t('6:00:00'))).toBeNull() // VDOT 22.7
    expect(resultRefusal(10_000, t('41:21'))).toBeNull()
  })
  it('refuses a pace faster than any world record, saying the fastest time it would accept', () => {
    const refusal = resultRefusal(10_000, t('5:00'))
    expect(refusal).toMatchObject({ reason: 'too-fast', limit: 90 })
    expect(refusal?.reason === 'too-fast' && refusal.vdot).toBeCloseTo(710.9, 1)
    // 25:05.1 is VDOT 90: 25:06 is the first whole second inside the bound, 25:05 outside it.
    expect(refusal?.reason === 'too-fast' && refusal.fastestS).toBe(t('25:06'))
    expect(resultRefusal(10_000, t('25:06'))).toBeNull()
    expect(resultRefusal(10_000, t('25:05'))?.reason).toBe('too-fast')
    expect(resultRefusal(42_195, t('1:50:00'))?.reason).toBe('too-fast')
  })
  it('refuses a walk, saying the slowest time it would accept', () => {
    const refusal = resultRefusal(10_000, t('5:00:00'))
    expect(refusal).toMatchObject({ reason: 'too-slow', limit: 15 })
    expect(refusal?.reason === 'too-slow' && refusal.vdot).toBeCloseTo(2.0, 1)
    expect(refusal?.reason === 'too-slow' && refusal.slowestS).toBe(t('1:50:50'))
    expect(resultRefusal(10_000, t('1:50:50'))).toBeNull()
    expect(resultRefusal(10_000, t('1:50:51'))?.reason).toBe('too-slow')
    // A beginner's 45-minute 5 km and a seven-hour marathon are real results.
    expect(resultRefusal(5_000, t('45:00'))).toBeNull()
    expect(resultRefusal(42_195, t('7:00:00'))).toBeNull()
    // A 100 km walked at 5 km/h.
    expect(resultRefusal(100_000, t('20:00:00'))?.reason).toBe('too-slow')
  })
  it('refuses sprints, which the formulas read as absurd VDOTs', () => {
    expect(vdotOf(400, 45)).toBeGreaterThan(resultBounds.maxVdot)
    expect(resultRefusal(400, 45)).toEqual({ reason: 'too-short', minDistanceM: 800 })
    expect(resultRefusal(799, 150)?.reason).toBe('too-short')
    expect(resultRefusal(800, 150)).toBeNull()
  })
})
