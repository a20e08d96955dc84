/**
 * Race-time predictions and training paces from a recent result.
 *
 * Riegel: T2 = T1 × (D2 / D1)^k, with the fatigue exponent k about 1.06 for trained runners.
 *
 * Daniels–Gilbert: the oxygen cost of running at v metres a minute is
 *   VO2 = −4.60 + 0.182258 v + 0.000104 v²  (ml/kg/min),
 * and the share of VO2max a runner can hold for t minutes is
 *   %max = 0.8 + 0.1894393 e^(−0.012778 t) + 0.2989558 e^(−0.1932605 t).
 * A result's VDOT is its cost over that share. A prediction for another distance is the time
 * whose VDOT equals it, found numerically because the share depends on the very time sought.
 * Training paces are the speeds at set shares of the VDOT, as in Daniels' tables.
 */

/** Riegel's exponent for trained runners; the trainer can change it. */
export const defaultRiegelExponent = 1.06

/** The distances the runner tools predict, in metres. */
export const predictionDistances = [
  { key: '1500m', label: '1500 m', metres: 1500 },
  { key: 'mile', label: 'Mile', metres: 1609.344 },
  { key: '5k', label: '5 km', metres: 5000 },
  { key: '10k', label: '10 km', metres: 10_000 },
  { key: 'half', label: 'Half marathon', metres: 21_097.5 },
  { key: 'marathon', label: 'Marathon', metres: 42_195 }
] as const

/** Riegel's prediction in seconds for `toM` metres from `timeS` seconds over `fromM` metres. */
export function riegelTime(
  timeS: number,
  fromM: number,
  toM: number,
  exponent = defaultRiegelExponent
): number {
  return timeS * (toM / fromM) ** exponent
}

/** Oxygen cost (ml/kg/min) of running at `v` metres a minute. */
export function oxygenCost(v: number): number {
  return -4.6 + 0.182258 * v + 0.000104 * v * v
}

/** The share of VO2max a runner can hold for `minutes`. */
export function fractionOfMax(minutes: number): number {
  return 0.8 + 0.1894393 * Math.exp(-0.012778 * minutes) + 0.2989558 * Math.exp(-0.1932605 * minutes)
}

/** The speed (metres a minute) whose oxygen cost is `vo2`: the positive root of the cost quadratic. */
export function speedForOxygen(vo2: number): number {
  const a = 0.000104
  const b = 0.182258
  const c = -4.6 - vo2
  return (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a)
}

/** VDOT of a result: `distanceM` metres in `timeS` seconds. */
export function vdotOf(distanceM: number, timeS: number): number {
  const minutes = timeS / 60
  return oxygenCost(distanceM / minutes) / fractionOfMax(minutes)
}

/**
 * The time in seconds a runner of this VDOT is predicted to run `distanceM` in. VDOT falls as
 * the time grows, so bisection between a sprint and a walk finds it to well under a second.
 */
export function predictTime(vdot: number, distanceM: number): number {
  let fast = (distanceM / 1000) * 60 // 1:00 /km
  let slow = (distanceM / 1000) * 1800 // 30:00 /km
  for (let i = 0; i < 80; i++) {
    const middle = (fast + slow) / 2
    if (vdotOf(distanceM, middle) > vdot) fast = middle
    else slow = middle
  }
  return (fast + slow) / 2
}

/** Training paces in seconds per kilometre. Easy is a range: its faster end and its slower end. */
export interface TrainingPaces {
  easy: { fast: number; slow: number }
  marathon: number
  threshold: number
  interval: number
  repetition: number
}

/** Shares of VDOT each pace runs at, from Daniels' intensity levels. */
export const paceShares = { easyFast: 0.7, easySlow: 0.62, threshold: 0.88, interval: 0.975 } as const
/** Repetitions run about six seconds a lap faster than intervals. */
const repetitionGainPerKm = 15

const secondsPerKmAt = (vdot: number, share: number): number => 60_000 / speedForOxygen(vdot * share)

/**
 * The five training paces for a VDOT: easy (a range around 62–70 % of it), marathon (the
 * predicted marathon pace), threshold (88 %), interval (97.5 %) and repetition (interval pace
 * less about six seconds a lap).
 */
export function trainingPaces(vdot: number): TrainingPaces {
  const interval = secondsPerKmAt(vdot, paceShares.interval)
  return {
    easy: {
      fast: secondsPerKmAt(vdot, paceShares.easyFast),
      slow: secondsPerKmAt(vdot, paceShares.easySlow)
    },
    marathon: predictTime(vdot, 42_195) / 42.195,
    threshold: secondsPerKmAt(vdot, paceShares.threshold),
    interval,
    repetition: interval - repetitionGainPerKm
  }
}

/** The pace a target time needs, in seconds per kilometre. */
export function requiredPace(distanceM: number, targetS: number): number {
  return targetS / (distanceM / 1000)
}

/**
 * The results the tools predict from: the one place these bounds live (the result's schema and
 * the Race tools tab both ask `resultRefusal`).
 *
 * - VDOT at most 90. The men's world records from 800 m to the marathon all sit at VDOT 84–88
 *   (800 m 1:40.91 is 87.9, 10 km 26:11 is 85.5, marathon 2:00:35 is 85.5), and longer races'
 *   records lower still, so a result above 90 is faster than anyone has run that distance: a
 *   mistyped time or distance, not a runner.
 * - VDOT at least 15. Daniels' tables start at 30, and the oxygen-cost equation was measured on
 *   running; by VDOT 15 the average pace is about 11–12 /km over 5 km to the marathon, a walk.
 *   The bound sits below 20 on purpose: a beginner's 45-minute 5 km (VDOT 18.7) or a seven-hour
 *   marathon (18.4) are real results a trainer logs. A result far slower (10 km in 5 hours is
 *   VDOT 2) predicts nothing.
 * - At least 800 m. Shorter races are sprints, run mostly without oxygen, which VDOT does not
 *   model: 400 m in 45 s, a good club time, would read VDOT 98.
 * Within these bounds `vdotCaution` still warns where the formulas fit less well.
 */
export const resultBounds = { minVdot: 15, maxVdot: 90, minDistanceM: 800 } as const

/**
 * Why a result is refused, or null when the tools can predict from it. A refusal on speed
 * carries the result's VDOT and the bound's time over the same distance (rounded to a second
 * that is inside the bound), so a message can say what would be accepted.
 */
export type ResultRefusal =
  | { reason: 'too-short'; minDistanceM: number }
  | { reason: 'too-fast'; vdot: number; limit: number; fastestS: number }
  | { reason: 'too-slow'; vdot: number; limit: number; slowestS: number }

/** Checks a result (`distanceM` metres in `timeS` seconds, both above zero) against `resultBounds`. */
export function resultRefusal(distanceM: number, timeS: number): ResultRefusal | null {
  const { minVdot, maxVdot, minDistanceM } = resultBounds
  if (distanceM < minDistanceM) return { reason: 'too-short', minDistanceM }
  const vdot = vdotOf(distanceM, timeS)
  if (vdot > maxVdot)
    return { reason: 'too-fast', vdot, limit: maxVdot, fastestS: Math.ceil(predictTime(maxVdot, distanceM)) }
  if (vdot < minVdot)
    return { reason: 'too-slow', vdot, limit: minVdot, slowestS: Math.floor(predictTime(minVdot, distanceM)) }
  return null
}

/**
 * Daniels' formulas were fitted to races from about 1500 m and 3½ minutes to the marathon; a
 * result outside that (but within `resultBounds`) is still used, with this caution.
 */
export function vdotCaution(distanceM: number, timeS: number): string | null {
  if (distanceM < 1500 || timeS < 210)
    return 'Results shorter than 1500 m predict poorly; a 5 km or 10 km is best.'
  if (timeS > 5 * 3600) return 'Results over five hours predict poorly; a 5 km to half marathon is best.'
  return null
}
