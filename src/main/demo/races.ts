/* Races, goals and the seasons they fall in: what a running client is training for. */

export interface RaceKind {
  distanceM: number
  label: string
  tag: string
  names: readonly string[]
  /** Seconds per km faster than the client's easy pace that they can race this distance at. */
  paceGain: number
  weeklyKm: readonly [number, number]
}

export const raceKinds: readonly (readonly [RaceKind, number])[] = [
  [
    {
      distanceM: 5000,
      label: '5K',
      tag: '5k',
      names: ['Parkrun PB attempt', 'Victoria Park 5K', 'Summer 5K Series', 'Harbour 5K'],
      paceGain: 75,
      weeklyKm: [15, 35]
    },
    10
  ],
  [
    {
      distanceM: 10_000,
      label: '10K',
      tag: '10k',
      names: ['City 10K', 'Riverside 10K', 'New Year 10K', 'Bridges 10K'],
      paceGain: 65,
      weeklyKm: [25, 45]
    },
    20
  ],
  [
    {
      distanceM: 21_097.5,
      label: 'half marathon',
      tag: 'half marathon',
      names: [
        'Copenhagen Half Marathon',
        'Lisbon Half Marathon',
        'Great North Run',
        'Riverside Half',
        'Berlin Half'
      ],
      paceGain: 50,
      weeklyKm: [30, 60]
    },
    35
  ],
  [
    {
      distanceM: 42_195,
      label: 'marathon',
      tag: 'marathon',
      names: [
        'London Marathon',
        'Berlin Marathon',
        'Valencia Marathon',
        'Amsterdam Marathon',
        'Athens Marathon'
      ],
      paceGain: 35,
      weeklyKm: [45, 85]
    },
    30
  ],
  [
    {
      distanceM: 50_000,
      label: '50K ultra',
      tag: 'ultra',
      names: ['Lakeland Trail 50K', 'Snowdonia Ultra 50K', 'Peak District 50K'],
      paceGain: 5,
      weeklyKm: [55, 100]
    },
    5
  ]
]

export const seasons = [
  'winter',
  'winter',
  'spring',
  'spring',
  'spring',
  'summer',
  'summer',
  'summer',
  'autumn',
  'autumn',
  'autumn',
  'winter'
]

/** 3:30 for a marathon target, 22:30 for a 5K: how runners write their goal times. */
export function goalTime(seconds: number): string {
  if (seconds >= 3600) {
    const minutes = Math.round(seconds / 60)
    return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`
  }
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

export const raceGoals: readonly ((label: string, time: string, season: string) => string)[] = [
  (label, time, season) => `Sub-${time} ${label} in ${season}, stay injury-free`,
  (label, time) =>
    `${label[0]?.toUpperCase()}${label.slice(1)} PB: under ${time} with fewer calf niggles in the build`,
  (label, time, season) => `Break ${time} in the ${label} this ${season}; hold form over the last 5 km`,
  (label) => `First ${label}: get to the start line healthy and finish strong`,
  (label, time) => `Run the ${label} in ${time} and keep strength training through the taper`
]
export const openGoals = [
  'Build to a consistent 30 km week without knee pain',
  'General strength and bone health alongside easy running',
  'Run a first 10K by the summer',
  'Improve running economy with two strength sessions a week',
  'Get back to regular running after a long break'
]
export const extraGoals = [
  '',
  '',
  '; stronger hips and glutes',
  '; better posture late in long runs',
  '; more power on hills',
  '; learn to lift with good technique'
]
