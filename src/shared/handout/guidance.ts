import { guidanceTips } from '../training/guidance-tips'

/**
 * The general guidance page, in Spotter's own words: why and when a runner lifts, then the
 * same tips the app shows beside the week plan.
 */
export const guidance = {
  title: 'Getting the most from your strength training',
  paragraphs: [
    {
      heading: 'Why a runner lifts',
      text: 'Stronger hips, glutes, hamstrings, quads and calves make every stride cheaper and more powerful, hold your form late in a race, and toughen the tissues that take the pounding. Lifting also builds bone.'
    },
    {
      heading: 'Your week',
      text: 'About three strength sessions a week, with at least one full rest day. Lift on days without a run or after an easy run, never the day before intervals, a tempo run or the long run. On days with both, run first when running comes first, lift first when strength does.'
    },
    ...guidanceTips.map((tip) => ({ heading: tip.title, text: tip.text })),
    {
      heading: 'Reading the program',
      text: 'Write each set on the log sheets; in taper weeks do the fewer sets shown.'
    }
  ]
}

/** Said on the guidance page only when the handout has a superset to explain. */
export const supersetGuidance = {
  heading: 'Supersets',
  text: 'Exercises with the same letter and a coloured bar, such as B1 and B2, form a superset: do one set of each back to back, then rest, and repeat for the sets shown.'
}
