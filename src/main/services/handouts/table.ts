import type PDFDocument from 'pdfkit'
import { contentHeight, contentWidth, lineHeight, textHeight, writeAt } from './flow'
import { colors, styles, type TextStyle } from './theme'

export interface TableColumn {
  header: string
  /** Share of the table's width. Widths are fixed per table so columns line up across pages. */
  weight: number
  align?: 'left' | 'center'
  /** Extra left padding, e.g. to clear a bar a row paints along the cell's edge. */
  inset?: number
}

/** One paragraph inside a cell; a cell stacks its parts, e.g. an exercise name over its target. */
export interface CellPart {
  text: string
  style?: TextStyle
}

export type TableCell = string | CellPart[]

export interface ColumnBox {
  x: number
  width: number
  inset: number
}

export interface RowBox {
  y: number
  height: number
  columns: ColumnBox[]
}

export interface TableRow {
  cells: TableCell[]
  /** For rows that hold drawn content, such as the boxes of a log sheet. */
  minHeight?: number
  /** Draws over the row's background and under its text: a superset bar, log boxes. */
  paint?: (doc: PDFDocument, box: RowBox) => void
}

export interface TableSpec {
  columns: TableColumn[]
  rows: TableRow[]
  /** Defaults to the page's content width. */
  width?: number
  /** Written above the repeated header when the table continues on a new page. */
  continuedCaption?: string
  cellStyle?: TextStyle
  zebra?: boolean
}

const padX = 4
const padY = 3.5
const partGap = 1.5
const captionGap = 4

interface Layout {
  columns: ColumnBox[]
  left: number
  width: number
  headerHeight: number
}

function layoutOf(doc: PDFDocument, spec: TableSpec): Layout {
  const width = spec.width ?? contentWidth(doc)
  const totalWeight = spec.columns.reduce((sum, c) => sum + c.weight, 0)
  const left = doc.page.margins.left
  let x = left
  const columns = spec.columns.map((c) => {
    const box = { x, width: (c.weight / totalWeight) * width, inset: c.inset ?? 0 }
    x += box.width
    return box
  })
  const headerHeight =
    Math.max(
      ...spec.columns.map((c, i) => textHeight(doc, styles.cellHeader, c.header, innerWidth(columns[i])))
    ) +
    2 * padY
  return { columns, left, width, headerHeight }
}

function innerWidth(column: ColumnBox | undefined): number {
  return (column?.width ?? 0) - 2 * padX - (column?.inset ?? 0)
}

function textLeft(column: ColumnBox): number {
  return column.x + padX + column.inset
}

function partsOf(cell: TableCell | undefined, fallback: TextStyle): CellPart[] {
  if (cell === undefined) return []
  return typeof cell === 'string' ? [{ text: cell, style: fallback }] : cell
}

interface MeasuredRow {
  height: number
  /** Per cell, the height of each non-empty part, so drawing does not measure again. */
  parts: Array<Array<{ part: CellPart; style: TextStyle; height: number }>>
}

function measureRow(doc: PDFDocument, spec: TableSpec, layout: Layout, row: TableRow): MeasuredRow {
  const fallback = spec.cellStyle ?? styles.cell
  const parts = row.cells.map((cell, i) => {
    const width = innerWidth(layout.columns[i])
    return partsOf(cell, fallback)
      .filter((part) => part.text !== '')
      .map((part) => {
        const style = part.style ?? fallback
        return { part, style, height: textHeight(doc, style, part.text, width) }
      })
  })
  const tallest = Math.max(
    0,
    ...parts.map((cell) => cell.reduce((sum, p, k) => sum + (k > 0 ? partGap : 0) + p.height, 0))
  )
  return { height: Math.max(tallest + 2 * padY, row.minHeight ?? 0), parts }
}

function drawHeader(doc: PDFDocument, spec: TableSpec, layout: Layout, y: number): void {
  doc.rect(layout.left, y, layout.width, layout.headerHeight).fill(colors.accentSoft)
  doc
    .lineWidth(0.8)
    .moveTo(layout.left, y + layout.headerHeight)
    .lineTo(layout.left + layout.width, y + layout.headerHeight)
    .stroke(colors.accent)
  spec.columns.forEach((column, i) => {
    const box = layout.columns[i]
    if (!box) return
    writeAt(doc, styles.cellHeader, column.header, {
      x: textLeft(box),
      y: y + padY,
      width: innerWidth(box),
      align: column.align
    })
  })
}

function drawGrid(doc: PDFDocument, layout: Layout, y: number, height: number): void {
  const bottom = y + height
  doc
    .lineWidth(0.5)
    .moveTo(layout.left, bottom)
    .lineTo(layout.left + layout.width, bottom)
  for (const box of layout.columns.slice(1)) doc.moveTo(box.x, y).lineTo(box.x, bottom)
  doc.moveTo(layout.left, y).lineTo(layout.left, bottom)
  doc.moveTo(layout.left + layout.width, y).lineTo(layout.left + layout.width, bottom)
  doc.stroke(colors.grid)
}

function drawCells(
  doc: PDFDocument,
  spec: TableSpec,
  layout: Layout,
  measured: MeasuredRow,
  y: number,
  height: number
): void {
  measured.parts.forEach((cell, i) => {
    const box = layout.columns[i]
    if (!box) return
    let textY = y + padY
    for (const { part, style, height: partHeight } of cell) {
      // The height limit only bites on a row clamped to the page: its text ends in an ellipsis
      // instead of running into the footer. The extra point absorbs rounding in pdfkit's check.
      const room = y + height - padY - textY + 1
      if (room < lineHeight(doc, style)) break
      writeAt(doc, style, part.text, {
        x: textLeft(box),
        y: textY,
        width: innerWidth(box),
        height: room,
        align: spec.columns[i]?.align
      })
      textY += partHeight + partGap
    }
  })
}

function continueOnNewPage(doc: PDFDocument, spec: TableSpec, layout: Layout): number {
  doc.continueOnNewPage()
  let y = doc.page.margins.top
  if (spec.continuedCaption) {
    writeAt(doc, styles.small, spec.continuedCaption, { x: layout.left, y, width: layout.width })
    y += lineHeight(doc, styles.small) + captionGap
  }
  drawHeader(doc, spec, layout, y)
  return y + layout.headerHeight
}

/** Height of the header and first row: what a heading above the table must be kept with. */
export function tableStartHeight(doc: PDFDocument, spec: TableSpec): number {
  const layout = layoutOf(doc, spec)
  const first = spec.rows[0]
  return layout.headerHeight + (first ? measureRow(doc, spec, layout, first).height : 0)
}

/** Height of the whole table, for short tables that should stay on one page. */
export function tableHeight(doc: PDFDocument, spec: TableSpec): number {
  const layout = layoutOf(doc, spec)
  return spec.rows.reduce((sum, row) => sum + measureRow(doc, spec, layout, row).height, layout.headerHeight)
}

/**
 * Draws a table at doc.y. A row that does not fit moves whole to the next page, under a
 * repeated header; only a row taller than a page is clipped, with an ellipsis. The last row
 * never goes over alone: the one before it goes with it when the page can spare it.
 */
export function drawTable(doc: PDFDocument, spec: TableSpec): void {
  const layout = layoutOf(doc, spec)
  const measured = spec.rows.map((row) => measureRow(doc, spec, layout, row))
  const last = spec.rows.length - 1
  let y = doc.y
  drawHeader(doc, spec, layout, y)
  y += layout.headerHeight
  let rowsOnPage = 0
  spec.rows.forEach((row, index) => {
    const size = measured[index]
    if (!size) return
    let height = size.height
    const lastTwo = height + (measured[last]?.height ?? 0)
    const widowed = index === last - 1 && rowsOnPage >= 2 && y + lastTwo > doc.page.maxY()
    // A row taller than any page would only meet the same fate on the next one.
    const hopeless = rowsOnPage === 0 && height > contentHeight(doc) - layout.headerHeight
    if ((y + height > doc.page.maxY() && !hopeless) || widowed) {
      y = continueOnNewPage(doc, spec, layout)
      rowsOnPage = 0
    }
    height = Math.min(height, doc.page.maxY() - y)
    if (spec.zebra !== false && index % 2 === 1) {
      doc.rect(layout.left, y, layout.width, height).fill(colors.zebra)
    }
    row.paint?.(doc, { y, height, columns: layout.columns })
    drawGrid(doc, layout, y, height)
    drawCells(doc, spec, layout, size, y, height)
    y += height
    rowsOnPage++
  })
  doc.x = doc.page.margins.left
  doc.y = y
}
