import PDFDocument from 'pdfkit'
import type { HandoutModel } from '@shared/handout/model'
import { pageMargins, writeAt } from './flow'
import { colors, styles } from './theme'

/** A document whose pages stay in memory until the footers, which need the page count, are on. */
export function createHandoutDocument(model: HandoutModel): PDFDocument {
  const title = `${model.client} – ${model.program}`
  return new PDFDocument({
    size: model.paper,
    layout: 'portrait',
    margins: { ...pageMargins },
    bufferPages: true,
    // Each section starts its own page with the orientation it needs.
    autoFirstPage: false,
    displayTitle: true,
    lang: 'en',
    info: {
      Title: title,
      Author: model.branding.business || model.branding.trainer || title,
      Subject: model.program,
      Creator: 'Spotter'
    }
  })
}

/**
 * "Page x of y", the generation date and the studio on every page. Written last, over each
 * buffered page; the bottom margin is lifted while writing so the text, which sits inside it,
 * does not make pdfkit start a new page.
 */
export function writeFooters(doc: PDFDocument, model: HandoutModel): number {
  const { start, count } = doc.bufferedPageRange()
  const owner = [model.branding.business || model.branding.trainer, model.client].filter(Boolean).join(' · ')
  for (let i = 0; i < count; i++) {
    const page = doc.switchToPage(start + i)
    const savedBottom = page.margins.bottom
    page.margins.bottom = 0
    const left = page.margins.left
    const width = page.width - left - page.margins.right
    const ruleY = page.height - pageMargins.bottom + 24
    const textY = ruleY + 7
    doc
      .lineWidth(0.5)
      .moveTo(left, ruleY)
      .lineTo(left + width, ruleY)
      .stroke(colors.rule)
    const quarter = width / 4
    // One line each; the height limit turns an overlong studio name into an ellipsis.
    const line = { y: textY, height: 12 }
    writeAt(doc, styles.footer, owner, { ...line, x: left, width: 2 * quarter - 8 })
    writeAt(doc, styles.footer, `Generated ${model.generatedOn}`, {
      ...line,
      x: left + 2 * quarter,
      width: quarter,
      align: 'center'
    })
    writeAt(doc, styles.footer, `Page ${i + 1} of ${count}`, {
      ...line,
      x: left + 3 * quarter,
      width: quarter,
      align: 'right'
    })
    page.margins.bottom = savedBottom
  }
  return count
}
