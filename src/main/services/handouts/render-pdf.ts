import { Writable } from 'node:stream'
import type PDFDocument from 'pdfkit'
import type { HandoutModel } from '@shared/handout/model'
import { drawCoverHeader } from './cover-header'
import { startPage } from './flow'
import { drawGuidance } from './guidance-page'
import { drawInstructions } from './instructions'
import { drawLogSheet } from './log-sheet'
import { createHandoutDocument, writeFooters } from './page-frame'
import { drawWeekPlan } from './week-plan'
import { drawWorkout } from './workout-table'

/** Lays out every section in the order of the spec; returns the page count. */
function layOut(doc: PDFDocument, model: HandoutModel): number {
  startPage(doc, model.paper, 'portrait')
  drawCoverHeader(doc, model)
  for (const workout of model.workouts) drawWorkout(doc, workout)
  if (model.weekPlan && model.weekPlan.length > 0) drawWeekPlan(doc, model.weekPlan, model.phases)
  if (model.instructions.length > 0) {
    startPage(doc, model.paper, 'portrait')
    drawInstructions(doc, model.instructions)
  }
  for (const sheet of model.logSheets) drawLogSheet(doc, sheet, model.paper, model.unit)
  if (model.guidance) {
    startPage(doc, model.paper, 'portrait')
    drawGuidance(doc, model.guidance)
  }
  return writeFooters(doc, model)
}

/** Lays the whole handout out before any output is attached, so a layout error writes nothing. */
function prepare(model: HandoutModel): { doc: PDFDocument; pages: number } {
  const doc = createHandoutDocument(model)
  const pages = layOut(doc, model)
  return { doc, pages }
}

/** Writes the handout PDF to `output`; resolves once the stream has finished. */
export function renderHandout(
  model: HandoutModel,
  output: NodeJS.WritableStream
): Promise<{ pages: number }> {
  return new Promise((resolve, reject) => {
    let prepared: { doc: PDFDocument; pages: number }
    try {
      prepared = prepare(model)
    } catch (error) {
      // The caller opened the stream for us; left open, a file stream would hold its descriptor.
      if (output instanceof Writable) output.destroy()
      reject(error instanceof Error ? error : new Error(String(error)))
      return
    }
    const { doc, pages } = prepared
    output.on('finish', () => resolve({ pages }))
    output.on('error', reject)
    doc.on('error', reject)
    doc.pipe(output)
    doc.end()
  })
}

/** The handout PDF in memory, for the preview and for downloads in browser mode. */
export function renderHandoutToBuffer(model: HandoutModel): Promise<{ pdf: Buffer; pages: number }> {
  return new Promise((resolve, reject) => {
    const { doc, pages } = prepare(model)
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve({ pdf: Buffer.concat(chunks), pages }))
    doc.on('error', reject)
    doc.end()
  })
}
