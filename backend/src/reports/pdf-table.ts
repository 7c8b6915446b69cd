/**
 * A table laid out on a pdfkit document: every row is as tall as its tallest cell (text wrapped
 * to the column's width and measured with pdfkit's own `heightOfString`), a row that does not fit
 * goes to a new page whole, and the header row is repeated at the top of every page the table
 * continues on. Each drawn row's position is kept (`placements`) so a test can show that no two
 * rows overlap and none runs past the bottom margin.
 */
type Pdf = PDFKit.PDFDocument

export interface TableColumn {
  header: string
  width: number
  align?: "left" | "right" | "center"
}

export interface RowPlacement {
  /** 1-based page of the document the row is drawn on. */
  page: number
  top: number
  bottom: number
  kind: "header" | "row"
}

export interface RowOptions {
  bold?: boolean
  /** A rule above the row (a totals row). */
  ruleAbove?: boolean
  /** One cell spanning every column (a group heading or a note). */
  span?: boolean
  /** Minimum height to keep free below this row on its page (keeps a heading with its first row). */
  keepWithNext?: number
}

const PAD_X = 3
const PAD_Y = 2.5

/** Counts pages as pdfkit adds them (pdfkit does not say which page is current when pages are not buffered). */
export function pageCounter(doc: Pdf) {
  const counter = { page: 1 }
  doc.on("pageAdded", () => {
    counter.page++
  })
  return counter
}

export class PdfTable {
  readonly placements: RowPlacement[] = []
  private readonly left: number
  private headerDrawnOnPage = 0

  constructor(
    private readonly doc: Pdf,
    private readonly columns: TableColumn[],
    private readonly counter: { page: number },
    private readonly options: { fontSize?: number; x?: number; headless?: boolean } = {}
  ) {
    this.left = options.x ?? doc.page.margins.left
  }

  private get fontSize() {
    return this.options.fontSize ?? 8.5
  }

  private bottomLimit() {
    return this.doc.page.height - this.doc.page.margins.bottom
  }

  private cellHeight(text: string, width: number, bold: boolean) {
    this.doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(this.fontSize)
    return this.doc.heightOfString(text || " ", { width: width - 2 * PAD_X })
  }

  /** The height a row of these cells takes. */
  measure(cells: string[], options: RowOptions = {}): number {
    if (options.span) return this.cellHeight(cells[0] ?? "", this.totalWidth, Boolean(options.bold)) + 2 * PAD_Y
    return Math.max(...this.columns.map((c, i) => this.cellHeight(cells[i] ?? "", c.width, Boolean(options.bold)))) + 2 * PAD_Y
  }

  get totalWidth() {
    return this.columns.reduce((w, c) => w + c.width, 0)
  }

  /** Draws the header row (bold, ruled below) at the current position; a `headless` table (label and value) has none. */
  header() {
    const cells = this.columns.map((c) => c.header)
    const height = this.measure(cells, { bold: true })
    if (this.doc.y + height + 2 * 14 > this.bottomLimit()) this.doc.addPage()
    this.draw(cells, height, { bold: true }, "header")
    const y = this.doc.y
    this.doc.save().lineWidth(0.6).moveTo(this.left, y).lineTo(this.left + this.totalWidth, y).stroke().restore()
    this.headerDrawnOnPage = this.counter.page
  }

  /** Draws a row, on a new page (under a repeated header) when it does not fit on this one. */
  row(cells: string[], options: RowOptions = {}): RowPlacement {
    const height = this.measure(cells, options)
    if (this.doc.y + height + (options.keepWithNext ?? 0) > this.bottomLimit()) {
      this.doc.addPage()
      if (!this.options.headless) this.header()
    } else if (!this.options.headless && this.headerDrawnOnPage !== this.counter.page) {
      // The table goes on on a page someone else started (e.g. a note that ran over): header first.
      this.header()
    }
    if (options.ruleAbove) {
      const y = this.doc.y
      this.doc.save().lineWidth(0.6).moveTo(this.left, y).lineTo(this.left + this.totalWidth, y).stroke().restore()
    }
    return this.draw(cells, height, options, "row")
  }

  private draw(cells: string[], height: number, options: RowOptions, kind: RowPlacement["kind"]): RowPlacement {
    const doc = this.doc
    const top = doc.y
    doc.font(options.bold ? "Helvetica-Bold" : "Helvetica").fontSize(this.fontSize)
    if (options.span) {
      doc.text(cells[0] ?? "", this.left + PAD_X, top + PAD_Y, { width: this.totalWidth - 2 * PAD_X })
    } else {
      let x = this.left
      this.columns.forEach((c, i) => {
        doc.text(cells[i] ?? "", x + PAD_X, top + PAD_Y, { width: c.width - 2 * PAD_X, align: c.align ?? "left" })
        x += c.width
      })
    }
    doc.x = this.left
    doc.y = top + height
    const placement = { page: this.counter.page, top, bottom: top + height, kind }
    this.placements.push(placement)
    return placement
  }
}

/**
 * Whether laid-out rows overlap or run past `[top, bottom]` of their page: the problems found,
 * none when the layout is sound. Rows are in drawing order.
 */
export function layoutProblems(rows: RowPlacement[], page: { top: number; bottom: number }): string[] {
  const problems: string[] = []
  rows.forEach((row, i) => {
    if (row.top < page.top - 0.01 || row.bottom > page.bottom + 0.01) problems.push(`row ${i} outside the page body (${row.top}–${row.bottom})`)
    const previous = rows[i - 1]
    if (previous && previous.page === row.page && row.top < previous.bottom - 0.01) {
      problems.push(`row ${i} (top ${row.top}) overlaps row ${i - 1} (bottom ${previous.bottom}) on page ${row.page}`)
    }
    if (previous && row.page < previous.page) problems.push(`row ${i} drawn on an earlier page than row ${i - 1}`)
  })
  return problems
}
