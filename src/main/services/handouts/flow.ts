import type PDFDocument from 'pdfkit'
import { use, type TextStyle } from './theme'

/** Room for the footer lives in the bottom margin; everything else flows above it. */
export const pageMargins = { top: 46, bottom: 62, left: 48, right: 48 }

export type Paper = 'A4' | 'Letter'
export type Orientation = 'portrait' | 'landscape'

export function startPage(doc: PDFDocument, paper: Paper, layout: Orientation): void {
  doc.addPage({ size: paper, layout, margins: { ...pageMargins } })
}

export function contentWidth(doc: PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right
}

export function contentHeight(doc: PDFDocument): number {
  return doc.page.maxY() - doc.page.margins.top
}

export function spaceLeft(doc: PDFDocument): number {
  return doc.page.maxY() - doc.y
}

/** True when nothing has been placed on the page yet, so breaking again would leave it blank. */
export function atPageTop(doc: PDFDocument): boolean {
  return doc.y <= doc.page.margins.top + 0.5
}

/**
 * Moves to a fresh page of the same size and orientation unless `height` still fits. Callers
 * pass the height of what must stay together (a heading and the first lines under it).
 */
export function keepTogether(doc: PDFDocument, height: number): void {
  if (height > spaceLeft(doc) && !atPageTop(doc)) {
    doc.continueOnNewPage()
    doc.x = doc.page.margins.left
    doc.y = doc.page.margins.top
  }
}

/**
 * Height `text` takes at `width`. Most table cells hold one short line, so a width check spares
 * pdfkit's line wrapper, which is the costly part of measuring.
 */
export function textHeight(doc: PDFDocument, style: TextStyle, text: string, width: number): number {
  if (text === '') return 0
  use(doc, style)
  if (!text.includes('\n') && doc.widthOfString(text) <= width) {
    return doc.currentLineHeight(true) + style.lineGap
  }
  return doc.heightOfString(text, { width, lineGap: style.lineGap })
}

/** Height of a single line in `style`, for rules of thumb such as "a heading and two lines". */
export function lineHeight(doc: PDFDocument, style: TextStyle): number {
  use(doc, style)
  return doc.currentLineHeight(true) + style.lineGap
}

export interface Placement {
  x: number
  y: number
  width: number
  /** Clips text that would run past this height instead of letting pdfkit start a page. */
  height?: number
  align?: 'left' | 'center' | 'right'
}

/** Writes `text` at an exact place; unlike doc.text alone it never moves on to a new page. */
export function writeAt(doc: PDFDocument, style: TextStyle, text: string, at: Placement): void {
  if (text === '') return
  use(doc, style)
  const lineWidth = text.includes('\n') ? Number.POSITIVE_INFINITY : doc.widthOfString(text)
  if (lineWidth <= at.width) {
    // One line: aligned by hand and written without pdfkit's line wrapper, which is the costly
    // part of writing text, and most of what a handout writes is short table cells.
    const slack = at.width - lineWidth
    const x = at.align === 'right' ? at.x + slack : at.align === 'center' ? at.x + slack / 2 : at.x
    doc.text(text, x, at.y, { lineBreak: false })
    return
  }
  doc.text(text, at.x, at.y, {
    width: at.width,
    height: at.height ?? doc.page.maxY() - at.y,
    align: at.align ?? 'left',
    lineGap: style.lineGap,
    ellipsis: true
  })
}

/**
 * Writes a block in the flow at the left margin (plus `indent`) and advances doc.y below it.
 * Long paragraphs may continue on the next page, which pdfkit does with the same page setup.
 */
export function writeBlock(
  doc: PDFDocument,
  style: TextStyle,
  text: string,
  options: { indent?: number; width?: number; gapAfter?: number } = {}
): void {
  if (text === '') return
  const indent = options.indent ?? 0
  use(doc, style)
  doc.text(text, doc.page.margins.left + indent, doc.y, {
    width: options.width ?? contentWidth(doc) - indent,
    lineGap: style.lineGap
  })
  doc.x = doc.page.margins.left
  doc.y += options.gapAfter ?? 0
}

/**
 * Short labels on one line each, such as the set numbers in log boxes: one style set for all
 * of them, and no line wrapper, which is both the slow part of writing text and the part that
 * can start a new page.
 */
export function writeLabels(
  doc: PDFDocument,
  style: TextStyle,
  labels: Array<{ text: string; x: number; y: number }>
): void {
  use(doc, style)
  for (const label of labels) doc.text(label.text, label.x, label.y, { lineBreak: false })
}
