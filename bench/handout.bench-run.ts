import PDFDocument from 'pdfkit'
import { expect, it } from 'vitest'
import type { HandoutModel } from '../src/shared/handout/model'
import { fontFile, handoutFonts } from '../src/main/services/handouts/fonts'
import { renderHandoutToBuffer } from '../src/main/services/handouts/render-pdf'
import { sampleHandout } from '../src/main/services/handouts/sample-handout'
import { report } from './measure'

/** measure.ts times synchronous work; a PDF is only done when its stream has ended. */
async function medianAsyncMs(fn: () => Promise<unknown>, runs = 15, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] as number
}

/** Every string the handout prints, in reading order. */
function printedStrings(model: HandoutModel, pages: number): string[] {
  const { business, trainer, contact } = model.branding
  return [
    business,
    trainer,
    ...contact,
    model.client,
    model.program,
    model.dates,
    model.goal,
    ...model.workouts.flatMap((w) => [
      w.name,
      `≈ ${w.minutes} min`,
      w.notes,
      ...w.rows.flatMap((r) => [r.label, r.exercise, r.setsReps, r.load, r.rest, r.tempo, r.notes])
    ]),
    ...(model.weekPlan ?? []).flatMap((d) => [d.day, d.run, d.strength, d.notes]),
    ...model.instructions.flatMap((i) => [
      i.exercise,
      i.cautions.join(', '),
      ...i.steps,
      ...i.cues,
      i.runnerBenefit
    ]),
    ...model.logSheets.flatMap((s) => [
      s.workout,
      ...Array.from({ length: s.weeks }, (_, i) => `Week ${i + 1}`),
      ...s.rows.flatMap((r) => [r.label, r.exercise, r.target])
    ]),
    ...(model.guidance
      ? [model.guidance.title, ...model.guidance.paragraphs.flatMap((p) => [p.heading, p.text])]
      : []),
    ...Array.from({ length: pages }, (_, i) => `Page ${i + 1} of ${pages} · Generated ${model.generatedOn}`)
  ].filter((s) => s !== '')
}

/**
 * Bare pdfkit: the same strings in the same font, flowing down the page, padded to the same
 * page count. `font` picks how the font is given: by path as plain pdfkit code would, or
 * parsed once per process as the renderer does.
 */
function baselinePdf(
  strings: string[],
  pages: number,
  paper: string,
  font: 'path' | 'parsed'
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: paper, margins: { top: 46, bottom: 62, left: 48, right: 48 } })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    let pageCount = 1
    doc.on('pageAdded', () => pageCount++)
    if (font === 'path') doc.font(fontFile('DejaVuSansCondensed.ttf'), 9.5)
    else doc.font(handoutFonts().regular.parsed, handoutFonts().regular.family, 9.5)
    for (const text of strings) doc.text(text)
    while (pageCount < pages) doc.addPage()
    doc.end()
  })
}

it('handout PDF of about 20 pages against bare pdfkit text', async () => {
  // 4 workouts of 9 exercises, instructions, week plan, 12 weeks of log sheets, guidance.
  const model = sampleHandout({ workouts: 4, exercisesPerWorkout: 9, weeks: 12 })
  const { pdf, pages } = await renderHandoutToBuffer(model)
  const strings = printedStrings(model, pages)
  const baseline = await baselinePdf(strings, pages, model.paper, 'path')
  console.log(
    `Handout: ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KB; baseline ${(baseline.length / 1024).toFixed(0)} KB of ${strings.length} strings`
  )

  const appMs = await medianAsyncMs(() => renderHandoutToBuffer(model))
  const baselineMs = await medianAsyncMs(() => baselinePdf(strings, pages, model.paper, 'path'))
  const parsedBaselineMs = await medianAsyncMs(() => baselinePdf(strings, pages, model.paper, 'parsed'))
  report('Client handout PDF', [
    { name: `renderHandoutToBuffer, ${pages} pages`, appMs, baselineMs, limit: 3 },
    // For the record: the part of the margin that is the shared font parse, not the layout.
    { name: '  same, baseline also reusing the parsed font', appMs, baselineMs: parsedBaselineMs }
  ])
  expect(pages).toBeGreaterThanOrEqual(18)
  expect(appMs / baselineMs).toBeLessThanOrEqual(3)
})
