// pdfkit ships no types and @types/pdfkit is not installed: this declares only what the handout
// renderer uses, checked against pdfkit 0.20's js/pdfkit.js. Widen it when a new call is needed.
declare module 'pdfkit' {
  import { Readable } from 'node:stream'

  type Color = string
  type Sides = number | { top: number; bottom: number; left: number; right: number }

  /** A font parsed by fontkit, which doc.font accepts in place of a path (pdfkit 0.20+). */
  export interface ParsedFont {
    readonly postscriptName: string
    layout(text: string): unknown
  }

  interface PageOptions {
    size?: string | [number, number]
    layout?: 'portrait' | 'landscape'
    margins?: Sides
  }

  interface DocumentOptions extends PageOptions {
    bufferPages?: boolean
    autoFirstPage?: boolean
    displayTitle?: boolean
    lang?: string
    info?: Record<string, string | Date>
  }

  interface TextOptions {
    width?: number
    height?: number
    align?: 'left' | 'center' | 'right' | 'justify'
    lineBreak?: boolean
    lineGap?: number
    ellipsis?: boolean | string
  }

  interface ImageOptions {
    fit?: [number, number]
    width?: number
    height?: number
    align?: 'left' | 'center' | 'right'
    valign?: 'top' | 'center' | 'bottom'
  }

  interface PDFPage {
    readonly width: number
    readonly height: number
    readonly layout: 'portrait' | 'landscape'
    margins: { top: number; bottom: number; left: number; right: number }
    maxY(): number
  }

  class PDFDocument extends Readable {
    constructor(options?: DocumentOptions)
    page: PDFPage
    x: number
    y: number
    info: Record<string, string | Date>
    addPage(options?: PageOptions): this
    continueOnNewPage(): this
    switchToPage(index: number): PDFPage
    bufferedPageRange(): { start: number; count: number }
    end(): void
    font(src: string, size?: number): this
    font(src: string | ParsedFont, family: string, size?: number): this
    fillColor(color: Color, opacity?: number): this
    lineWidth(width: number): this
    text(text: string, x?: number, y?: number, options?: TextOptions): this
    heightOfString(text: string, options?: TextOptions): number
    widthOfString(text: string, options?: TextOptions): number
    currentLineHeight(includeGap?: boolean): number
    rect(x: number, y: number, width: number, height: number): this
    moveTo(x: number, y: number): this
    lineTo(x: number, y: number): this
    fill(color?: Color): this
    stroke(color?: Color): this
    fillAndStroke(fill?: Color, stroke?: Color): this
    image(src: Buffer | string, x?: number, y?: number, options?: ImageOptions): this
  }

  export default PDFDocument
}
