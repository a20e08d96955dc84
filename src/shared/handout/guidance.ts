/** The general guidance page, in Spotter's own words, from the training knowledge it encodes. */
export const guidance = {
  title: 'Getting the most from your strength training',
  paragraphs: [
    {
      heading: 'Why a runner lifts',
      text: 'Stronger hips, glutes, hamstrings, quads and calves make every stride cheaper and more powerful, help you hold your form late in a race, and make the tissues that take a pounding tougher. Lifting also builds bone and keeps you healthy for years of running.'
    },
    {
      heading: 'How often',
      text: 'Around three strength sessions a week works for most runners. Keep at least one full rest day every week, with no running and no lifting.'
    },
    {
      heading: 'When to lift',
      text: 'Lift on days without a run, or after an easy run. Never lift right before a hard session: intervals, tempo runs and long runs need fresh legs. On days with both, run first when running is the priority and lift first when strength is.'
    },
    {
      heading: 'Follow the plan',
      text: 'Do the exercises in the order written, with the sets, reps and rest shown.'
    },
    {
      heading: 'Control every rep',
      text: 'Move the weight under control through the full range, with no swinging or bouncing. If the last reps of a set fall apart, the load is too heavy; if you could do many more than the top of the range, it is too light.'
    },
    {
      heading: 'Keep progressing',
      text: 'When every set reaches the top of the rep range with good form, add a little weight next time. Write what you did on the log sheets so we can see the progress together.'
    },
    {
      heading: 'Quality and recovery',
      text: 'A few good sets beat many sloppy ones. Sleep, eat enough and take the easy days easy: the body gets stronger while it recovers, not while it trains.'
    }
  ]
}

/** Said on the guidance page only when the handout has a superset to explain. */
export const supersetGuidance = {
  heading: 'Supersets',
  text: 'Exercises with the same letter and a coloured bar, such as B1 and B2, form a superset: do one set of each back to back, then rest, and repeat for the sets shown.'
}
