import type PDFDocument from 'pdfkit'

/**
 * Newspaper columns for short sections: fills the left column, then the right, then a new
 * page of the same setup. Positions are its own; doc.y is only read at the start.
 */
export class ColumnFlow {
  readonly width: number
  private top: number
  private column = 0
  y: number

  constructor(
    private readonly doc: PDFDocument,
    private readonly columns = 2,
    private readonly gap = 24
  ) {
    const page = doc.page
    this.width = (page.width - page.margins.left - page.margins.right - gap * (columns - 1)) / columns
    this.top = doc.y
    this.y = doc.y
  }

  get x(): number {
    return this.doc.page.margins.left + this.column * (this.width + this.gap)
  }

  /** Height a column offers from its top, for deciding whether a section could fit whole. */
  get columnHeight(): number {
    return this.doc.page.maxY() - this.top
  }

  get room(): number {
    return this.doc.page.maxY() - this.y
  }

  get atColumnTop(): boolean {
    return this.y <= this.top + 0.5
  }

  /** Moves on unless `height` fits in what is left of this column. */
  keep(height: number): void {
    if (height > this.room && !this.atColumnTop) this.next()
  }

  private next(): void {
    if (this.column < this.columns - 1) {
      this.column++
    } else {
      this.doc.continueOnNewPage()
      this.column = 0
      this.top = this.doc.page.margins.top
    }
    this.y = this.top
  }

  /** Hands control back to the page flow below the tallest column. */
  finish(): void {
    this.doc.x = this.doc.page.margins.left
    this.doc.y = this.y
  }
}
