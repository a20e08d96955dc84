import type PDFDocument from 'pdfkit'
import { handoutFonts, type HandoutFonts } from './fonts'

/** A calm studio palette: one accent, greys for structure, a warm mark for supersets. */
export const colors = {
  ink: '#1d2630',
  muted: '#5d6b78',
  faint: '#8d99a5',
  accent: '#145a73',
  accentSoft: '#e6eff3',
  rule: '#cfd8df',
  grid: '#dde4ea',
  zebra: '#f6f8fa',
  superset: '#d9822b',
  supersetSoft: '#fbefe2',
  caution: '#9a5b13'
} as const

export interface TextStyle {
  font: keyof HandoutFonts
  size: number
  color: string
  /** Extra leading between wrapped lines, in points. */
  lineGap: number
}

export const styles = {
  clientName: { font: 'bold', size: 24, color: colors.ink, lineGap: 0 },
  business: { font: 'bold', size: 13, color: colors.accent, lineGap: 0 },
  program: { font: 'bold', size: 13, color: colors.accent, lineGap: 0 },
  pageTitle: { font: 'bold', size: 17, color: colors.ink, lineGap: 0 },
  heading: { font: 'bold', size: 12.5, color: colors.ink, lineGap: 0 },
  subheading: { font: 'bold', size: 10.5, color: colors.accent, lineGap: 0 },
  label: { font: 'bold', size: 7.5, color: colors.muted, lineGap: 0 },
  body: { font: 'regular', size: 9.5, color: colors.ink, lineGap: 1.6 },
  small: { font: 'regular', size: 8.5, color: colors.muted, lineGap: 1.6 },
  caution: { font: 'regular', size: 8.5, color: colors.caution, lineGap: 1.6 },
  footer: { font: 'regular', size: 7.5, color: colors.faint, lineGap: 0 },
  cell: { font: 'regular', size: 8.5, color: colors.ink, lineGap: 0.6 },
  cellBold: { font: 'bold', size: 8.5, color: colors.ink, lineGap: 0.6 },
  cellMuted: { font: 'regular', size: 8.5, color: colors.muted, lineGap: 0.6 },
  cellHeader: { font: 'bold', size: 8, color: colors.accent, lineGap: 0.6 },
  boxNumber: { font: 'regular', size: 5.5, color: colors.faint, lineGap: 0 }
} as const satisfies Record<string, TextStyle>

/** Sets font, size and colour together so no text inherits a stale colour from a fill. */
export function use(doc: PDFDocument, style: TextStyle): PDFDocument {
  const font = handoutFonts()[style.font]
  // The family name is what pdfkit caches the face under; without it every call would embed anew.
  return doc.font(font.parsed, font.family, style.size).fillColor(style.color)
}
