/**
 * The strength-training tips Spotter shows beside the week plan and prints on the handout's
 * guidance page, in Spotter's own words. Short, so all of them fit the one guidance page.
 */
export const guidanceTips: ReadonlyArray<{ title: string; text: string }> = [
  {
    title: 'Follow a plan',
    text: 'Do the exercises, sets and reps as written, block after block, and log what you do. A plan followed beats a better one made up on the day.'
  },
  {
    title: 'Control every rep',
    text: 'Lift and lower under control through the full range of movement, with no swinging or bouncing: momentum steals the work from the muscles.'
  },
  {
    title: 'Don’t go too light',
    text: 'The last reps of each set should be hard but clean. If you could do many more than the top of the range, add weight.'
  },
  {
    title: 'Vary the exercises',
    text: 'Swap in a harder version or a new exercise every few blocks: the body stops adapting to the same work done the same way.'
  },
  {
    title: 'Balance the muscle groups',
    text: 'Train the core, glutes, hamstrings, quads and calves alike, so the stride stays even and the joints stay well supported.'
  },
  {
    title: 'Move like a runner',
    text: 'Favour running-like movements such as lunges, single-leg deadlifts, step-ups and planks: one leg at a time, the trunk held steady.'
  },
  {
    title: 'Quality over quantity',
    text: 'A few good sets beat many sloppy ones. End a set when the form goes, and keep sessions short enough to spare the running.'
  },
  {
    title: 'Recover',
    text: 'Strength is built while you rest: sleep well, eat enough, keep the easy days easy and take at least one full rest day a week.'
  }
]
