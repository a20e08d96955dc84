import type { ClientInput } from '@shared/contract'
import { dayToIso, monthIndexOf, weekdayOfDay } from '@shared/dates'
import { bodyAreas } from './injuries'
import { asciiWord, cultureWeights, type Sex } from './names'
import { clientNotes } from './notes'
import { extraGoals, goalTime, openGoals, raceGoals, raceKinds, seasons, type RaceKind } from './races'
import { between, clamp, int, pick, weighted, type Random } from './random'

/** Who a demo client is and how they run: drawn from their own random stream, nothing written yet. */
export interface Person {
  /** The client as the store takes it, dates as day numbers turned to ISO by the caller. */
  client: Omit<ClientInput, 'birthDate' | 'nextRaceDate'>
  birthDay: number
  raceDay: number | null
  archived: boolean
  /** The gender of the name, which sets the strength the logs start from. */
  nameSex: Sex
  bodyWeight: number
  /** 0 to 1: faster runners run more and lift a little more. */
  level: number
  /** Seconds per km of an easy run. */
  easyPace: number
  beginner: boolean
  race: RaceKind | null
  weeklyKm: number
  injuries: { area: string; active: boolean }[]
}

/** Draws a client: name, contact, body, running level, race, injuries, goals and priority. */
export function drawPerson(rnd: Random, today: number): Person {
  const culture = weighted(rnd, cultureWeights)
  const roll = rnd()
  const sex: 'female' | 'male' | 'other' | null =
    roll < 0.52 ? 'female' : roll < 0.95 ? 'male' : roll < 0.97 ? 'other' : null
  const nameSex: Sex = sex === 'male' || (sex !== 'female' && rnd() < 0.5) ? 'male' : 'female'
  const first = pick(rnd, culture[nameSex])
  const surnames = culture.surnames[nameSex]
  const last = pick(rnd, surnames)
  const name = `${first} ${last}`
  const archived = rnd() < 0.1
  const age = int(rnd, 19, 66)
  const birthDay = today - Math.round(age * 365.25) - int(rnd, 0, 364)
  const height =
    Math.round((nameSex === 'male' ? between(rnd, 1.66, 1.94) : between(rnd, 1.54, 1.8)) * 100) / 100
  const bodyWeight = between(rnd, 19.5, 24.5) * height * height
  const emailNumber = rnd() < 0.4 ? String(int(rnd, 1, 99)) : ''
  const email =
    rnd() < 0.92
      ? `${asciiWord(first)}.${asciiWord(last)}${emailNumber}@${pick(rnd, ['example.com', 'example.org', 'example.net'])}`
      : null
  const phone =
    rnd() < 0.85
      ? pick(rnd, [
          () => `+44 7700 900${String(int(rnd, 0, 999)).padStart(3, '0')}`,
          () => `+1 555 01${String(int(rnd, 0, 99)).padStart(2, '0')}`,
          () => `+61 491 570 ${String(int(rnd, 100, 159))}`
        ])()
      : null

  // How they run: easy pace 5:00–6:30 /km, faster runners run more.
  const level = rnd()
  const easyPace = 390 - level * 85
  const beginner = rnd() < 0.08
  const race = !beginner && !archived && rnd() < 0.85 ? weighted(rnd, raceKinds) : null
  const [kmMin, kmMax] = beginner ? [8, 18] : race ? race.weeklyKm : [20, 45]
  const weeklyKm = Math.round(kmMin + (kmMax - kmMin) * (0.3 * rnd() + 0.7 * level))
  let raceDay: number | null = null
  let targetS: number | null = null
  if (race) {
    raceDay = today + int(rnd, 14, 204)
    raceDay += (6 - weekdayOfDay(raceDay) + 7) % 7 // races are on Sundays
    const seconds = (race.distanceM / 1000) * clamp(easyPace - race.paceGain, 200, 420)
    targetS = race.distanceM >= 21_000 ? Math.ceil(seconds / 300) * 300 : Math.ceil(seconds / 30) * 30
  }

  const injuries: { area: string; active: boolean }[] = []
  if (rnd() < 0.3) {
    const count = rnd() < 0.8 ? 1 : 2
    while (injuries.length < count) {
      const area = weighted(rnd, bodyAreas)
      if (!injuries.some((injury) => injury.area === area)) injuries.push({ area, active: rnd() < 0.45 })
    }
  }
  const activeInjury = injuries.find((injury) => injury.active)

  let goals: string
  if (race && raceDay !== null && targetS !== null) {
    const season = seasons[monthIndexOf(dayToIso(raceDay))] as string
    goals = pick(rnd, raceGoals)(race.label, goalTime(targetS), season) + pick(rnd, extraGoals)
  } else if (activeInjury && rnd() < 0.5) {
    goals = `Return to pain-free running after the ${activeInjury.area} problem; rebuild strength first`
  } else {
    goals = beginner ? 'Run a first 5K without walking breaks' : pick(rnd, openGoals)
  }
  // Racers mostly put running first; others are balanced or put strength first.
  const priorityRoll = rnd()
  const priority: 'running' | 'strength' | 'balanced' = race
    ? priorityRoll < 0.75
      ? 'running'
      : priorityRoll < 0.95
        ? 'balanced'
        : 'strength'
    : priorityRoll < 0.2
      ? 'running'
      : priorityRoll < 0.7
        ? 'balanced'
        : 'strength'
  const tags: string[] = []
  if (race) tags.push(race.tag)
  if (beginner) tags.push('beginner')
  if (age >= 45) tags.push('masters')
  if (rnd() < 0.12) tags.push('trail')
  if (activeInjury) tags.push('return to run')
  if (rnd() < 0.04) tags.push('triathlon')
  // Drawn last, in this order, so the stream matches the rows the generator has always written.
  const nextRaceName = race ? pick(rnd, race.names) : null
  const notes = pick(rnd, clientNotes)

  return {
    client: {
      name,
      email,
      phone,
      goals,
      weeklyDistanceM: weeklyKm * 1000,
      nextRaceName,
      nextRaceDistanceM: race ? race.distanceM : null,
      nextRaceTargetS: targetS,
      notes,
      sex,
      heightM: height,
      tags,
      priority
    },
    birthDay,
    raceDay,
    archived,
    nameSex,
    bodyWeight,
    level,
    easyPace,
    beginner,
    race,
    weeklyKm,
    injuries
  }
}
