import type PDFDocument from 'pdfkit'
import type { HandoutInstruction } from '@shared/handout/model'
import { ColumnFlow } from './column-flow'
import { contentWidth, textHeight, writeAt } from './flow'
import { colors, styles, type TextStyle } from './theme'

/** A piece of a section, measured before it is drawn so columns and pages break between pieces. */
interface Piece {
  height: number
  draw: (doc: PDFDocument, x: number, y: number) => void
}

const gutter = 13
const ruleGap = 11

function textPiece(
  doc: PDFDocument,
  width: number,
  style: TextStyle,
  text: string,
  gaps: { before?: number; after?: number } = {}
): Piece {
  const before = gaps.before ?? 0
  return {
    height: before + textHeight(doc, style, text, width) + (gaps.after ?? 0),
    draw: (d, x, y) => writeAt(d, style, text, { x, y: y + before, width })
  }
}

/** A numbered step or a bullet: the marker hangs in a gutter so wrapped lines align. */
function listPiece(doc: PDFDocument, width: number, marker: string, text: string): Piece {
  const textWidth = width - gutter
  return {
    height: textHeight(doc, styles.body, text, textWidth) + 2.5,
    draw: (d, x, y) => {
      writeAt(d, { ...styles.body, color: colors.accent }, marker, { x, y, width: gutter })
      writeAt(d, styles.body, text, { x: x + gutter, y, width: textWidth })
    }
  }
}

function piecesOf(doc: PDFDocument, width: number, instruction: HandoutInstruction): Piece[] {
  const label = (text: string): Piece => textPiece(doc, width, styles.label, text, { before: 5, after: 3 })
  const pieces = [textPiece(doc, width, styles.subheading, instruction.exercise, { after: 2 })]
  if (instruction.cautions.length > 0) {
    const loads = `⚠ Loads: ${instruction.cautions.join(', ')}`
    pieces.push(textPiece(doc, width, styles.caution, loads, { after: 1 }))
  }
  if (instruction.steps.length > 0) {
    pieces.push(label('HOW TO DO IT'))
    instruction.steps.forEach((step, i) => pieces.push(listPiece(doc, width, `${i + 1}.`, step)))
  }
  if (instruction.cues.length > 0) {
    pieces.push(label('CUES'))
    for (const cue of instruction.cues) pieces.push(listPiece(doc, width, '•', cue))
  }
  if (instruction.runnerBenefit) {
    pieces.push(label('WHY IT HELPS RUNNERS'))
    pieces.push(textPiece(doc, width, styles.body, instruction.runnerBenefit))
  }
  return pieces
}

function drawRule(doc: PDFDocument, flow: ColumnFlow): void {
  const y = flow.y + ruleGap
  doc
    .lineWidth(0.5)
    .moveTo(flow.x, y)
    .lineTo(flow.x + flow.width, y)
    .stroke(colors.rule)
  flow.y = y + ruleGap
}

/**
 * A section stays whole: here if it fits, else at the top of the next column. Only a section
 * taller than a column is split, and then its heading still keeps its first lines.
 */
function drawSection(doc: PDFDocument, flow: ColumnFlow, instruction: HandoutInstruction): void {
  const pieces = piecesOf(doc, flow.width, instruction)
  const total = pieces.reduce((sum, p) => sum + p.height, 0)
  const ruled = flow.atColumnTop ? 0 : 2 * ruleGap
  if (total <= flow.columnHeight) flow.keep(total + ruled)
  const [heading, first, second] = pieces
  flow.keep((heading?.height ?? 0) + (first?.height ?? 0) + (second?.height ?? 0) + ruled)
  if (!flow.atColumnTop) drawRule(doc, flow)
  for (const piece of pieces) {
    flow.keep(piece.height)
    piece.draw(doc, flow.x, flow.y)
    flow.y += piece.height
  }
}

/** "How to do each exercise": one section per exercise, in two columns, as many as fit whole. */
export function drawInstructions(doc: PDFDocument, instructions: HandoutInstruction[]): void {
  const left = doc.page.margins.left
  const width = contentWidth(doc)
  const title = 'How to do each exercise'
  const intro = 'Read these before your first session. Move slowly until each step feels natural.'
  let y = doc.y
  writeAt(doc, styles.pageTitle, title, { x: left, y, width })
  y += textHeight(doc, styles.pageTitle, title, width) + 2
  writeAt(doc, styles.small, intro, { x: left, y, width })
  doc.y = y + textHeight(doc, styles.small, intro, width) + 14
  const flow = new ColumnFlow(doc)
  for (const instruction of instructions) drawSection(doc, flow, instruction)
  flow.finish()
}
