import type PDFDocument from 'pdfkit'
import type { HandoutModel } from '@shared/handout/model'
import { contentWidth, keepTogether, lineHeight, textHeight, writeBlock } from './flow'
import { styles } from './theme'

type Guidance = NonNullable<HandoutModel['guidance']>

// Read like a letter: larger type on a measure of about 75 characters, not the full page width.
const measure = 400
const prose = { ...styles.body, size: 10.5, lineGap: 2.6 }
const heading = { ...styles.subheading, size: 11.5 }

/** General advice: a title, then short headed paragraphs; a heading always keeps two lines. */
export function drawGuidance(doc: PDFDocument, guidance: Guidance): void {
  const width = Math.min(measure, contentWidth(doc))
  writeBlock(doc, styles.pageTitle, guidance.title, { gapAfter: 14 })
  for (const paragraph of guidance.paragraphs) {
    const headingHeight = textHeight(doc, heading, paragraph.heading, width) + 3
    const firstLines = Math.min(textHeight(doc, prose, paragraph.text, width), 2 * lineHeight(doc, prose))
    keepTogether(doc, headingHeight + firstLines)
    writeBlock(doc, heading, paragraph.heading, { width, gapAfter: 3 })
    writeBlock(doc, prose, paragraph.text, { width, gapAfter: 14 })
  }
}
