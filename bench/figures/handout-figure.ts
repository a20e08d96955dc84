import { renderHandoutToBuffer } from '../../src/main/services/handouts/render-pdf'
import { sampleHandout } from '../../test/support/sample-handout'
import { bareHandout } from '../baselines/bare-handout'
import { alternate, type PairResult } from '../pairs'

export interface HandoutFigure extends PairResult {
  pages: number
  barePages: number
}

/**
 * Figure 6: a 20-page handout (4 workouts of 9 exercises, instructions, the week plan, 12 weeks
 * of log sheets, guidance) laid out and written to memory, against the same tables drawn with
 * bare pdfkit. Both use the font faces parsed once (the first call of each side parses them).
 */
export async function handoutFigure(): Promise<HandoutFigure> {
  const model = sampleHandout({ workouts: 4, exercisesPerWorkout: 9, weeks: 12 })
  const [app, bare] = [await renderHandoutToBuffer(model), await bareHandout(model)]
  const result = await alternate(
    () => renderHandoutToBuffer(model),
    () => bareHandout(model),
    { pairs: 15, warmup: 3, bestOf: 3 }
  )
  return { ...result, pages: app.pages, barePages: bare.pages }
}
