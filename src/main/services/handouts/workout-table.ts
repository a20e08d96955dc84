import type PDFDocument from 'pdfkit'
import type { HandoutRow, HandoutWorkout } from '@shared/handout/model'
import { contentWidth, keepTogether, lineHeight, textHeight, writeAt, writeBlock } from './flow'
import { drawTable, tableStartHeight, type RowBox, type TableColumn, type TableSpec } from './table'
import { colors, styles } from './theme'
import { keepNumbersWhole } from './typography'

const columns: TableColumn[] = [
  { header: '#', weight: 6, inset: 2 },
  { header: 'Exercise', weight: 21 },
  { header: 'Sets × reps', weight: 14 },
  { header: 'Load', weight: 17 },
  { header: 'Rest', weight: 9 },
  { header: 'Tempo', weight: 7.5 },
  { header: 'Notes', weight: 25.5 }
]

const barWidth = 3

/** "B" of "B2": rows of one superset share the letter. */
const groupOf = (row: HandoutRow | undefined): string | null =>
  row?.superset ? row.label.replace(/\d+$/, '') : null

/**
 * A warm bar down the label cell ties the rows of a superset together at a glance; it stops
 * short at the ends of each superset so two supersets in a row read as two.
 */
function paintSuperset(startsGroup: boolean, endsGroup: boolean) {
  return (doc: PDFDocument, box: RowBox): void => {
    const label = box.columns[0]
    if (!label) return
    const top = box.y + (startsGroup ? 2 : 0)
    const bottom = box.y + box.height - (endsGroup ? 2 : 0)
    doc.rect(label.x, box.y, label.width, box.height).fill(colors.supersetSoft)
    doc.rect(label.x, top, barWidth, bottom - top).fill(colors.superset)
  }
}

function tableOf(workout: HandoutWorkout): TableSpec {
  return {
    columns,
    continuedCaption: `${workout.name} (continued)`,
    rows: workout.rows.map((row, i) => {
      const group = groupOf(row)
      return {
        cells: [
          [{ text: row.label, style: styles.cellBold }],
          [{ text: row.exercise, style: styles.cellBold }],
          keepNumbersWhole(row.setsReps),
          keepNumbersWhole(row.load),
          keepNumbersWhole(row.rest),
          row.tempo,
          [{ text: row.notes, style: styles.cellMuted }]
        ],
        paint:
          group === null
            ? undefined
            : paintSuperset(groupOf(workout.rows[i - 1]) !== group, groupOf(workout.rows[i + 1]) !== group)
      }
    })
  }
}

function drawHeading(doc: PDFDocument, workout: HandoutWorkout): void {
  const left = doc.page.margins.left
  const width = contentWidth(doc)
  const minutes = workout.minutes > 0 ? `≈ ${workout.minutes} min` : ''
  const minutesWidth = 70
  const y = doc.y
  writeAt(doc, styles.heading, workout.name, { x: left, y, width: width - minutesWidth })
  writeAt(doc, styles.subheading, minutes, {
    x: left + width - minutesWidth,
    y: y + 1.5,
    width: minutesWidth,
    align: 'right'
  })
  doc.y = y + textHeight(doc, styles.heading, workout.name, width - minutesWidth) + 4
}

const legendGap = 5

function drawSupersetLegend(doc: PDFDocument): void {
  const left = doc.page.margins.left
  const y = doc.y
  const size = lineHeight(doc, styles.small)
  doc.rect(left, y + 1, barWidth, size - 3).fill(colors.superset)
  writeAt(doc, styles.small, 'Superset: do one set of each back to back, then rest.', {
    x: left + barWidth + 5,
    y,
    width: contentWidth(doc) - barWidth - 5
  })
  doc.y = y + size + legendGap
}

/** One workout: heading with its estimated length, the trainer's notes, then the exercise table. */
export function drawWorkout(doc: PDFDocument, workout: HandoutWorkout): void {
  const spec = tableOf(workout)
  const width = contentWidth(doc)
  const headingHeight = textHeight(doc, styles.heading, workout.name, width - 70) + 4
  const notesHeight = workout.notes ? textHeight(doc, styles.body, workout.notes, width) + 6 : 0
  const hasSupersets = workout.rows.some((row) => row.superset)
  // The legend sits above the table so it can never be stranded on a page of its own.
  const legendHeight = hasSupersets ? lineHeight(doc, styles.small) + legendGap : 0
  // A heading never ends a page: it moves with the notes and the table's first row.
  keepTogether(doc, headingHeight + notesHeight + legendHeight + tableStartHeight(doc, spec))
  drawHeading(doc, workout)
  writeBlock(doc, styles.body, workout.notes, { gapAfter: 6 })
  if (workout.rows.length === 0) {
    writeBlock(doc, styles.small, 'No exercises in this workout yet.')
  } else {
    if (hasSupersets) drawSupersetLegend(doc)
    drawTable(doc, spec)
  }
  doc.y += 22
}
