import type { Writable } from "node:stream"
import { stringify } from "csv-stringify/sync"
import type { Scope } from "../../modules/profit-share/reports/scope"
import type { ReportHeader } from "../../modules/profit-share/reports/totals"
import type { SqlClient } from "../../lib/sql"
import { put } from "./stream"
import { TABLE_COLUMNS, tablePages, type Cell } from "./table"

/**
 * How the CSV is written so that Excel set to Indonesian (whose list separator is `;`, decimal
 * comma) opens it as columns: fields separated by `;`, a UTF-8 byte-order mark first (Excel then
 * reads the text as UTF-8), CRLF line ends, the Indonesian headers of TABLE_COLUMNS, amounts and
 * units as plain integers. No `sep=;` line: with it Excel ignores the byte-order mark. Parse it
 * back with delimiter `;` (and the BOM stripped, e.g. csv-parse's `bom: true`).
 */
export const CSV_OPTIONS = {
  delimiter: ";",
  bom: true,
  record_delimiter: "windows",
  // With CRLF records csv-stringify quotes a CRLF but not a lone CR or LF, and Excel then breaks
  // the row at it (a title or a correction's reason written on two lines): quote any line break.
  quoted_match: /[\r\n]/,
} as const

/** The options of one field written by csv-stringify: no BOM or header, no record delimiter after it. */
const FIELD = {
  delimiter: CSV_OPTIONS.delimiter,
  record_delimiter: CSV_OPTIONS.record_delimiter,
  quoted_match: CSV_OPTIONS.quoted_match,
  eof: false,
} as const

/** Characters that may make csv-stringify quote or escape a text field (the delimiter, the quote, CR, LF). */
const SPECIAL = /[;"\r\n]/

/**
 * One field as csv-stringify writes it with CSV_OPTIONS, byte for byte: empty for null, numbers
 * and amounts as their digits, text made inert (below) and as it is unless it holds `;`, `"`, CR or LF, which goes
 * through csv-stringify itself (rare: a title or a correction's reason), so its quoting rules
 * stay the one definition. csvField.spec.ts holds the two side by side.
 */
export function csvField(value: Cell): string {
  if (value === null) return ""
  if (typeof value === "string") {
    const text = inert(value)
    return SPECIAL.test(text) ? stringify([[text]], FIELD) : text
  }
  return String(value)
}

/** The first characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * Text that would start a formula when finance open the file in Excel (in practice a product
 * title typed by lapas staff as `=HYPERLINK(…)`) is written with a leading apostrophe, which Excel
 * shows as text; the title then reads back with it. Only text cells: amounts and numbers are never
 * text here, so a negative amount keeps its minus.
 */
export function inert(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** One record: its fields separated by `;`, ended by CRLF. */
export function csvRecord(cells: Cell[]): string {
  let record = csvField(cells[0] ?? null)
  for (let index = 1; index < cells.length; index++) record += CSV_OPTIONS.delimiter + csvField(cells[index])
  return record + "\r\n"
}

/**
 * The report as one CSV table (see table.ts; the same columns and rows as the XLSX), streamed
 * with backpressure: the BOM and the header first (csv-stringify), then each page of rows (the
 * cursor's 1,000) as one write that waits for `drain` when `out` asks. The bytes are those of one
 * csv-stringify stream over every record (each record ends with CRLF). Stops when `signal` aborts
 * (the client went away).
 */
export async function writeCsv(trx: SqlClient, scope: Scope, header: ReportHeader, out: Writable, signal: AbortSignal) {
  await put(
    out,
    stringify([], { ...CSV_OPTIONS, header: true, columns: TABLE_COLUMNS.map(({ key, header }) => ({ key, header })) }),
    signal
  )
  for await (const page of tablePages(trx, scope, header)) {
    await put(out, page.map(csvRecord).join(""), signal)
  }
  signal.throwIfAborted()
}
