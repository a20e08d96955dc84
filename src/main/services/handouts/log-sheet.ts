import type PDFDocument from 'pdfkit'
import type { HandoutLogSheet } from '@shared/handout/model'
import {
  pageMargins,
  startPage,
  textHeight,
  writeAt,
  writeLabels,
  type Orientation,
  type Paper
} from './flow'
import { drawTable, type RowBox, type TableSpec } from './table'
import { colors, styles } from './theme'
import { keepNumbersWhole } from './typography'

/** Portrait width in points; landscape swaps it with the height. */
const paperSize: Record<Paper, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 }
}

// A box must take "60×8 @7" in a client's handwriting: about 18 mm by 7 mm.
const boxHeight = 20
const boxGap = 3
const boxPad = 4
const minWeekWidth = 58
const maxWeekWidth = 96
const exerciseWidth: Record<Orientation, number> = { portrait: 150, landscape: 170 }

export interface LogSheetPlan {
  orientation: Orientation
  /** Column ranges (the sheet's first week is 1), one page (or run of pages) each: [1, 6], [7, 12]. */
  chunks: Array<[number, number]>
}

function weeksPerPage(paper: Paper, orientation: Orientation): number {
  const size = paperSize[paper]
  const width = orientation === 'portrait' ? size.width : size.height
  const room = width - pageMargins.left - pageMargins.right - exerciseWidth[orientation]
  return Math.max(1, Math.floor(room / minWeekWidth))
}

/**
 * Fewest week ranges wins, so 8 weeks go on one landscape sheet. On a tie portrait wins: it
 * fits more exercises a page, so 12 weeks become two portrait sheets of 6 rather than landscape.
 */
export function planLogSheet(paper: Paper, weeks: number): LogSheetPlan {
  const portrait = Math.ceil(weeks / weeksPerPage(paper, 'portrait'))
  const landscape = Math.ceil(weeks / weeksPerPage(paper, 'landscape'))
  const orientation: Orientation = landscape < portrait ? 'landscape' : 'portrait'
  const count = Math.min(portrait, landscape)
  const chunks: Array<[number, number]> = []
  let from = 1
  for (let i = 0; i < count; i++) {
    // Even ranges (6 + 6, not 9 + 3) so every sheet has the same size boxes.
    const size = Math.ceil((weeks - from + 1) / (count - i))
    chunks.push([from, from + size - 1])
    from += size
  }
  return { orientation, chunks }
}

/** Boxes per week column: the taper's count where it changes, else the row's usual sets. */
function paintBoxes(setsByWeek: readonly number[]) {
  return (doc: PDFDocument, row: RowBox): void => {
    const weeks = row.columns.slice(1, 1 + setsByWeek.length)
    const corners: Array<{ text: string; x: number; y: number }> = []
    const skipped: Array<{ text: string; x: number; y: number }> = []
    for (const [index, week] of weeks.entries()) {
      const sets = setsByWeek[index] ?? 0
      // Race week leaves heavy leg work out: the cell says so rather than standing empty.
      if (sets === 0) skipped.push({ text: 'Skip', x: week.x + boxPad + 1.5, y: row.y + boxPad + 1 })
      for (let set = 0; set < sets; set++) {
        const x = week.x + boxPad
        const y = row.y + boxPad + set * (boxHeight + boxGap)
        doc.rect(x, y, week.width - 2 * boxPad, boxHeight)
        corners.push({ text: String(set + 1), x: x + 1.5, y: y + 1 })
      }
    }
    // One path for every box of the row: a single fill and stroke instead of one per box.
    doc.lineWidth(0.6).fillAndStroke('#ffffff', colors.faint)
    // The set number in each box's corner says which set it is for.
    writeLabels(doc, styles.boxNumber, corners)
    if (skipped.length > 0) writeLabels(doc, styles.cellMuted, skipped)
  }
}

/** The program week of a sheet's column (1-based). */
const weekOf = (sheet: HandoutLogSheet, column: number): number => (sheet.firstWeek ?? 1) + column - 1

function drawTitle(
  doc: PDFDocument,
  sheet: HandoutLogSheet,
  unit: 'kg' | 'lb',
  range: [number, number]
): void {
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  const [first, last] = [weekOf(sheet, range[0]), weekOf(sheet, range[1])]
  const label = first === last ? `LOG SHEET · WEEK ${first}` : `LOG SHEET · WEEKS ${first}–${last}`
  const example = unit === 'kg' ? '60×8 @7' : '135×8 @7'
  const lines = [
    { style: styles.label, text: label, gap: 2 },
    { style: styles.pageTitle, text: sheet.workout, gap: 3 },
    {
      style: styles.small,
      text: `Write load × reps @ RPE in each box, e.g. ${example} (load in ${unit}). One box per set.`,
      gap: 0
    },
    {
      style: styles.small,
      text: 'RPE is how hard the set felt, from 1 to 10: 10 means not one more rep was possible.',
      gap: 0
    }
  ]
  let y = doc.page.margins.top
  for (const line of lines) {
    writeAt(doc, line.style, line.text, { x: left, y, width })
    y += textHeight(doc, line.style, line.text, width) + line.gap
  }
  doc.y = y + 10
}

function tableOf(
  sheet: HandoutLogSheet,
  orientation: Orientation,
  weekWidth: number,
  range: [number, number]
): TableSpec {
  const weekCount = range[1] - range[0] + 1
  // Each column: the program week, its phase, and the day it starts, so the client finds this week's column.
  const weekColumns = Array.from({ length: weekCount }, (_, i) => ({
    header: [
      `Week ${weekOf(sheet, range[0] + i)}`,
      sheet.weekPhases?.[range[0] + i - 1] ?? '',
      sheet.weekDates?.[range[0] + i - 1] ?? ''
    ]
      .filter(Boolean)
      .join('\n'),
    weight: weekWidth,
    align: 'center' as const
  }))
  return {
    columns: [{ header: 'Exercise and target', weight: exerciseWidth[orientation] }, ...weekColumns],
    width: exerciseWidth[orientation] + weekCount * weekWidth,
    continuedCaption: `Log sheet · ${sheet.workout} (continued)`,
    rows: sheet.rows.map((row) => {
      const byWeek = Array.from(
        { length: weekCount },
        (_, i) => row.setsByWeek?.[range[0] + i - 1] ?? row.sets
      )
      const sets = Math.max(1, ...byWeek)
      return {
        cells: [
          [
            { text: `${row.label}  ${row.exercise}`.trim(), style: styles.cellBold },
            { text: keepNumbersWhole(row.target), style: styles.cellMuted }
          ]
        ],
        minHeight: 2 * boxPad + sets * boxHeight + (sets - 1) * boxGap,
        paint: paintBoxes(byWeek)
      }
    })
  }
}

/**
 * A printable grid for one workout: exercises down, weeks across, a box per set per week. The
 * columns are the program weeks from the sheet's first week, numbered and titled as such.
 */
export function drawLogSheet(
  doc: PDFDocument,
  sheet: HandoutLogSheet,
  paper: Paper,
  unit: 'kg' | 'lb'
): void {
  const plan = planLogSheet(paper, sheet.weeks)
  for (const range of plan.chunks) {
    startPage(doc, paper, plan.orientation)
    const room =
      doc.page.width - doc.page.margins.left - doc.page.margins.right - exerciseWidth[plan.orientation]
    const weekWidth = Math.min(maxWeekWidth, room / (range[1] - range[0] + 1))
    drawTitle(doc, sheet, unit, range)
    drawTable(doc, tableOf(sheet, plan.orientation, weekWidth, range))
  }
}
