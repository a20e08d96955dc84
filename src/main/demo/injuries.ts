/** Where runners get hurt, weighted by how often, and what a trainer writes about it. */
export const bodyAreas: readonly (readonly [string, number])[] = [
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
export const injuryNotes: Record<string, readonly string[]> = {
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
