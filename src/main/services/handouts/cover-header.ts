import type PDFDocument from 'pdfkit'
import type { HandoutModel } from '@shared/handout/model'
import { contentWidth, lineHeight, textHeight, writeAt } from './flow'
import { colors, styles } from './theme'

const logoBox = { width: 120, height: 54 }

/** The logo arrives as a data URL from settings; pdfkit wants the bytes. */
function logoBytes(logo: string | null): Buffer | null {
  const match = logo?.match(/^data:image\/(?:png|jpeg);base64,(.+)$/)
  return match?.[1] ? Buffer.from(match[1], 'base64') : null
}

/** Logo, studio name, trainer and contact lines across the top of the first page. */
function drawBranding(doc: PDFDocument, model: HandoutModel): void {
  const { business, trainer, contact, logo } = model.branding
  const left = doc.page.margins.left
  const top = doc.page.margins.top
  const width = contentWidth(doc)
  const bytes = logoBytes(logo)
  let textLeft = left
  let logoBottom = top
  if (bytes) {
    try {
      doc.image(bytes, left, top, { fit: [logoBox.width, logoBox.height], valign: 'center' })
      textLeft = left + logoBox.width + 16
      logoBottom = top + logoBox.height
    } catch {
      // A logo pdfkit cannot decode should cost the handout its logo, not the whole handout.
    }
  }
  const textWidth = left + width - textLeft
  const lines = [
    { style: styles.business, text: business },
    { style: styles.body, text: trainer },
    { style: styles.small, text: contact.join('  ·  ') }
  ].filter((line) => line.text !== '')
  let y = top
  for (const line of lines) {
    writeAt(doc, line.style, line.text, { x: textLeft, y, width: textWidth })
    y += textHeight(doc, line.style, line.text, textWidth) + 1
  }
  const bottom = Math.max(y, logoBottom) + 12
  doc
    .lineWidth(1.2)
    .moveTo(left, bottom)
    .lineTo(left + width, bottom)
    .stroke(colors.accent)
  doc.y = bottom + 18
}

/** Client, program, dates and goal under the branding; leaves doc.y where the workouts start. */
export function drawCoverHeader(doc: PDFDocument, model: HandoutModel): void {
  const { business, trainer, contact, logo } = model.branding
  if (business || trainer || contact.length > 0 || logo) drawBranding(doc, model)
  const left = doc.page.margins.left
  const width = contentWidth(doc)
  const blocks = [
    { style: styles.label, text: 'TRAINING PROGRAM FOR', gap: 3 },
    { style: styles.clientName, text: model.client, gap: 4 },
    { style: styles.program, text: model.program, gap: 3 },
    { style: styles.small, text: model.dates, gap: 6 },
    { style: styles.body, text: model.goal ? `Goal: ${model.goal}` : '', gap: 0 }
  ]
  let y = doc.y
  for (const block of blocks) {
    if (block.text === '') continue
    writeAt(doc, block.style, block.text, { x: left, y, width })
    y += textHeight(doc, block.style, block.text, width) + block.gap
  }
  doc.x = left
  doc.y = y + lineHeight(doc, styles.body) * 1.2
}
