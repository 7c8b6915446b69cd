import type { Writable } from "node:stream"
import ExcelJS from "exceljs"
import type { Scope } from "../../modules/profit-share/reports/scope"
import type { ReportHeader } from "../../modules/profit-share/reports/totals"
import type { SqlClient } from "../../lib/sql"
import { drained } from "./stream"
import { Amount, AMOUNT_COLUMNS, TABLE_COLUMNS, tablePages } from "./table"

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

/**
 * The report as one XLSX sheet (the CSV's table: the same Indonesian headers, columns and rows), written by exceljs's streaming writer. Every
 * date inside the file is `fileDate`, so a closed period's file is the same bytes every time.
 * Stops when `signal` aborts (the client went away): the wait for `drain` rejects, and so does
 * the next query (see stream.ts).
 */
export async function writeXlsx(trx: SqlClient, scope: Scope, header: ReportHeader, out: Writable, fileDate: Date, signal: AbortSignal) {
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
    style: AMOUNT_COLUMNS.has(key) ? { numFmt: "#,##0" } : {},
  }))
  // One style object per column and kind of value, shared by every such cell: exceljs remembers the
  // style id of a style object it has seen (a WeakMap), where a fresh copy per cell (what a column
  // style gives each new cell) costs a lookup by the style's rendered XML. The ids, and so the
  // file, are the same: each (column, kind of value) always had the same style.
  const sharedStyles = new Map<string, Partial<ExcelJS.Style>>()
  const shareStyle = (cell: ExcelJS.Cell, column: number) => {
    const key = `${column}:${cell.type}`
    let style = sharedStyles.get(key)
    if (!style) sharedStyles.set(key, (style = { ...cell.style }))
    cell.style = style
  }
  let n = 0
  for await (const page of tablePages(trx, scope, header)) {
    for (const cells of page) {
      // Amounts as numbers while they are safe integers, else their exact digits (rupiahToJson's rule).
      const values = cells.map((cell) => {
        if (!(cell instanceof Amount)) return cell
        const number = Number(cell.digits)
        return Number.isSafeInteger(number) ? number : cell.digits
      })
      const added = sheet.addRow(values)
      added.eachCell({ includeEmpty: true }, shareStyle)
      added.commit()
      // Let the zip stream drain now and then.
      if (++n % 1000 === 0 && out.writableNeedDrain) await drained(out, signal)
    }
  }
  signal.throwIfAborted()
  sheet.commit()
  await workbook.commit()
}
