import type { Writable } from "node:stream"
import ExcelJS from "exceljs"
import type { Scope } from "../../modules/profit-share/reports/scope"
import type { ReportHeader } from "../../modules/profit-share/reports/totals"
import type { SqlClient } from "../../lib/sql"
import { drained } from "./stream"
import { Amount, AMOUNT_COLUMNS, TABLE_COLUMNS, tablePages, type Cell, type TableColumn } from "./table"

/**
 * exceljs's streaming writer with every zip entry dated the workbook's `created` date instead of
 * now. Zip entries carry a date, and archiver stamps an entry when it is appended: the theme and
 * the package relations are appended inside exceljs's constructor (addThemes, addOfficeRels),
 * after `created` is set and before a caller could wrap `append`, so the wrap happens there.
 */
export class DatedWorkbookWriter extends (ExcelJS.stream.xlsx.WorkbookWriter as unknown as new (
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions> & { creator?: string; created?: Date; modified?: Date }
) => ExcelJS.stream.xlsx.WorkbookWriter) {
  override addThemes() {
    datedEntries(this)
    return super.addThemes()
  }
  override addOfficeRels() {
    datedEntries(this)
    return super.addOfficeRels()
  }
}

const DATED = Symbol("zip entries dated")
function datedEntries(workbook: any) {
  const zip = workbook.zip
  if (zip[DATED]) return
  const append = zip.append.bind(zip)
  zip.append = (source: unknown, data: Record<string, unknown>) => append(source, { ...data, date: workbook.created })
  zip[DATED] = true
}

/** exceljs's XML escaping of text (its utils; not in its typings), so a text cell's bytes are its writer's. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { xmlEncode } = require("exceljs/lib/utils/utils") as { xmlEncode: (text: string) => string }

/** How the table's rows get into the sheet: rendered here (`fast`), or by exceljs's row writer (the reference). */
export type XlsxRows = "fast" | "exceljs"

const NUMBER_FORMAT = "#,##0"
const columnStyle = (key: TableColumn): Partial<ExcelJS.Style> => (AMOUNT_COLUMNS.has(key) ? { numFmt: NUMBER_FORMAT } : {})

/** A cell as the sheet gets it: amounts as numbers while they are safe integers, else their exact digits (rupiahToJson's rule). */
const valueOf = (cell: Cell): string | number | null => {
  if (!(cell instanceof Amount)) return cell
  const number = Number(cell.digits)
  return Number.isSafeInteger(number) ? number : cell.digits
}

/** "A".."Z", "AA"…: a column's letters. */
function columnLetters(column: number): string {
  let letters = ""
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

/**
 * The report's pages as one XLSX sheet (the CSV's table: the same Indonesian headers, columns and
 * rows), written by exceljs's streaming writer into `out`. Every date inside the file is
 * `fileDate`, so a closed period's file is the same bytes every time. Stops when `signal` aborts.
 *
 * The header row is exceljs's; the table's rows are rendered here (`rows: "fast"`) as the XML
 * exceljs's row writer gives them (`<row r spans x14ac:dyDescent>`, a `<c r s t="str">` per cell,
 * nothing for an empty cell without style, text escaped by exceljs's own xmlEncode, the style ids
 * from exceljs's style registry), and written straight to the sheet's stream a page at a time.
 * exceljs's row writer built a Row, 19 Cells, their models and an XmlStream per row, 3.8 s of
 * the 100,000-line file's 4 s of CPU. `rows: "exceljs"` writes them through exceljs's rows (the
 * reference the spec compares byte for byte).
 */
export async function writeXlsxPages(
  pages: AsyncIterable<Cell[][]>,
  out: Writable,
  fileDate: Date,
  signal: AbortSignal,
  rows: XlsxRows = "fast"
) {
  const workbook = new DatedWorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    creator: "Karya Binaan",
    created: fileDate,
    modified: fileDate,
  })
  const sheet = workbook.addWorksheet("PNBP")
  sheet.columns = TABLE_COLUMNS.map(({ key, header }) => ({
    header,
    key,
    width: AMOUNT_COLUMNS.has(key) ? 16 : key === "name" ? 32 : 14,
    style: columnStyle(key),
  }))
  // One style object per column and kind of value, shared by every such cell: exceljs remembers the
  // style id of a style object it has seen (a WeakMap), where a fresh copy per cell (what a column
  // style gives each new cell) costs a lookup by the style's rendered XML. The ids, and so the
  // file, are the same: each (column, kind of value) always had the same style.
  const sharedStyles = new Map<string, Partial<ExcelJS.Style>>()
  const sharedStyle = (column: number, type: ExcelJS.ValueType, style: () => Partial<ExcelJS.Style>) => {
    const key = `${column}:${type}`
    let shared = sharedStyles.get(key)
    if (!shared) sharedStyles.set(key, (shared = { ...style() }))
    return shared
  }
  const shareStyle = (cell: ExcelJS.Cell, column: number) => {
    cell.style = sharedStyle(column, cell.type, () => cell.style)
  }
  // The style id exceljs gives a cell of a column and kind of value (its styles' addStyleModel,
  // which its cell writer calls for every cell): the same shared style object, so the same id.
  const styles = (workbook as any).styles as { addStyleModel(style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType): number }
  const styleIds = new Map<string, number>()
  const styleId = (column: number, type: ExcelJS.ValueType) => {
    const key = `${column}:${type}`
    let id = styleIds.get(key)
    if (id === undefined) {
      id = styles.addStyleModel(sharedStyle(column, type, () => columnStyle(TABLE_COLUMNS[column - 1].key)), type) || 0
      styleIds.set(key, id)
    }
    return id
  }
  const letters = TABLE_COLUMNS.map((_, index) => columnLetters(index + 1))
  const spans = `1:${TABLE_COLUMNS.length}`
  const rowXml = (number: number, cells: Cell[]) => {
    let xml = `<row r="${number}" spans="${spans}" x14ac:dyDescent="0.25">`
    for (let index = 0; index < cells.length; index++) {
      const value = valueOf(cells[index])
      const type =
        value === null ? ExcelJS.ValueType.Null : typeof value === "number" ? ExcelJS.ValueType.Number : ExcelJS.ValueType.String
      const id = styleId(index + 1, type)
      const style = id ? ` s="${id}"` : ""
      if (value === null) {
        if (id) xml += `<c r="${letters[index]}${number}"${style}/>`
        continue
      }
      const kind = type === ExcelJS.ValueType.String ? ` t="str"` : ""
      xml += `<c r="${letters[index]}${number}"${style}${kind}><v>${xmlEncode(String(value))}</v></c>`
    }
    return xml + "</row>"
  }

  const sheetStream = (sheet as any).stream
  // The header row (row 1) first, through exceljs: it also opens the sheet (<cols>, <sheetData>).
  sheet.getRow(1).commit()
  let number = 1
  for await (const page of pages) {
    if (rows === "fast") {
      let xml = ""
      for (const cells of page) xml += rowXml(++number, cells)
      // exceljs's sheet stream (its StreamBuf) hands each write to the zip entry and resolves when
      // the entry has taken it: awaited, the rows wait for the compression instead of piling up in
      // memory ahead of it (exceljs's own row writer never waits; it was slow enough not to need to).
      await (sheetStream as unknown as { write(chunk: string): Promise<unknown> }).write(xml)
    } else {
      for (const cells of page) {
        const added = sheet.addRow(cells.map(valueOf))
        added.eachCell({ includeEmpty: true }, shareStyle)
        added.commit()
        number++
      }
    }
    // Let the zip stream drain between pages.
    if (out.writableNeedDrain) await drained(out, signal)
  }
  signal.throwIfAborted()
  sheet.commit()
  await workbook.commit()
}

/**
 * The report as one XLSX sheet (see writeXlsxPages). Stops when `signal` aborts (the client went
 * away): the wait for `drain` rejects, and so does the next query (see stream.ts).
 */
export async function writeXlsx(trx: SqlClient, scope: Scope, header: ReportHeader, out: Writable, fileDate: Date, signal: AbortSignal) {
  await writeXlsxPages(tablePages(trx, scope, header), out, fileDate, signal)
}
