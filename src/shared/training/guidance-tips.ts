/**
 * The strength-training tips Spotter shows beside the week plan and prints on the handout's
 * guidance page, in Spotter's own words.
 */
export const guidanceTips: ReadonlyArray<{ title: string; text: string }> = [
  {
    title: 'Follow a plan',
    text: 'A written program with set exercises, sets and reps beats making it up on the day. Stick with it for a block of weeks, log what you do, and let the numbers show the progress.'
  },
  {
    title: 'Control every rep',
    text: 'Lift and lower under control through the whole range of movement, with no swinging or bouncing. Momentum takes the work away from the muscles you are trying to train.'
  },
  {
    title: 'Don’t go too light',
    text: 'The last two or three reps of a set should be hard but clean. If you could do many more than the top of the range, add weight: light loads that never challenge you won’t make you stronger.'
  },
  {
    title: 'Vary the exercises',
    text: 'Change some exercises every few blocks, with a harder version or a new angle. The body stops adapting to the same work done the same way for months.'
  },
  {
    title: 'Balance the muscle groups',
    text: 'Train the core, glutes, hamstrings, quads and calves, not only the muscles you can see. Balanced strength keeps the stride even and the joints well supported.'
  },
  {
    title: 'Move like a runner',
    text: 'Favour functional, running-like movements: lunges, single-leg deadlifts, step-ups and planks work the legs one at a time and hold the trunk steady, as running does.'
  },
  {
    title: 'Quality over quantity',
    text: 'A few sets done well beat many done badly. Stop a set when the form goes, and keep sessions short enough that the running doesn’t suffer.'
  },
  {
    title: 'Recover',
    text: 'Strength is built while you rest. Sleep well, eat enough, keep easy days easy and take at least one full rest day a week.'
  }
]
