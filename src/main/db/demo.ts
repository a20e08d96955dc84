import type { Database, Statement } from 'better-sqlite3'
import { foldText } from '@shared/fold-text'
import { isLowerBodyWorkout } from '@shared/training/week-rules'
import { defaultSettings } from '@shared/schemas/settings'
import { defaultRpeCeiling, nextLoad, type ProgressionOptions } from '@shared/training/progression'

/**
 * The demo practice: a deterministic generator of realistic clients and their training history,
 * used by "Load demo data" (about 30 clients) and by benchmarks (10,000 clients, 1,000,000 sets).
 *
 * It writes rows straight into SQLite with statements prepared once per call, inside one
 * transaction: going through the per-row query functions would cost a statement lookup and an
 * object per row, and a transaction per row would cost an fsync per row.
 */

export interface DemoOptions {
  /** How many clients: about 30 for the in-app demo, 10,000 for benchmarks. */
  clients: number
  /** The practice's "today" (YYYY-MM-DD); every date is relative to it, never to the clock. */
  today: string
  /** Seed of the random generator; the same options always give the same rows. Default 1. */
  seed?: number
  /** Weeks of history per client (sessions, runs, measurements). Default 16, about four months. */
  weeksOfLogs?: number
  /**
   * When given, strength sessions are generated back from the last day of a client's history
   * until about this many set rows per client (further back than weeksOfLogs if needed).
   */
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

type Sex = 'female' | 'male'
type RunKind = 'rest' | 'easy' | 'quality' | 'long' | 'cross'
type Random = () => number

// ---------------------------------------------------------------------------------------------
// Randomness and dates

/** mulberry32: tiny, fast and good enough for demo data; Math.random cannot be seeded. */
function mulberry32(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * One generator per client, derived from the seed and the client's ordinal, so a client's rows
 * depend on nothing generated before them.
 */
function clientRandom(seed: number, ordinal: number): Random {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(ordinal + 1, 0xc2b2ae35)
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d)
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b)
  return mulberry32(h ^ (h >>> 16))
}

const int = (rnd: Random, min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1))
const between = (rnd: Random, min: number, max: number): number => min + rnd() * (max - min)
const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T
const round1 = (value: number): number => Math.round(value * 10) / 10
const roundTo = (value: number, step: number): number => Math.round(value / step) * step
const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value))

function weighted<T>(rnd: Random, entries: readonly (readonly [T, number])[]): T {
  let total = 0
  for (const [, weight] of entries) total += weight
  let r = rnd() * total
  for (const [value, weight] of entries) {
    r -= weight
    if (r < 0) return value
  }
  return (entries[entries.length - 1] as readonly [T, number])[0]
}

const DAY_MS = 86_400_000

/** Days since 1970-01-01 of an ISO date; dates are whole days, so integers keep the loops cheap. */
function epochDay(iso: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`Demo "today" must be YYYY-MM-DD, got "${iso}".`)
  const ms = Date.parse(`${iso}T00:00:00Z`)
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) {
    throw new Error(`Demo "today" is not a real date: "${iso}".`)
  }
  return ms / DAY_MS
}

/** 0 = Monday … 6 = Sunday, as week_plan_days counts them (1970-01-01 was a Thursday). */
const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7

// ---------------------------------------------------------------------------------------------
// People

interface Culture {
  weight: number
  female: readonly string[]
  male: readonly string[]
  /** Surnames by the gender of the name, which differ where the language inflects them. */
  surnames: Record<Sex, readonly string[]>
}

/** A culture from '|'-separated lists, which keeps a few hundred names readable on a few lines. */
function defineCulture(
  weight: number,
  female: string,
  male: string,
  surnames: string,
  maleSurnames = surnames
): Culture {
  return {
    weight,
    female: female.split('|'),
    male: male.split('|'),
    surnames: { female: surnames.split('|'), male: maleSurnames.split('|') }
  }
}

/**
 * Names from many languages, mostly Latin script with diacritics plus Cyrillic and Greek, so the
 * list, search, sorting and the PDF font are exercised the way a real practice would. Scripts the
 * handout font cannot draw (CJK, Arabic) are left out on purpose. "Zoë Łukasz-Ørsted" is not
 * here: the end-to-end tests create that client and look for it by name.
 */
const cultures: readonly Culture[] = [
  defineCulture(
    20,
    'Emma|Olivia|Charlotte|Amelia|Grace|Hannah|Sophie|Lucy|Megan|Rachel',
    'James|Oliver|Thomas|Daniel|Matthew|Ben|Sam|Jack|Harry|Chris',
    "Smith|Jones|Taylor|Brown|Williams|Wilson|Evans|Roberts|Walker|Wright|Robinson|Thompson|Hughes|Clarke|Patel|Khan|O'Connor|MacLeod|Okafor|Mensah"
  ),
  defineCulture(
    5,
    'Aoife|Siobhán|Niamh|Saoirse|Caoimhe|Róisín|Sinéad|Orla',
    'Seán|Cian|Oisín|Pádraig|Eoin|Darragh|Ciarán|Tadhg',
    'Ní Bhriain|Ní Mhurchú|Ní Shúilleabháin|Ní Cheallaigh|Murphy|Kelly|Byrne|Walsh',
    'Ó Briain|Ó Murchú|Ó Súilleabháin|Ó Ceallaigh|Murphy|Kelly|Byrne|Walsh'
  ),
  defineCulture(
    8,
    'Inés|María|Lucía|Carmen|Paula|Elena|Marta|Sofía|Begoña|Nuria',
    'Javier|Álvaro|José|Andrés|Pablo|Sergio|Iñaki|Raúl|Jesús|Martín',
    'García|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Muñoz|Jiménez|Ruiz|Álvarez|Núñez|Ibáñez|García López'
  ),
  defineCulture(
    7,
    'Jana|Lena|Anna|Katrin|Sabine|Lea|Ursula|Miriam|Johanna|Jülide',
    'Jürgen|Lukas|Felix|Matthias|Stefan|Jörg|Tobias|Maximilian|Björn|Uwe',
    'Weiß|Müller|Schröder|Becker|Hoffmann|Schäfer|Köhler|Groß|Krüger|Fuchs|Wagner|Böhm|Meißner'
  ),
  defineCulture(
    5,
    'Ingrid|Astrid|Sigrid|Freja|Maja|Linnéa|Åsa|Solveig',
    'Søren|Bjørn|Mads|Anders|Lars|Øystein|Håkon|Jens',
    'Kjær|Nielsen|Sørensen|Jørgensen|Lindqvist|Åberg|Løvås|Holm|Dahl|Berg|Ødegaard|Strøm'
  ),
  defineCulture(
    5,
    'Agnieszka|Małgorzata|Katarzyna|Zofia|Joanna|Magdalena',
    'Łukasz|Paweł|Krzysztof|Tomasz|Michał|Wojciech|Jakub',
    'Kowalska|Wiśniewska|Wójcik|Kamińska|Lewandowska|Zielińska|Dąbrowska|Woźniak',
    'Kowalski|Wiśniewski|Wójcik|Kamiński|Lewandowski|Zieliński|Dąbrowski|Woźniak'
  ),
  defineCulture(
    4,
    'Анна|Мария|Екатерина|Ольга|Наталья|Татьяна|Юлия',
    'Дмитрий|Алексей|Сергей|Иван|Михаил|Андрей|Никита',
    'Волкова|Иванова|Смирнова|Кузнецова|Попова|Соколова|Лебедева',
    'Волков|Иванов|Смирнов|Кузнецов|Попов|Соколов|Лебедев'
  ),
  defineCulture(
    2,
    'Anna|Maria|Ekaterina|Olga|Natalia|Yulia',
    'Dmitri|Alexei|Sergei|Ivan|Mikhail|Nikita',
    'Volkova|Ivanova|Smirnova|Kuznetsova|Sokolova',
    'Volkov|Ivanov|Smirnov|Kuznetsov|Sokolov'
  ),
  defineCulture(
    2,
    'Олена|Ірина|Оксана|Наталія',
    'Андрій|Олександр|Тарас|Богдан',
    'Шевченко|Коваленко|Бондаренко|Ткаченко|Кравченко|Мельник|Ковальчук'
  ),
  defineCulture(
    3,
    'Σοφία|Μαρία|Ελένη|Κατερίνα|Δήμητρα|Αγγελική',
    'Γιώργος|Νίκος|Δημήτρης|Κώστας|Γιάννης|Αλέξανδρος',
    'Παπαδοπούλου|Οικονόμου|Γεωργίου|Νικολάου|Παπαδάκη|Βασιλείου',
    'Παπαδόπουλος|Οικονόμου|Γεωργίου|Νικολάου|Παπαδάκης|Βασιλείου'
  ),
  defineCulture(
    5,
    'Chloé|Léa|Amélie|Camille|Hélène|Élodie|Margaux|Zoé',
    'Théo|Hugo|Étienne|Jérôme|François|Loïc|Benoît|Noël',
    'Lefèvre|Dubois|Moreau|Girard|Rousseau|Fournier|Mercier|Chevalier|Lemaître'
  ),
  defineCulture(
    4,
    'Giulia|Chiara|Francesca|Martina|Alessia',
    'Niccolò|Luca|Matteo|Davide|Lorenzo',
    'Rossi|Bianchi|Ferrari|Esposito|Romano|Colombo|Ricci|De Luca|Marino'
  ),
  defineCulture(
    3,
    'Ana|Beatriz|Joana|Leonor|Mariana|Inês',
    'João|Gonçalo|Tiago|Rodrigo|Sebastião',
    'Gonçalves|Simões|Magalhães|Araújo|Brandão|Sousa|Lima'
  ),
  defineCulture(
    2,
    'Tereza|Kateřina|Lucie|Barbora',
    'Jiří|Tomáš|Ondřej|Vojtěch',
    'Dvořáková|Nováková|Černá|Procházková',
    'Dvořák|Novák|Černý|Procházka'
  ),
  defineCulture(2, 'Ayşe|Elif|Zeynep|Gülşen', 'Çağrı|Mehmet|Emre|Oğuz', 'Yılmaz|Öztürk|Şahin|Çelik|Doğan'),
  defineCulture(1, 'Réka|Zsófia|Eszter', 'Gábor|Zoltán|Ádám', 'Szőke|Kovács|Tóth|Nagy|Horváth'),
  defineCulture(
    1,
    'Guðrún|Sigríður|Þóra',
    'Jón|Þórður|Björn',
    'Jónsdóttir|Sigurðardóttir|Þórðardóttir',
    'Jónsson|Sigurðsson|Þórðarson'
  ),
  defineCulture(
    2,
    'Sanne|Femke|Eline|Anouk',
    'Daan|Sem|Joost|Bram',
    'de Vries|van den Berg|Jansen|Bakker|van Dijk|Visser'
  ),
  defineCulture(1, 'Lan|Thảo|Linh|Hương', 'Minh|Huy|Đức|Quang', 'Nguyễn|Trần|Lê|Phạm|Đặng'),
  defineCulture(2, 'Haruka|Yūko|Aiko|Megumi', 'Kenji|Yūto|Kōji|Shōta', 'Satō|Itō|Tanaka|Watanabe|Katō|Saitō'),
  defineCulture(
    2,
    'Priya|Ananya|Kavya|Layla|Nour|Amara|Chiamaka',
    'Arjun|Rohan|Omar|Youssef|Karim|Kwame|Tunde',
    'Sharma|Iyer|Nair|Reddy|Haddad|Khalil|El Amrani|Adeyemi|Boateng'
  )
]

const cultureWeights = cultures.map((culture) => [culture, culture.weight] as const)

/** Email addresses need ASCII; Cyrillic and Greek are transliterated, the rest folded. */
// prettier-ignore
const translit: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ы: 'y', э: 'e', ю: 'yu', я: 'ya', ь: '', ъ: '',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
  ß: 'ss', æ: 'ae', þ: 'th', ð: 'd', đ: 'd', ı: 'i', œ: 'oe'
}

function asciiWord(text: string): string {
  const folded = foldText(text).replace(/ου/g, 'ou')
  let out = ''
  for (const ch of folded) out += translit[ch] ?? ch
  return out.replace(/[^a-z]/g, '')
}

// ---------------------------------------------------------------------------------------------
// Running profile, goals, injuries

interface RaceKind {
  distanceM: number
  label: string
  tag: string
  names: readonly string[]
  /** Seconds per km faster than the client's easy pace that they can race this distance at. */
  paceGain: number
  weeklyKm: readonly [number, number]
}

const raceKinds: readonly (readonly [RaceKind, number])[] = [
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

const seasons = [
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
function goalTime(seconds: number): string {
  if (seconds >= 3600) {
    const minutes = Math.round(seconds / 60)
    return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`
  }
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

const raceGoals: readonly ((label: string, time: string, season: string) => string)[] = [
  (label, time, season) => `Sub-${time} ${label} in ${season}, stay injury-free`,
  (label, time) =>
    `${label[0]?.toUpperCase()}${label.slice(1)} PB: under ${time} with fewer calf niggles in the build`,
  (label, time, season) => `Break ${time} in the ${label} this ${season}; hold form over the last 5 km`,
  (label) => `First ${label}: get to the start line healthy and finish strong`,
  (label, time) => `Run the ${label} in ${time} and keep strength training through the taper`
]
const openGoals = [
  'Build to a consistent 30 km week without knee pain',
  'General strength and bone health alongside easy running',
  'Run a first 10K by the summer',
  'Improve running economy with two strength sessions a week',
  'Get back to regular running after a long break'
]
const extraGoals = [
  '',
  '',
  '; stronger hips and glutes',
  '; better posture late in long runs',
  '; more power on hills',
  '; learn to lift with good technique'
]
const clientNotes = [
  '',
  '',
  '',
  'Prefers early-morning sessions before work.',
  'Works shifts; the week plan changes week to week.',
  'Trains at a commercial gym with a full rack.',
  'Home gym: dumbbells up to 24 kg and a bench.',
  'Runs with a club on Tuesday evenings.',
  'Referred by their physio.',
  'Travels a lot for work; hotel-gym alternatives help.',
  'Vegetarian; watch recovery and iron levels.'
]

const bodyAreas: readonly (readonly [string, number])[] = [
  ['knee', 6],
  ['achilles', 5],
  ['hip', 2],
  ['ankle', 2],
  ['foot', 2],
  ['calf', 2],
  ['hamstring', 2],
  ['lower back', 2],
  ['groin', 1],
  ['shoulder', 1],
  ['elbow', 1],
  ['wrist', 1],
  ['neck', 1]
]
const injuryNotes: Record<string, readonly string[]> = {
  knee: [
    'Patellofemoral pain on stairs and long descents',
    'IT band irritation on the outside of the knee after long runs',
    'Swelling after a trail race; settled with rest'
  ],
  achilles: [
    'Morning stiffness that eases once warm',
    'Mid-portion tendinopathy; loading plan from the physio'
  ],
  hip: [
    'Tight hip flexor, pain at the front of the hip when running fast',
    'Lateral hip pain lying on that side'
  ],
  ankle: ['Rolled it on a trail run', 'Recurrent sprains; balance work helps'],
  foot: [
    'Plantar fascia pain, worst first thing in the morning',
    'Metatarsal stress reaction; cleared to run'
  ],
  calf: ['Strain at the end of a long run', 'Recurring tightness in faster sessions'],
  hamstring: ['High hamstring niggle, sore when sitting', 'Strain in a sprint finish'],
  'lower back': ['Stiffness after long runs', 'Disc irritation; avoid heavy spinal loading'],
  groin: ['Adductor strain after hill repeats'],
  shoulder: ['Impingement from swimming', 'Old dislocation; no heavy overhead work'],
  elbow: ['Tennis elbow from desk work'],
  wrist: ['Sprain from a fall on ice'],
  neck: ['Stiffness from long hours at a desk']
}

/**
 * Week layouts (Monday first) and their three strength days. A `lower` day has no quality or
 * long run on it or either side of it, so leg work fits there; an `upper` day is only clear of
 * the hard run on it and after it, so it takes upper-body work. Every layout keeps a full rest
 * day, so the demo's week plans pass every check of the app's own rules.
 */
const weekLayouts: readonly {
  days: readonly RunKind[]
  strength: readonly { day: number; kind: 'lower' | 'upper' }[]
}[] = [
  {
    days: ['rest', 'quality', 'easy', 'rest', 'easy', 'long', 'rest'],
    strength: [
      { day: 2, kind: 'upper' },
      { day: 3, kind: 'lower' },
      { day: 6, kind: 'upper' }
    ]
  },
  {
    days: ['rest', 'easy', 'quality', 'easy', 'rest', 'long', 'rest'],
    strength: [
      { day: 0, kind: 'lower' },
      { day: 3, kind: 'upper' },
      { day: 6, kind: 'upper' }
    ]
  },
  {
    days: ['easy', 'quality', 'rest', 'easy', 'rest', 'long', 'rest'],
    strength: [
      { day: 2, kind: 'upper' },
      { day: 3, kind: 'lower' },
      { day: 6, kind: 'upper' }
    ]
  },
  {
    days: ['rest', 'easy', 'quality', 'cross', 'rest', 'long', 'easy'],
    strength: [
      { day: 0, kind: 'lower' },
      { day: 3, kind: 'upper' },
      { day: 6, kind: 'upper' }
    ]
  },
  {
    days: ['easy', 'rest', 'easy', 'quality', 'rest', 'long', 'rest'],
    strength: [
      { day: 0, kind: 'lower' },
      { day: 1, kind: 'lower' },
      { day: 6, kind: 'upper' }
    ]
  },
  {
    days: ['easy', 'rest', 'easy', 'rest', 'rest', 'long', 'rest'],
    strength: [
      { day: 0, kind: 'lower' },
      { day: 2, kind: 'lower' },
      { day: 3, kind: 'lower' }
    ]
  }
]

const qualityPlanNotes = [
  'Warm up 15 min easy first',
  'Session as planned with the group',
  'Keep the effort controlled, not a race'
]

const sessionNotes = [
  'Tired legs after the long run; kept every set honest.',
  'Moved well today, good depth on squats.',
  'Short on time, shorter rests.',
  'Knee felt fine on lunges.',
  'Gym was busy; supersetted where possible.',
  'Slept badly, effort felt higher than usual.',
  'Great focus today.'
]
const qualityNotes = [
  '6 × 800 m at 5K pace, 90 s jog',
  '20 min tempo',
  '5 × 1 km at threshold, 1 min jog',
  '8 × 60 s hill repeats',
  '3 × 10 min at half-marathon pace',
  'Fartlek, 10 × 1 min on, 1 min off'
]
const runNotes = [
  '',
  '',
  '',
  '',
  '',
  '',
  'Windy.',
  'Hilly route.',
  'Treadmill.',
  'Felt heavy.',
  'With the club.'
]
const crossNotes = ['Cycling', 'Swimming', 'Elliptical', 'Rowing machine', 'Aqua jogging']

// ---------------------------------------------------------------------------------------------
// Loads

interface LoadProfile {
  /** Working load (kg) of an average client in their first session. */
  base: number
  /** The smallest sensible jump, and the lightest load that exists (an empty bar, a small dumbbell). */
  step: number
  min: number
}

/** Starting loads per built-in exercise; exercises missing here are bodyweight unless prescribed a load. */
const loadProfiles: Record<string, LoadProfile> = {
  'barbell-back-squat': { base: 50, step: 2.5, min: 20 },
  'barbell-glute-bridge': { base: 60, step: 5, min: 20 },
  'hip-thrust': { base: 60, step: 5, min: 20 },
  deadlift: { base: 70, step: 5, min: 20 },
  'goblet-squat': { base: 16, step: 2, min: 6 },
  'box-squat': { base: 14, step: 2, min: 4 },
  'dumbbell-forward-lunge': { base: 10, step: 2, min: 4 },
  'walking-lunge': { base: 10, step: 2, min: 4 },
  'bulgarian-split-squat': { base: 10, step: 2, min: 4 },
  'split-squat': { base: 10, step: 2, min: 4 },
  'step-up': { base: 10, step: 2, min: 4 },
  'lateral-lunge': { base: 8, step: 2, min: 4 },
  'dumbbell-single-leg-romanian-deadlift': { base: 14, step: 2, min: 6 },
  'dumbbell-romanian-deadlift': { base: 18, step: 2, min: 6 },
  'calf-raise': { base: 14, step: 2, min: 4 },
  'single-leg-calf-raise': { base: 8, step: 2, min: 2 },
  'dumbbell-bench-press': { base: 16, step: 2, min: 4 },
  'bent-over-dumbbell-row': { base: 18, step: 2, min: 6 },
  'dumbbell-shoulder-press': { base: 12, step: 2, min: 4 },
  'lat-pulldown': { base: 40, step: 2.5, min: 10 },
  'suitcase-carry': { base: 20, step: 2, min: 8 }
}
const genericLoad: LoadProfile = { base: 10, step: 2, min: 2 }

// ---------------------------------------------------------------------------------------------
// Templates

interface TemplatePrescription {
  exerciseId: number
  /** What the progression rule needs of the exercise, so the demo's loads climb as Spotter suggests. */
  category: 'lower' | 'upper' | 'core' | 'full'
  equipment: string[]
  /** The effort a set may reach and still count as having reps to spare (the RPE target, else 8). */
  rpeCeiling: number
  setsMin: number
  setsMax: number
  repsMin: number | null
  repsMax: number | null
  holdMinS: number | null
  holdMaxS: number | null
  profile: LoadProfile | null
  /** Every column but id and workout_id, in `prescriptionColumns` order, for the copy. */
  values: unknown[]
}

interface TemplateWorkout {
  values: unknown[]
  lowerBody: boolean
  prescriptions: TemplatePrescription[]
  /** About how many set rows one session of this workout logs, to size histories by sets. */
  setsPerSession: number
}

interface Template {
  id: number
  name: string
  goal: string
  notes: string
  workouts: TemplateWorkout[]
}

interface CopiedWorkout {
  id: number
  /** Mostly leg work, by the app's own rule: what may not go next to a hard run. */
  lowerBody: boolean
  template: TemplateWorkout
  prescriptionIds: number[]
}

const templateKeys = ['runner-lower-body', 'runner-upper-body'] as const

/** Columns of a table other than the ones the copy sets itself, so later migrations' columns are copied too. */
function copiedColumns(db: Database, table: string, own: readonly string[]): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[])
    .map((column) => column.name)
    .filter((name) => !own.includes(name))
}

function readTemplates(db: Database, workoutColumns: string[], prescriptionColumns: string[]): Template[] {
  const exercises = new Map(
    (
      db.prepare('SELECT id, builtin_key, category, equipment FROM exercises').all() as {
        id: number
        builtin_key: string | null
        category: TemplatePrescription['category']
        equipment: string
      }[]
    ).map((row) => [row.id, row])
  )
  const programRow = db.prepare(
    'SELECT id, name, goal, notes FROM programs WHERE builtin_key = ? AND client_id IS NULL'
  )
  const workoutRows = db.prepare(
    `SELECT id, ${workoutColumns.join(', ')} FROM workouts WHERE program_id = ? ORDER BY position, id`
  )
  const prescriptionRows = db.prepare(
    `SELECT ${prescriptionColumns.join(', ')} FROM prescriptions WHERE workout_id = ? ORDER BY position, id`
  )
  return templateKeys.map((key) => {
    const program = programRow.get(key) as Omit<Template, 'workouts'> | undefined
    if (!program) {
      throw new Error(`Demo data needs the built-in template "${key}": install the built-ins first.`)
    }
    const workouts = (workoutRows.all(program.id) as Record<string, unknown>[]).map((workout) => {
      const prescriptions = (prescriptionRows.all(workout.id) as Record<string, unknown>[]).map((row) => {
        const loadKind = row.load_kind as string
        const exercise = exercises.get(row.exercise_id as number)
        const known = loadProfiles[exercise?.builtin_key ?? '']
        const loaded = ['kg', 'percent1rm', 'rpe'].includes(loadKind)
        return {
          exerciseId: row.exercise_id as number,
          category: exercise?.category ?? 'full',
          equipment: JSON.parse(exercise?.equipment ?? '[]') as string[],
          rpeCeiling: loadKind === 'rpe' ? (row.load_value as number) : defaultRpeCeiling,
          setsMin: row.sets_min as number,
          setsMax: row.sets_max as number,
          repsMin: row.reps_min as number | null,
          repsMax: row.reps_max as number | null,
          holdMinS: row.hold_min_s as number | null,
          holdMaxS: row.hold_max_s as number | null,
          profile: known ?? (loaded ? genericLoad : null),
          values: prescriptionColumns.map((column) => row[column])
        }
      })
      const setsPerSession = prescriptions.reduce(
        (sum, p) => sum + (p.profile ? 1 : 0) + (p.setsMin + p.setsMax * 3) / 4,
        0
      )
      const lowerBody = isLowerBodyWorkout(prescriptions.map((p) => p.category))
      return {
        values: workoutColumns.map((column) => workout[column]),
        lowerBody,
        prescriptions,
        setsPerSession
      }
    })
    if (workouts.length === 0) throw new Error(`The built-in template "${key}" has no workouts.`)
    return { ...program, workouts }
  })
}

// ---------------------------------------------------------------------------------------------
// The generator

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ')

/** The gym of the demo practice: Spotter's default plate, dumbbell, kettlebell and stack steps, in kg. */
const demoSteps: ProgressionOptions = { ...defaultSettings, massUnit: 'kg', today: '1970-01-01' }

/**
 * Fills the store with a demo practice and says how many rows it wrote. Needs the built-in
 * library (installBuiltins) first. Running it again adds further, different clients: a client's
 * rows derive from the seed and the client's ordinal, which continues from the clients already
 * stored. Everything is one transaction, so a failure leaves the store as it was.
 */
export function generateDemo(db: Database, options: DemoOptions, now: string): DemoSummary {
  const seed = options.seed ?? 1
  const weeksOfLogs = options.weeksOfLogs ?? 16
  const setsTarget = options.setsPerClient
  if (!Number.isInteger(options.clients) || options.clients < 0) {
    throw new Error('Demo clients must be a whole number of zero or more.')
  }
  if (!Number.isInteger(weeksOfLogs) || weeksOfLogs < 1 || weeksOfLogs > 520) {
    throw new Error('Demo weeksOfLogs must be a whole number from 1 to 520.')
  }
  if (setsTarget !== undefined && !(setsTarget >= 0))
    throw new Error('Demo setsPerClient must be zero or more.')
  const today = epochDay(options.today)

  const workoutOwn = ['id', 'program_id', 'position']
  const prescriptionOwn = ['id', 'workout_id']
  const workoutColumns = copiedColumns(db, 'workouts', workoutOwn)
  const prescriptionColumns = copiedColumns(db, 'prescriptions', prescriptionOwn)
  const [lowerTemplate, upperTemplate] = readTemplates(db, workoutColumns, prescriptionColumns) as [
    Template,
    Template
  ]
  const kindId = (key: string): number => {
    const id = db.prepare('SELECT id FROM measurement_kinds WHERE builtin_key = ?').pluck().get(key)
    if (typeof id !== 'number') throw new Error(`Measurement kind "${key}" is missing.`)
    return id
  }
  const bodyWeightKind = kindId('body_weight')
  const restingHrKind = kindId('resting_hr')
  const firstOrdinal = db.prepare('SELECT count(*) FROM clients').pluck().get() as number

  // Positional parameters: cheaper to bind than a named-parameter object built for every row.
  const insertClient = db.prepare(
    `INSERT INTO clients (name, name_folded, email, phone, birth_date, goals, weekly_distance_m, next_race_name,
       next_race_date, next_race_distance_m, next_race_target_s, notes, status, sex, height_m, tags,
       priority, created_at, updated_at)
     VALUES (${placeholders(19)})`
  )
  const insertInjury = db.prepare(
    'INSERT INTO injuries (client_id, body_area, note, since, resolved_on) VALUES (?, ?, ?, ?, ?)'
  )
  const insertProgram = db.prepare(
    `INSERT INTO programs (client_id, builtin_key, name, goal, notes, start_date, weeks, status, source_program_id,
       created_at, updated_at)
     VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const insertWorkout = db.prepare(
    `INSERT INTO workouts (program_id, position, ${workoutColumns.join(', ')})
     VALUES (?, ?, ${placeholders(workoutColumns.length)})`
  )
  const insertPrescription = db.prepare(
    `INSERT INTO prescriptions (workout_id, ${prescriptionColumns.join(', ')})
     VALUES (?, ${placeholders(prescriptionColumns.length)})`
  )
  const insertDay = db.prepare(
    `INSERT INTO week_plan_days (client_id, weekday, run_kind, quality_kind, distance_m, day_order, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?)`
  )
  const insertPlacement = db.prepare(
    'INSERT INTO week_plan_workouts (client_id, weekday, position, workout_id) VALUES (?, ?, ?, ?)'
  )
  const insertSession = db.prepare(
    `INSERT INTO sessions (client_id, date, workout_id, duration_s, effort, notes, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`
  )
  const insertSet = db.prepare(
    `INSERT INTO set_logs (session_id, exercise_id, prescription_id, set_number, reps, hold_s, load_kg, rpe, warmup)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const insertRun = db.prepare(
    `INSERT INTO run_logs (client_id, date, kind, distance_m, duration_s, avg_hr, effort, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const insertMeasurement = db.prepare(
    'INSERT INTO measurements (client_id, kind_id, date, value) VALUES (?, ?, ?, ?)'
  )

  const dates = new Map<number, string>()
  const iso = (day: number): string => {
    let text = dates.get(day)
    if (text === undefined) {
      text = new Date(day * DAY_MS).toISOString().slice(0, 10)
      dates.set(day, text)
    }
    return text
  }
  const rowId = (statement: Statement<unknown[]>, ...params: unknown[]): number =>
    Number(statement.run(...params).lastInsertRowid)

  const summary: DemoSummary = { clients: 0, programs: 0, sessions: 0, sets: 0, runs: 0, measurements: 0 }

  /** A client's copy of template workouts: new rows, same content, nothing shared with the template. */
  function copyWorkouts(programId: number, workouts: readonly TemplateWorkout[]): CopiedWorkout[] {
    return workouts.map((template, position) => {
      const id = rowId(insertWorkout, programId, position, ...template.values)
      const prescriptionIds = template.prescriptions.map((p) => rowId(insertPrescription, id, ...p.values))
      return { id, lowerBody: template.lowerBody, template, prescriptionIds }
    })
  }

  function insertClientProgram(
    clientId: number,
    source: Template,
    extra: Template | null,
    startDay: number,
    weeks: number,
    status: 'active' | 'completed'
  ): CopiedWorkout[] {
    const name = extra ? 'Runner strength: lower and upper body' : source.name
    const programId = rowId(
      insertProgram,
      clientId,
      name,
      source.goal,
      source.notes,
      iso(startDay),
      clamp(weeks, 1, 104),
      status,
      source.id,
      now,
      now
    )
    summary.programs++
    return copyWorkouts(programId, extra ? [...source.workouts, ...extra.workouts] : source.workouts)
  }

  function generateClient(ordinal: number): void {
    const rnd = clientRandom(seed, ordinal)

    // Who they are.
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
      raceDay += (6 - weekdayOf(raceDay) + 7) % 7 // races are on Sundays
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
      const season = seasons[new Date(raceDay * DAY_MS).getUTCMonth()] as string
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

    const clientId = rowId(
      insertClient,
      name,
      foldText(name),
      email,
      phone,
      iso(birthDay),
      goals,
      weeklyKm * 1000,
      race ? pick(rnd, race.names) : null,
      raceDay === null ? null : iso(raceDay),
      race ? race.distanceM : null,
      targetS,
      pick(rnd, clientNotes),
      archived ? 'archived' : 'active',
      sex,
      height,
      JSON.stringify(tags),
      priority,
      now,
      now
    )
    summary.clients++

    for (const injury of injuries) {
      const since = today - int(rnd, 2, 104) * 7 - int(rnd, 0, 6)
      const resolved = injury.active ? null : Math.min(today - 1, since + int(rnd, 21, 120))
      insertInjury.run(
        clientId,
        injury.area,
        pick(rnd, injuryNotes[injury.area] ?? ['']),
        iso(since),
        resolved === null ? null : iso(resolved)
      )
    }

    // The history window: up to today, or for archived clients until they stopped coming.
    const endDay = archived ? today - int(rnd, 4, 26) * 7 : today
    const historyStart = endDay - weeksOfLogs * 7 + 1
    const historyMonday = historyStart - weekdayOf(historyStart)

    // Programs: one active copy of a template (some with the other template's day added), and
    // for some an earlier completed block. Archived clients keep only the completed one.
    const primary = rnd() < 0.8 ? lowerTemplate : upperTemplate
    const other = primary === lowerTemplate ? upperTemplate : lowerTemplate
    const both = rnd() < 0.8
    let activeStart = historyMonday
    let earlier: CopiedWorkout[] | null = null
    let current: CopiedWorkout[]
    if (archived) {
      current = insertClientProgram(
        clientId,
        primary,
        both ? other : null,
        historyMonday,
        Math.ceil((endDay - historyMonday + 1) / 7),
        'completed'
      )
    } else {
      if (weeksOfLogs >= 8 && rnd() < 0.35) {
        const blockWeeks = int(rnd, 4, Math.min(8, weeksOfLogs - 4))
        earlier = insertClientProgram(
          clientId,
          rnd() < 0.5 ? primary : other,
          null,
          historyMonday,
          blockWeeks,
          'completed'
        )
        activeStart = historyMonday + blockWeeks * 7
      }
      const elapsedWeeks = Math.ceil((today - activeStart + 1) / 7)
      current = insertClientProgram(
        clientId,
        primary,
        both ? other : null,
        activeStart,
        elapsedWeeks + int(rnd, 2, 8),
        'active'
      )
    }

    // The week plan: more running days for more kilometres, so no single easy run gets absurdly long.
    // A program of lower-body work only needs a layout with two or more days clear for legs.
    const lowerWorkouts = current.filter((w) => w.lowerBody)
    const upperWorkouts = current.filter((w) => !w.lowerBody)
    const layouts = beginner
      ? weekLayouts.slice(5)
      : weeklyKm < 30
        ? weekLayouts.filter((_, i) => i === 0 || i === 2 || i === 5)
        : weeklyKm <= 50
          ? weekLayouts.slice(0, 5)
          : weekLayouts.slice(1, 5)
    const fitting = layouts.filter(
      (l) => upperWorkouts.length > 0 || l.strength.filter((slot) => slot.kind === 'lower').length >= 2
    )
    const layout = pick(
      rnd,
      fitting.length > 0 ? fitting : weekLayouts.slice(4)
    ) as (typeof weekLayouts)[number]
    // Which workout goes on each strength day: legs where legs fit, alternating with upper body
    // when the program has both; a lower-only program lifts on its leg days only.
    const assigned = new Map<number, CopiedWorkout>()
    let legDays = 0
    for (const slot of layout.strength) {
      if (
        slot.kind === 'lower' &&
        lowerWorkouts.length > 0 &&
        (upperWorkouts.length === 0 || legDays % 2 === 0)
      ) {
        assigned.set(slot.day, lowerWorkouts[legDays % lowerWorkouts.length] as CopiedWorkout)
        legDays++
      } else if (upperWorkouts.length > 0) {
        assigned.set(slot.day, upperWorkouts[assigned.size % upperWorkouts.length] as CopiedWorkout)
        if (slot.kind === 'lower') legDays++
      }
    }
    const strengthDays = [...assigned.keys()].sort((a, b) => a - b)
    const strengthSlot = (weekday: number): number => strengthDays.indexOf(weekday)
    const workoutOn = (weekday: number, workouts: CopiedWorkout[]): CopiedWorkout => {
      const placed = assigned.get(weekday)
      if (workouts === current && placed) return placed
      return workouts[Math.max(0, strengthSlot(weekday)) % workouts.length] as CopiedWorkout
    }
    const dayOrder = priority === 'strength' ? 'lift_first' : 'run_first'
    if (rnd() < (archived ? 0.5 : 0.9)) {
      layout.days.forEach((kind, weekday) => {
        const workout = assigned.get(weekday)
        const notes =
          kind === 'quality' ? pick(rnd, qualityPlanNotes) : kind === 'long' ? 'Long run at easy effort' : ''
        insertDay.run(
          clientId,
          weekday,
          kind,
          kind === 'quality' ? pick(rnd, ['intervals', 'tempo', 'hills'] as const) : null,
          kind === 'long' ? Math.round(weeklyKm * 0.3) * 1000 : null,
          workout && kind !== 'rest' ? dayOrder : null,
          notes
        )
        if (workout) insertPlacement.run(clientId, weekday, 0, workout.id)
      })
    }

    // Strength sessions: on the plan's strength days, some missed, newest first when sized by sets.
    const adherence = between(rnd, 0.72, 0.97)
    const planned: { day: number; workouts: CopiedWorkout[]; slot: number }[] = []
    const programOn = (day: number): CopiedWorkout[] => (earlier && day < activeStart ? earlier : current)
    if (setsTarget === undefined) {
      for (let day = historyStart; day <= endDay; day++) {
        const slot = strengthSlot(weekdayOf(day))
        if (slot >= 0 && rnd() < adherence) planned.push({ day, workouts: programOn(day), slot })
      }
    } else {
      // A session is taken while it brings the count nearer the target, so the total lands close to it.
      let sets = 0
      for (let day = endDay; day > endDay - 3650; day--) {
        const slot = strengthSlot(weekdayOf(day))
        if (slot < 0 || rnd() >= adherence) continue
        const workouts = programOn(day)
        const size = workoutOn(weekdayOf(day), workouts).template.setsPerSession
        if (sets + size / 2 > setsTarget) break
        planned.push({ day, workouts, slot })
        sets += size
      }
      planned.reverse()
    }

    // Double progression per exercise: add reps each session until the top of the range, then load.
    const strength =
      (nameSex === 'male' ? between(rnd, 0.85, 1.3) : between(rnd, 0.6, 0.95)) * (0.8 + 0.4 * level)
    const progress = new Map<number, { load: number | null; reps: number }>()
    // A third of the active clients did every set of their latest session at the top of the range
    // with reps to spare, so a new user sees suggestions they have earned. Chosen by ordinal, not
    // by the random stream, so everything else the client logs stays as it was.
    const earner = !archived && ordinal % 3 === 1
    for (const [index, session] of planned.entries()) {
      const earned = earner && index === planned.length - 1
      const workout = workoutOn(weekdayOf(session.day), session.workouts)
      const effort = int(rnd, 5, 8)
      const sessionId = rowId(
        insertSession,
        clientId,
        iso(session.day),
        workout.id,
        Math.round(workout.template.setsPerSession * between(rnd, 85, 110) + 300),
        effort,
        rnd() < 0.1 ? pick(rnd, sessionNotes) : '',
        now
      )
      summary.sessions++
      const prescriptions = workout.template.prescriptions
      for (let i = 0; i < prescriptions.length; i++) {
        const p = prescriptions[i] as TemplatePrescription
        const prescriptionId = workout.prescriptionIds[i] as number
        const repsMin = p.repsMin ?? 8
        const repsMax = Math.max(p.repsMax ?? repsMin, repsMin)
        let state = progress.get(p.exerciseId)
        if (!state) {
          const profile = p.profile
          state = {
            load: profile
              ? Math.max(
                  profile.min,
                  roundTo(profile.base * strength * between(rnd, 0.85, 1.15), profile.step)
                )
              : null,
            reps: repsMin + (rnd() < 0.5 ? 0 : 1)
          }
          progress.set(p.exerciseId, state)
        }
        const hold = p.repsMin === null && p.holdMinS !== null
        let setNumber = 1
        if (state.load !== null && p.profile) {
          const warmLoad = Math.max(p.profile.min, roundTo(state.load * 0.5, p.profile.step))
          insertSet.run(
            sessionId,
            p.exerciseId,
            prescriptionId,
            setNumber++,
            hold ? null : repsMax,
            null,
            warmLoad,
            null,
            1
          )
          summary.sets++
        }
        const workSets = p.setsMax > p.setsMin && rnd() < 0.25 ? p.setsMin : p.setsMax
        const offDay = rnd() < 0.1 ? 1 : 0
        let allAtTop = true
        for (let k = 0; k < workSets; k++) {
          const drop = k > 0 && rnd() < 0.3 ? 1 : 0
          let reps = clamp(state.reps - offDay - drop, repsMin, repsMax)
          let rpe = clamp(roundTo(6 + 0.5 * k + (reps >= repsMax ? 1 : 0) + rnd() * 1.2, 0.5), 6, 9)
          let holdS = hold ? int(rnd, p.holdMinS as number, p.holdMaxS ?? (p.holdMinS as number)) : null
          if (earned) {
            reps = repsMax
            rpe = Math.min(p.rpeCeiling, 6 + 0.5 * k)
            if (hold) holdS = p.holdMaxS ?? p.holdMinS
          }
          if (reps < repsMax) allAtTop = false
          insertSet.run(
            sessionId,
            p.exerciseId,
            prescriptionId,
            setNumber++,
            hold ? null : reps,
            holdS,
            state.load,
            rpe,
            0
          )
          summary.sets++
        }
        if (allAtTop && state.load !== null && p.profile) {
          // The step Spotter itself would suggest (the next dumbbell, +5 kg on a barbell, at most
          // 10 %); a load too light for its smallest step stays, with the reps at the top.
          const next = nextLoad(state.load, { ...p, progressionPct: null }, demoSteps).loadKg
          if (next !== null) {
            state.load = Math.round(next * 100) / 100
            state.reps = repsMin
          }
        } else if (!offDay && rnd() < 0.65) {
          state.reps = Math.min(repsMax, state.reps + 1)
        }
      }
    }

    // Runs on the plan's run days, building slowly with an easier week every fourth week.
    const runAdherence = between(rnd, 0.85, 0.98)
    const hrBase = int(rnd, 128, 146)
    const count = (kind: RunKind): number => layout.days.filter((day) => day === kind).length
    const easyDays = count('easy')
    // Shares of the weekly distance: the long run about 30 %, each quality session 18 %, easy runs
    // the rest but never longer than most of a long run.
    const easyShare = Math.min((1 - 0.3 - 0.18 * count('quality')) / Math.max(1, easyDays), 0.24)
    let tuneUpDone = !race || rnd() < 0.6
    for (let day = historyStart; day <= endDay; day++) {
      const kind = layout.days[weekdayOf(day)] as RunKind
      if (kind === 'rest' || rnd() >= runAdherence) continue
      const week = Math.floor((day - historyStart) / 7)
      const load = (1 + 0.01 * week) * (week % 4 === 3 ? 0.8 : 1) * between(rnd, 0.92, 1.08)
      const pace = easyPace - 0.3 * week + between(rnd, -4, 4)
      let logged: RunKind | 'race' = kind
      let distance: number
      let secondsPerKm: number
      let notes = pick(rnd, runNotes)
      if (kind === 'cross') {
        insertRun.run(
          clientId,
          iso(day),
          'cross',
          0,
          int(rnd, 30, 60) * 60,
          hrBase - 10 + int(rnd, -4, 4),
          int(rnd, 3, 4),
          pick(rnd, crossNotes)
        )
        summary.runs++
        continue
      } else if (kind === 'quality' && !tuneUpDone && week >= weeksOfLogs / 2) {
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
      const hr =
        logged === 'race'
          ? hrBase + 32
          : logged === 'quality'
            ? hrBase + 22
            : logged === 'long'
              ? hrBase + 6
              : hrBase
      const effort =
        logged === 'race'
          ? 9
          : logged === 'quality'
            ? int(rnd, 7, 8)
            : logged === 'long'
              ? int(rnd, 5, 6)
              : int(rnd, 3, 4)
      insertRun.run(
        clientId,
        iso(day),
        logged,
        distance,
        Math.round((distance / 1000) * secondsPerKm),
        hr + int(rnd, -4, 4),
        effort,
        notes
      )
      summary.runs++
    }

    // Measurements: weekly body weight with a slow drift; resting heart rate every few weeks.
    const weighDay = int(rnd, 0, 6)
    const drift = between(rnd, -0.06, 0.02)
    const restingBase = int(rnd, 44, 62)
    const tracksHr = rnd() < 0.5
    let weekIndex = 0
    for (let day = historyStart; day <= endDay; day++) {
      if (weekdayOf(day) !== weighDay) continue
      if (rnd() < 0.92) {
        insertMeasurement.run(
          clientId,
          bodyWeightKind,
          iso(day),
          round1(bodyWeight + drift * weekIndex + between(rnd, -0.4, 0.4))
        )
        summary.measurements++
      }
      if (tracksHr && weekIndex % 3 === 0) {
        insertMeasurement.run(
          clientId,
          restingHrKind,
          iso(day),
          Math.round(restingBase - 0.1 * weekIndex + between(rnd, -2, 2))
        )
        summary.measurements++
      }
      weekIndex++
    }
  }

  db.transaction(() => {
    for (let i = 0; i < options.clients; i++) generateClient(firstOrdinal + i)
  })()
  return summary
}
