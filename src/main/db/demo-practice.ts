import type { Database } from 'better-sqlite3'
import { foldText } from '@shared/fold-text'

export interface DemoOptions {
  /** How many clients: about 30 for the in-app demo, up to 10,000 for benchmarks. */
  clients: number
  /** The day the practice is "today" (YYYY-MM-DD); every date is relative to it. */
  today: string
  seed?: number
  /** Weeks of history per client. */
  weeksOfLogs?: number
  /** When given, each client gets sessions until about this many logged sets (benchmarks). */
  setsPerClient?: number
}

export interface DemoSummary {
  clients: number
  programs: number
  sessions: number
  sets: number
  runs: number
  measurements: number
}

/** A small seeded generator (mulberry32): the same options always give the same practice. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const firstNames = [
  'Inés',
  'Søren',
  'Aoife',
  'Jürgen',
  'Mei',
  'Tomás',
  'Priya',
  'Olu',
  'Hannah',
  'Mateo',
  'Chloé',
  'Björn',
  'Amara',
  'Luca',
  'Freya',
  'Kenji',
  'Zainab',
  'Rafael',
  'Ingrid',
  'Noah',
  'Élodie',
  'Kwame',
  'Saoirse',
  'Oskar',
  'Lucía',
  'Arjun',
  'Maja',
  'Dmitri',
  'Sofia',
  'Grace'
]
const lastNames = [
  'García',
  'Kjær',
  'Ní Bhriain',
  'Weiß',
  'Chen',
  'Ó Briain',
  'Raman',
  'Adeyemi',
  'Schäfer',
  'Rossi',
  'Lefèvre',
  'Nyström',
  'Okafor',
  'Bianchi',
  'Håkansson',
  'Tanaka',
  'Haddad',
  'Gonçalves',
  'Lindqvist',
  'Müller',
  'Dubois',
  'Mensah',
  'Walsh',
  'Kowalczyk',
  'Fernández',
  'Iyer',
  'Novák',
  'Volkov',
  'Papadopoulou',
  'Brennan'
]
/** Names in other scripts, as a real practice has them. */
const otherScripts = ['Дмитрий Волков', 'Σοφία Παπαδοπούλου', 'Анна Смирнова', 'Γιώργος Νικολάου']

const races: Array<[string, number]> = [
  ['Valencia Marathon', 42_195],
  ['Berlin Half', 21_097.5],
  ['Parkrun PB attempt', 5000],
  ['City 10K', 10_000],
  ['Rotterdam Marathon', 42_195],
  ['Trail 30K', 30_000],
  ['Great North Run', 21_097.5],
  ['Copenhagen Marathon', 42_195]
]
const goals = [
  'Sub-3:30 marathon in spring and stay injury-free',
  'Run a first half marathon without knee pain',
  'Stronger hills and a faster finish kick',
  'Build bone density and keep running into my 60s',
  'Break 20 minutes for 5K',
  'Return to running after Achilles tendinopathy',
  'Trail ultra in summer: durable legs and a strong core'
]
const injuryAreas = [
  'knee',
  'knee',
  'knee',
  'achilles',
  'achilles',
  'hip',
  'calf',
  'lower back',
  'ankle',
  'hamstring',
  'foot'
]
const injuryNotes: Record<string, string> = {
  knee: 'Patellofemoral pain on long descents',
  achilles: 'Morning stiffness, mid-portion',
  hip: 'Tight hip flexor, pain on fast running',
  calf: 'Recurring strain at the end of long runs',
  'lower back': 'Stiff after long drives',
  ankle: 'Old sprain, unstable on trails',
  hamstring: 'High hamstring niggle when sprinting',
  foot: 'Plantar fascia irritation'
}
/** A starting work load (kg) per built-in exercise for an average client. */
const baseLoads: Record<string, number> = {
  'barbell-back-squat': 50,
  'dumbbell-forward-lunge': 10,
  'dumbbell-single-leg-romanian-deadlift': 12,
  'barbell-glute-bridge': 50,
  'calf-raise': 10,
  'dumbbell-bench-press': 14,
  'bent-over-dumbbell-row': 16,
  'dumbbell-shoulder-press': 10
}

interface TemplatePrescription {
  exercise_id: number
  builtin_key: string | null
  position: number
  sets_min: number
  sets_max: number
  reps_min: number | null
  reps_max: number | null
  hold_min_s: number | null
  hold_max_s: number | null
  load_kind: string
  load_value: number | null
  load_band: string | null
  rest_min_s: number | null
  rest_max_s: number | null
  tempo: string
  per_side: number
  superset_group: string | null
  notes: string
}

interface TemplateWorkout {
  name: string
  notes: string
  prescriptions: TemplatePrescription[]
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** Monday of the week containing `iso`. */
function mondayOf(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay()
  return addDays(iso, -((day + 6) % 7))
}

/**
 * Fills the store with a realistic practice: clients (mostly runners) with races, injuries, an
 * active program copied from the runner templates, a week plan, and weeks of sessions, runs and
 * body weights. Deterministic for the same options; everything is written in one transaction
 * with prepared statements, which keeps a 1,000,000-set benchmark database to seconds.
 */
export function generateDemo(db: Database, options: DemoOptions, now: string): DemoSummary {
  const rand = random(options.seed ?? 1)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T
  const between = (min: number, max: number): number => min + Math.floor(rand() * (max - min + 1))
  const weeks = options.weeksOfLogs ?? 16

  const templateIds = ['runner-lower-body', 'runner-upper-body'].map((key) => {
    const id = db.prepare('SELECT id FROM programs WHERE builtin_key = ?').pluck().get(key) as
      number | undefined
    if (id === undefined)
      throw new Error(`Demo data needs the built-in template "${key}"; install built-ins first.`)
    return id
  }) as [number, number]
  const templateWorkouts = (programId: number): TemplateWorkout[] =>
    (
      db
        .prepare('SELECT id, name, notes FROM workouts WHERE program_id = ? ORDER BY position')
        .all(programId) as Array<{
        id: number
        name: string
        notes: string
      }>
    ).map((w) => ({
      name: w.name,
      notes: w.notes,
      prescriptions: db
        .prepare(
          `SELECT p.*, e.builtin_key FROM prescriptions p JOIN exercises e ON e.id = p.exercise_id
           WHERE p.workout_id = ? ORDER BY p.position`
        )
        .all(w.id) as TemplatePrescription[]
    }))
  const lower = templateWorkouts(templateIds[0])
  const upper = templateWorkouts(templateIds[1])
  const bodyWeightKind = db
    .prepare(`SELECT id FROM measurement_kinds WHERE builtin_key = 'body_weight'`)
    .pluck()
    .get() as number
  const restingHrKind = db
    .prepare(`SELECT id FROM measurement_kinds WHERE builtin_key = 'resting_hr'`)
    .pluck()
    .get() as number

  const insertClient = db.prepare(
    `INSERT INTO clients (name, name_folded, email, phone, birth_date, goals, weekly_distance_m, next_race_name,
       next_race_date, next_race_distance_m, next_race_target_s, notes, status, sex, height_m, tags, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const insertInjury = db.prepare(
    'INSERT INTO injuries (client_id, body_area, note, since, resolved_on) VALUES (?, ?, ?, ?, ?)'
  )
  const insertProgram = db.prepare(
    `INSERT INTO programs (client_id, name, goal, notes, start_date, weeks, status, source_program_id, created_at, updated_at)
     VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?)`
  )
  const insertWorkout = db.prepare(
    'INSERT INTO workouts (program_id, name, position, notes) VALUES (?, ?, ?, ?)'
  )
  const insertPrescription = db.prepare(
    `INSERT INTO prescriptions (workout_id, exercise_id, position, sets_min, sets_max, reps_min, reps_max, hold_min_s,
       hold_max_s, load_kind, load_value, load_band, rest_min_s, rest_max_s, tempo, per_side, superset_group, notes)
     VALUES (@workout_id, @exercise_id, @position, @sets_min, @sets_max, @reps_min, @reps_max, @hold_min_s, @hold_max_s,
       @load_kind, @load_value, @load_band, @rest_min_s, @rest_max_s, @tempo, @per_side, @superset_group, @notes)`
  )
  const insertDay = db.prepare(
    'INSERT INTO week_plan_days (client_id, weekday, run_kind, workout_id, strength_order, notes) VALUES (?, ?, ?, ?, ?, ?)'
  )
  const insertSession = db.prepare(
    'INSERT INTO sessions (client_id, date, workout_id, duration_s, effort, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)'
  )
  const insertSet = db.prepare(
    `INSERT INTO set_logs (session_id, exercise_id, prescription_id, set_number, reps, hold_s, load_kg, rpe, warmup)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const insertRun = db.prepare(
    'INSERT INTO run_logs (client_id, date, kind, distance_m, duration_s, avg_hr, effort, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
  )
  const insertMeasurement = db.prepare(
    'INSERT INTO measurements (client_id, kind_id, date, value) VALUES (?, ?, ?, ?)'
  )

  const summary: DemoSummary = { clients: 0, programs: 0, sessions: 0, sets: 0, runs: 0, measurements: 0 }

  /** Copies template workouts into a client's program; returns the new workouts with prescription ids. */
  function copyWorkouts(programId: number, workouts: TemplateWorkout[]) {
    return workouts.map((workout, position) => {
      const workoutId = Number(
        insertWorkout.run(programId, workout.name, position, workout.notes).lastInsertRowid
      )
      const prescriptions = workout.prescriptions.map((p) => ({
        ...p,
        id: Number(insertPrescription.run({ ...p, workout_id: workoutId }).lastInsertRowid)
      }))
      return { id: workoutId, prescriptions }
    })
  }

  db.transaction(() => {
    const monday = mondayOf(options.today)
    for (let i = 0; i < options.clients; i++) {
      const name: string =
        i % 9 === 4
          ? (otherScripts[Math.floor(i / 9) % otherScripts.length] as string)
          : `${firstNames[(i * 7) % firstNames.length]} ${lastNames[(i * 11 + Math.floor(i / 30)) % lastNames.length]}`
      const suffix = i >= 30 ? ` ${Math.floor(i / 30) + 1}` : ''
      const fullName = `${name}${suffix}`
      const archived = rand() < 0.1
      const isRunner = rand() < 0.85
      const weeklyKm = isRunner ? between(20, 90) : between(0, 15)
      const race = isRunner && rand() < 0.8 ? pick(races) : undefined
      const raceDate = race ? addDays(options.today, between(14, 210)) : null
      const paceSPerKm = between(250, 380)
      const strength = 0.7 + rand() * 0.7
      const female = rand() < 0.55
      const clientId = Number(
        insertClient.run(
          fullName,
          foldText(fullName),
          `${
            foldText(name)
              .replace(/[^a-z]+/g, '.')
              .replace(/^\.|\.$/g, '') || 'client'
          }${i}@example.com`,
          `+44 7700 9${String(100000 + i).slice(-5)}`,
          `${between(1965, 2002)}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`,
          isRunner ? pick(goals) : 'General strength and mobility',
          weeklyKm * 1000,
          race?.[0] ?? null,
          raceDate,
          race?.[1] ?? null,
          race ? Math.round((race[1] / 1000) * paceSPerKm * 1.02) : null,
          rand() < 0.3 ? 'Prefers morning sessions.' : '',
          archived ? 'archived' : 'active',
          female ? 'female' : 'male',
          female ? 1.55 + rand() * 0.2 : 1.68 + rand() * 0.2,
          JSON.stringify(
            isRunner
              ? [race && race[1] > 40_000 ? 'marathon' : 'road', ...(rand() < 0.2 ? ['masters'] : [])]
              : []
          ),
          now,
          now
        ).lastInsertRowid
      )
      summary.clients++

      if (rand() < 0.3) {
        const area = pick(injuryAreas)
        const active = rand() < 0.6
        insertInjury.run(
          clientId,
          area,
          injuryNotes[area] ?? '',
          addDays(options.today, -between(20, 200)),
          active ? null : addDays(options.today, -between(1, 19))
        )
      }

      const programStart = addDays(monday, -7 * weeks)
      const programId = Number(
        insertProgram.run(
          clientId,
          isRunner ? 'Runner strength block' : 'Strength foundations',
          isRunner
            ? 'Durable legs and a strong trunk for the race build-up'
            : 'Build general strength twice a week',
          programStart,
          Math.max(weeks, 8),
          archived ? 'completed' : 'active',
          templateIds[0],
          now,
          now
        ).lastInsertRowid
      )
      summary.programs++
      const [lowerWorkout, upperWorkout] = copyWorkouts(programId, [...lower, ...upper]) as [
        ReturnType<typeof copyWorkouts>[number],
        ReturnType<typeof copyWorkouts>[number]
      ]

      if (!archived && rand() < 0.85) {
        const plan: Array<[string, number | null, string | null]> = [
          ['easy', lowerWorkout.id, 'after_run'],
          ['quality', null, null],
          ['easy', null, null],
          ['cross', upperWorkout.id, null],
          ['rest', null, null],
          ['long', null, null],
          ['easy', null, null]
        ]
        plan.forEach(([kind, workoutId, order], weekday) =>
          insertDay.run(clientId, weekday, kind, workoutId, order, '')
        )
      }

      // Sessions: Monday lower body, Thursday upper body, a few missed; loads creep up over time.
      const target = options.setsPerClient
      let setsLogged = 0
      const totalWeeks = target ? Math.max(1, Math.ceil(target / 40)) : weeks
      for (let week = totalWeeks; week >= 1; week--) {
        const weekStart = addDays(monday, -7 * week)
        for (const [offset, workout] of [
          [0, lowerWorkout],
          [3, upperWorkout]
        ] as const) {
          if (target !== undefined && setsLogged >= target) break
          if (rand() < 0.12) continue
          const date = addDays(weekStart, offset)
          const sessionId = Number(
            insertSession.run(
              clientId,
              date,
              workout.id,
              between(40, 65) * 60,
              between(5, 8),
              rand() < 0.1 ? 'Felt strong today.' : '',
              now
            ).lastInsertRowid
          )
          summary.sessions++
          const progress = Math.floor((totalWeeks - week) / 3)
          for (const p of workout.prescriptions) {
            const base = p.builtin_key ? baseLoads[p.builtin_key] : undefined
            const loadKg =
              base === undefined ? null : Math.round((base * strength) / 2.5) * 2.5 + progress * 2.5
            let setNumber = 1
            if (loadKg !== null) {
              insertSet.run(
                sessionId,
                p.exercise_id,
                p.id,
                setNumber++,
                10,
                null,
                Math.round(loadKg * 0.5),
                null,
                1
              )
              setsLogged++
            }
            for (let s = 0; s < 3; s++) {
              const reps = between(p.reps_min ?? 8, p.reps_max ?? 12)
              insertSet.run(sessionId, p.exercise_id, p.id, setNumber++, reps, null, loadKg, between(6, 9), 0)
              setsLogged++
            }
          }
        }
        // Runs: four a week following the plan's pattern.
        if (!target || week <= weeks) {
          for (const [offset, kind, share] of [
            [0, 'easy', 0.18],
            [1, 'quality', 0.2],
            [2, 'easy', 0.17],
            [5, 'long', 0.35]
          ] as const) {
            if (weeklyKm === 0 || rand() < 0.08) continue
            const metres = Math.round(weeklyKm * 1000 * share)
            const pace =
              kind === 'quality' ? paceSPerKm * 0.88 : kind === 'long' ? paceSPerKm * 1.08 : paceSPerKm * 1.12
            insertRun.run(
              clientId,
              addDays(weekStart, offset),
              kind,
              metres,
              Math.round((metres / 1000) * pace),
              between(135, 165),
              kind === 'easy' ? between(3, 5) : between(6, 8),
              ''
            )
            summary.runs++
          }
          insertMeasurement.run(
            clientId,
            bodyWeightKind,
            addDays(weekStart, 0),
            Number(((female ? 60 : 74) * strength ** 0.3 - week * 0.05).toFixed(1))
          )
          summary.measurements++
          if (week % 4 === 0) {
            insertMeasurement.run(clientId, restingHrKind, addDays(weekStart, 0), between(44, 60))
            summary.measurements++
          }
        }
      }
      summary.sets += setsLogged
    }
  })()
  return summary
}
