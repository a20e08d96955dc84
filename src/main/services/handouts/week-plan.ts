import type PDFDocument from 'pdfkit'
import type { HandoutWeekDay } from '@shared/handout/model'
import { keepTogether, lineHeight, textHeight, contentWidth, writeBlock } from './flow'
import { drawTable, tableHeight, type TableSpec } from './table'
import { styles } from './theme'

// One size across the row so the cells share a baseline; the week plan is read from afar.
const cellStyle = { ...styles.cell, size: 9 }
const dayStyle = { ...styles.cellBold, size: 9 }
const notesStyle = { ...styles.cellMuted, size: 9 }

const title = 'Your week'
const intro = 'How running and strength fit together in a typical week.'

/** The week plan as one table, kept on one page so it can go on the fridge. */
export function drawWeekPlan(doc: PDFDocument, days: HandoutWeekDay[], phases?: string | null): void {
  const spec: TableSpec = {
    columns: [
      { header: 'Day', weight: 14 },
      { header: 'Run', weight: 28 },
      { header: 'Strength', weight: 28 },
      { header: 'Notes', weight: 30 }
    ],
    rows: days.map((day) => ({
      cells: [
        [{ text: day.day, style: dayStyle }],
        day.run,
        day.strength,
        [{ text: day.notes, style: notesStyle }]
      ]
    })),
    cellStyle
  }
  const width = contentWidth(doc)
  const phaseText = phases ? `Training phases: ${phases}` : ''
  const phaseHeight = phaseText ? textHeight(doc, styles.small, phaseText, width) + 2 : 0
  const headingHeight =
    textHeight(doc, styles.heading, title, width) + lineHeight(doc, styles.small) + phaseHeight + 8
  keepTogether(doc, headingHeight + tableHeight(doc, spec))
  writeBlock(doc, styles.heading, title, { gapAfter: 2 })
  writeBlock(doc, styles.small, intro, { gapAfter: phaseText ? 2 : 6 })
  // The phase tells the client where this week sits on the way to the race.
  if (phaseText) writeBlock(doc, styles.small, phaseText, { gapAfter: 6 })
  drawTable(doc, spec)
  doc.y += 22
}
