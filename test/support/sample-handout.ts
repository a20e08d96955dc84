import type { HandoutInstruction, HandoutModel, HandoutRow, HandoutWorkout } from '@shared/handout/model'
import { guidance } from '@shared/handout/guidance'

// Test and benchmark data: realistic handouts of any size, never imported by the app.

/** A 96×48 PNG badge, so the logo path is exercised the way settings store it. */
export const sampleLogo =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAGAAAAAwCAIAAABhdOiYAAABB0lEQVR42u3awRGDMAwEQBWRLtJR2qCDdJlqyJsPGGyddNJ5eDOwA5ats+0ap8NEAAJ6fTYBHThGrnZAgy6VpMybhp3JYDqkRobUYTQyJA0jk4XoEBkJKOsvxmIUMElzGUHXQYxGN1bSeKDf9x11Pd+LIY3SAY1/7X2BoowIgJ5NnK5GqYHwTNmr2ORz9wWCMXEDAZgqALkapQZyepnJ2xJUMSQTZZlHGtUEWshUGWgJU32gSaMiZd6PiaBhFtInTN5UdAS6ZdQUqMAZDwtvPJ+MjD1pJYXXqYbCwuvYR5mqsnkBAZJV6ew6YbYmm9cZxdbJ1xqgSaY6Ww3vNnMXIK4deQqgquMPvUIh42iGHKgAAAAASUVORK5CYII='

const library: Array<{ exercise: string; load: [string, string]; tempo: string; notes: string }> = [
  {
    exercise: 'Back squat',
    load: ['75 % 1RM (70 kg)', '75 % 1RM (155 lb)'],
    tempo: '3-1-1',
    notes: 'Sit between the hips; stop the set if the knees cave in.'
  },
  {
    exercise: 'Romanian deadlift',
    load: ['RPE 7', 'RPE 7'],
    tempo: '3-0-1',
    notes: 'Soft knees, push the hips back until the hamstrings stretch.'
  },
  {
    exercise: 'Bulgarian split squat',
    load: ['2 × 12.5 kg dumbbells', '2 × 25 lb dumbbells'],
    tempo: '2-1-1',
    notes: ''
  },
  {
    exercise: 'Single-leg calf raise',
    load: ['Bodyweight', 'Bodyweight'],
    tempo: '2-2-1',
    notes: 'Full range: heel below the step at the bottom, pause at the top.'
  },
  {
    exercise: 'Copenhagen plank',
    load: ['Bodyweight', 'Bodyweight'],
    tempo: '',
    notes: 'Short lever (knee on the bench) until 30 s feels easy.'
  },
  {
    exercise: 'Hip thrust',
    load: ['80 kg', '175 lb'],
    tempo: '2-1-1',
    notes: 'Chin tucked, ribs down, squeeze the glutes hard at the top.'
  },
  {
    exercise: 'Step-up',
    load: ['2 × 10 kg dumbbells', '2 × 20 lb dumbbells'],
    tempo: '2-0-1',
    notes: 'Drive through the whole foot on the box; no push from the back leg.'
  },
  {
    exercise: 'Nordic hamstring curl',
    load: ['Bodyweight', 'Bodyweight'],
    tempo: '4-0-X',
    notes: 'Lower as slowly as you can; use the hands to catch yourself.'
  },
  { exercise: 'Pallof press', load: ['Band, medium', 'Band, medium'], tempo: '1-2-1', notes: '' },
  {
    exercise: 'Dead bug',
    load: ['', ''],
    tempo: '2-1-2',
    notes: 'Lower back stays pressed into the floor the whole time.'
  }
]

const setsReps = [
  '4 × 5',
  '3 × 8–10',
  '3 × 8 each side',
  '3 × 12–15 each side',
  '3 × 20–30 s each side',
  '3 × 10',
  '3 × 8 each side',
  '3 × 4–6',
  '3 × 10 each side',
  '3 × 8 each side'
]
const rests = ['2–3 min', '90 s', '60–90 s', '45 s', '30–60 s', '90 s', '60 s', '2 min', '45 s', '30 s']

function rowsFor(workout: number, exercises: number, unit: 'kg' | 'lb'): HandoutRow[] {
  return Array.from({ length: exercises }, (_, i) => {
    const source = library[(workout * 3 + i) % library.length]!
    // Exercises 3 and 4 of each workout form a superset, as trainers often pair accessories.
    const superset = i === 2 || i === 3
    const label = superset ? `C${i - 1}` : String.fromCharCode(65 + (i < 2 ? i : i - 1))
    return {
      label,
      exercise: source.exercise,
      setsReps: setsReps[(workout * 3 + i) % setsReps.length]!,
      load: source.load[unit === 'kg' ? 0 : 1],
      // As the model words it: no rest between the exercises of a superset, the rest after the pair.
      rest: i === 2 ? 'then C2' : rests[(workout * 3 + i) % rests.length]!,
      tempo: source.tempo,
      notes: source.notes,
      superset
    }
  })
}

function instructionFor(exercise: string): HandoutInstruction {
  return {
    exercise,
    steps: [
      `Set up for the ${exercise.toLowerCase()} with your feet hip-width apart and your weight through the middle of the foot.`,
      'Brace your trunk as if about to be nudged, then start the movement slowly and under control.',
      'Move through the full range you own without pain, keeping the knees in line with the toes.',
      'Return to the start along the same path, breathe out, and reset before the next rep.'
    ],
    cues: ['Long spine, proud chest', 'Knees track over the middle toes', 'Smooth down, strong up'],
    cautions:
      exercise.includes('squat') || exercise.includes('Step') ? ['knee', 'lower back'] : ['lower back'],
    runnerBenefit: `Builds the strength and control behind every stride, so ${exercise.toLowerCase()} work makes late-race form and hills cheaper and protects the tissues that take the pounding.`
  }
}

export interface SampleOptions {
  paper?: 'A4' | 'Letter'
  unit?: 'kg' | 'lb'
  client?: string
  workouts?: number
  exercisesPerWorkout?: number
  weeks?: number
  instructions?: boolean
  weekPlan?: boolean
  guidance?: boolean
  logo?: boolean
}

/** The sample's phases by week: twelve weeks ending in race week. */
function samplePhase(week: number): string {
  return (
    [
      'Base',
      'Base',
      'Base',
      'Base',
      'Build',
      'Build',
      'Build',
      'Build',
      'Peak',
      'Peak',
      'Taper',
      'Race week'
    ][week] ?? ''
  )
}

/** Every option on by default: four workouts of eight exercises and twelve weeks of log sheets. */
export function sampleHandout(options: SampleOptions = {}): HandoutModel {
  const unit = options.unit ?? 'kg'
  const workoutCount = options.workouts ?? 4
  const perWorkout = options.exercisesPerWorkout ?? 8
  const workouts: HandoutWorkout[] = Array.from({ length: workoutCount }, (_, w) => ({
    name: `Workout ${String.fromCharCode(65 + w)} – ${['Lower body strength', 'Single-leg power', 'Posterior chain', 'Trunk and feet'][w % 4]}`,
    notes:
      w % 2 === 0 ? 'Warm up with 5 minutes of easy cycling and the mobility flow before the first set.' : '',
    minutes: 40 + w * 5,
    rows: rowsFor(w, perWorkout, unit)
  }))
  const exercises = [...new Set(workouts.flatMap((w) => w.rows.map((r) => r.exercise)))]
  const weeks = options.weeks ?? 12
  return {
    paper: options.paper ?? 'A4',
    unit,
    branding: {
      business: 'Northside Strength & Running',
      trainer: 'Maja Kowalczyk, CSCS',
      contact: ['maja@northside.example', '+44 20 7946 0018', 'northside.example'],
      logo: options.logo === false ? null : sampleLogo
    },
    client: options.client ?? 'Zoë Łukasz-Ørsted',
    program: 'Spring marathon block',
    goal: 'Run the Berlin marathon under 3:30 without the left knee flaring up.',
    dates: '1 Dec 2026 – 21 Feb 2027 · 12 weeks',
    generatedOn: '24 Nov 2026',
    workouts,
    weekPlan:
      options.weekPlan === false
        ? null
        : [
            { day: 'Monday', run: 'Rest day', strength: '', notes: 'Full rest: walk, stretch, sleep.' },
            { day: 'Tuesday', run: 'Intervals, 50:00', strength: '', notes: '' },
            {
              day: 'Wednesday',
              run: 'Easy run',
              strength: `${workouts[0]?.name ?? ''} (after the run)`,
              notes: 'Keep the run truly easy.'
            },
            { day: 'Thursday', run: 'Easy run', strength: '', notes: '' },
            { day: 'Friday', run: 'Rest day', strength: `${workouts[1]?.name ?? ''}`, notes: '' },
            { day: 'Saturday', run: 'Long run, 24 km', strength: '', notes: 'Practise race-day fuelling.' },
            { day: 'Sunday', run: 'Cross-training', strength: `${workouts[2]?.name ?? ''}`, notes: '' }
          ],
    instructions: options.instructions === false ? [] : exercises.map(instructionFor),
    phases:
      options.weekPlan === false
        ? null
        : 'Weeks 1–4 Base · 5–8 Build · 9–10 Peak · 11–12 Taper. Race day: 21 Feb 2027.',
    logSheets:
      weeks > 0
        ? workouts.map((w) => ({
            workout: w.name,
            weeks,
            weekPhases: Array.from({ length: weeks }, (_, i) => samplePhase(i)),
            rows: w.rows.map((r, i) => {
              const sets = Number(r.setsReps.split(' ')[0])
              // The taper's last two weeks: one set fewer, and the first (heavy) exercise skipped in race week.
              const setsByWeek = Array.from({ length: weeks }, (_, week) =>
                samplePhase(week) === 'Race week' && i === 0
                  ? 0
                  : samplePhase(week) === 'Taper' || samplePhase(week) === 'Race week'
                    ? Math.max(1, sets - 1)
                    : sets
              )
              return {
                label: r.label,
                exercise: r.exercise,
                sets,
                setsByWeek,
                target: `${r.setsReps}${r.load ? ` · ${r.load}` : ''}`
              }
            })
          }))
        : [],
    guidance: options.guidance === false ? null : guidance
  }
}
