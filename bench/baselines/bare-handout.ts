import PDFDocument from 'pdfkit'
import type { HandoutModel } from '../../src/shared/handout/model'
import { handoutFonts } from '../../src/main/services/handouts/fonts'

/*
 * The handout figure's baseline: the same handout drawn with bare pdfkit, as a competent
 * developer would write it in one file: the same font faces, parsed once per process, the same
 * pages, tables with header bands, zebra rows, grid lines and wrapped cells, log-sheet boxes, two
 * instruction columns and "page x of y" footers. What it leaves out is what the app adds around
 * pdfkit: style objects, measuring before drawing to keep headings with their tables and sections
 * whole, repeated table headers, widow control, superset bars and ellipses.
 */

const margins = { top: 46, bottom: 62, left: 48, right: 48 }
const pad = 4

type Face = 'regular' | 'bold'

function setFont(doc: PDFDocument, face: Face, size: number): void {
  const font = handoutFonts()[face]
  doc.font(font.parsed, font.family, size)
}

/** One cell: one line without pdfkit's wrapper when it fits, else wrapped to the width. */
function cellText(doc: PDFDocument, text: string, x: number, y: number, width: number): void {
  if (text === '') return
  if (doc.widthOfString(text) <= width) doc.text(text, x, y, { lineBreak: false })
  else doc.text(text, x, y, { width })
}

function cellHeight(doc: PDFDocument, text: string, width: number): number {
  if (text === '' || doc.widthOfString(text) <= width) return doc.currentLineHeight(true)
  return doc.heightOfString(text, { width })
}

interface BareTable {
  headers: string[]
  /** Column widths in points. */
  widths: number[]
  rows: string[][]
  /** Extra height per row, e.g. for log boxes, and what to draw in it. */
  minHeight?: (row: number) => number
  boxes?: (row: number, y: number, xs: number[]) => void
}

function drawBareTable(doc: PDFDocument, table: BareTable): void {
  const left = margins.left
  const width = table.widths.reduce((a, b) => a + b, 0)
  const xs: number[] = []
  table.widths.reduce((x, w) => (xs.push(x), x + w), left)
  let y = doc.y
  const header = (): void => {
    setFont(doc, 'bold', 8)
    doc.rect(left, y, width, 16).fill('#e6eff3')
    doc.fillColor('#145a73')
    table.headers.forEach((h, i) =>
      cellText(doc, h, (xs[i] as number) + pad, y + pad, (table.widths[i] as number) - 2 * pad)
    )
    y += 16
  }
  header()
  setFont(doc, 'regular', 8.5)
  table.rows.forEach((cells, r) => {
    const textHeight = Math.max(
      ...cells.map((c, i) => cellHeight(doc, c, (table.widths[i] as number) - 2 * pad))
    )
    const height = Math.max(textHeight + 2 * pad, table.minHeight?.(r) ?? 0)
    if (y + height > doc.page.maxY()) {
      doc.addPage()
      y = margins.top
      header()
      setFont(doc, 'regular', 8.5)
    }
    if (r % 2 === 1) doc.rect(left, y, width, height).fill('#f6f8fa')
    table.boxes?.(r, y, xs)
    doc.lineWidth(0.5)
    for (const x of [...xs, left + width]) doc.moveTo(x, y).lineTo(x, y + height)
    doc
      .moveTo(left, y + height)
      .lineTo(left + width, y + height)
      .stroke('#dde4ea')
    doc.fillColor('#1d2630')
    cells.forEach((c, i) =>
      cellText(doc, c, (xs[i] as number) + pad, y + pad, (table.widths[i] as number) - 2 * pad)
    )
    y += height
  })
  doc.x = left
  doc.y = y + 22
}

function block(doc: PDFDocument, face: Face, size: number, text: string, width?: number): void {
  if (text === '') return
  setFont(doc, face, size)
  doc
    .fillColor('#1d2630')
    .text(text, margins.left, doc.y, { width: width ?? doc.page.width - margins.left - margins.right })
}

/** Draws the model's handout with bare pdfkit into memory; resolves with the bytes and page count. */
export function bareHandout(model: HandoutModel): Promise<{ pdf: Buffer; pages: number }> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: model.paper, margins, bufferPages: true })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('error', reject)
    const contentWidth = doc.page.width - margins.left - margins.right

    // Cover: studio, client, program, dates and goal.
    block(doc, 'bold', 13, model.branding.business)
    block(doc, 'regular', 9.5, model.branding.trainer)
    block(doc, 'regular', 8.5, model.branding.contact.join('  ·  '))
    doc.y += 10
    block(doc, 'bold', 7.5, 'TRAINING PROGRAM FOR')
    block(doc, 'bold', 24, model.client)
    block(doc, 'bold', 13, model.program)
    block(doc, 'regular', 8.5, model.dates)
    block(doc, 'regular', 9.5, model.goal ? `Goal: ${model.goal}` : '')
    doc.y += 10

    // Workouts: a heading and a table each.
    const share = [6, 21, 14, 17, 9, 7.5, 25.5].map((w) => (w / 100) * contentWidth)
    for (const workout of model.workouts) {
      block(doc, 'bold', 12.5, `${workout.name}   ≈ ${workout.minutes} min`)
      block(doc, 'regular', 9.5, workout.notes)
      drawBareTable(doc, {
        headers: ['#', 'Exercise', 'Sets × reps', 'Load', 'Rest', 'Tempo', 'Notes'],
        widths: share,
        rows: workout.rows.map((r) => [r.label, r.exercise, r.setsReps, r.load, r.rest, r.tempo, r.notes])
      })
    }

    if (model.weekPlan && model.weekPlan.length > 0) {
      block(doc, 'bold', 12.5, 'Your week')
      drawBareTable(doc, {
        headers: ['Day', 'Run', 'Strength', 'Notes'],
        widths: [14, 28, 28, 30].map((w) => (w / 100) * contentWidth),
        rows: model.weekPlan.map((d) => [d.day, d.run, d.strength, d.notes])
      })
    }

    // Instructions in two columns.
    if (model.instructions.length > 0) {
      doc.addPage()
      block(doc, 'bold', 17, 'How to do each exercise')
      const columnWidth = (contentWidth - 24) / 2
      let column = 0
      let columnTop = doc.y + 10
      let y = columnTop
      const write = (face: Face, size: number, text: string, indent = 0): void => {
        setFont(doc, face, size)
        const height = doc.heightOfString(text, { width: columnWidth - indent })
        if (y + height > doc.page.maxY()) {
          if (column === 0) {
            column = 1
          } else {
            doc.addPage()
            column = 0
            columnTop = margins.top
          }
          y = columnTop
        }
        doc.text(text, margins.left + column * (columnWidth + 24) + indent, y, {
          width: columnWidth - indent
        })
        y += height + 2.5
      }
      for (const instruction of model.instructions) {
        write('bold', 10.5, instruction.exercise)
        if (instruction.cautions.length > 0)
          write('regular', 8.5, `⚠ Loads: ${instruction.cautions.join(', ')}`)
        write('bold', 7.5, 'HOW TO DO IT')
        instruction.steps.forEach((step, i) => write('regular', 9.5, `${i + 1}. ${step}`, 13))
        write('bold', 7.5, 'CUES')
        for (const cue of instruction.cues) write('regular', 9.5, `• ${cue}`, 13)
        write('bold', 7.5, 'WHY IT HELPS RUNNERS')
        write('regular', 9.5, instruction.runnerBenefit)
        y += 11
      }
    }

    // Log sheets: a row per exercise, a box per set per week, six weeks a portrait page.
    for (const sheet of model.logSheets) {
      for (let first = 1; first <= sheet.weeks; first += 6) {
        const last = Math.min(sheet.weeks, first + 5)
        doc.addPage()
        block(doc, 'bold', 7.5, `LOG SHEET · WEEKS ${first}–${last}`)
        block(doc, 'bold', 17, sheet.workout)
        block(doc, 'regular', 8.5, 'Write load × reps @ RPE in each box. One box per set.')
        doc.y += 10
        const weeks = last - first + 1
        const weekWidth = (contentWidth - 150) / weeks
        drawBareTable(doc, {
          headers: ['Exercise and target', ...Array.from({ length: weeks }, (_, i) => `Week ${first + i}`)],
          widths: [150, ...Array.from({ length: weeks }, () => weekWidth)],
          rows: sheet.rows.map((r) => [`${r.label}  ${r.exercise}\n${r.target}`]),
          minHeight: (r) => 8 + (sheet.rows[r]?.sets ?? 1) * 23 - 3,
          boxes: (r, y, xs) => {
            const sets = sheet.rows[r]?.sets ?? 1
            for (let w = 1; w <= weeks; w++) {
              for (let s = 0; s < sets; s++) {
                doc.rect((xs[w] as number) + 4, y + 4 + s * 23, weekWidth - 8, 20)
                setFont(doc, 'regular', 5.5)
                doc.text(String(s + 1), (xs[w] as number) + 5.5, y + 5 + s * 23, { lineBreak: false })
              }
            }
            doc.lineWidth(0.6).stroke('#8d99a5')
            setFont(doc, 'regular', 8.5)
          }
        })
      }
    }

    if (model.guidance) {
      doc.addPage()
      block(doc, 'bold', 17, model.guidance.title)
      for (const paragraph of model.guidance.paragraphs) {
        block(doc, 'bold', 11.5, paragraph.heading, 400)
        block(doc, 'regular', 10.5, paragraph.text, 400)
        doc.y += 10
      }
    }

    // Footers on every page, now that the count is known.
    const { start, count } = doc.bufferedPageRange()
    for (let i = 0; i < count; i++) {
      doc.switchToPage(start + i)
      doc.page.margins.bottom = 0
      setFont(doc, 'regular', 7.5)
      const y = doc.page.height - margins.bottom + 31
      doc.fillColor('#8d99a5')
      doc.text(`${model.client} · Generated ${model.generatedOn}`, margins.left, y, { lineBreak: false })
      doc.text(`Page ${i + 1} of ${count}`, doc.page.width - margins.right - 60, y, { lineBreak: false })
    }
    doc.on('end', () => resolve({ pdf: Buffer.concat(chunks), pages: count }))
    doc.end()
  })
}
