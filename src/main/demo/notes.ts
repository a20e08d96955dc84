/* The words a trainer and their clients write in notes: picked at random, often left empty. */

export const clientNotes = [
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

export const qualityPlanNotes = [
  'Warm up 15 min easy first',
  'Session as planned with the group',
  'Keep the effort controlled, not a race'
]

export const sessionNotes = [
  'Tired legs after the long run; kept every set honest.',
  'Moved well today, good depth on squats.',
  'Short on time, shorter rests.',
  'Knee felt fine on lunges.',
  'Gym was busy; supersetted where possible.',
  'Slept badly, effort felt higher than usual.',
  'Great focus today.'
]
export const qualityNotes = [
  '6 × 800 m at 5K pace, 90 s jog',
  '20 min tempo',
  '5 × 1 km at threshold, 1 min jog',
  '8 × 60 s hill repeats',
  '3 × 10 min at half-marathon pace',
  'Fartlek, 10 × 1 min on, 1 min off'
]
export const runNotes = [
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
export const crossNotes = ['Cycling', 'Swimming', 'Elliptical', 'Rowing machine', 'Aqua jogging']
