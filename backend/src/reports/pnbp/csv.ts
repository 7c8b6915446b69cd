import type { Writable } from "node:stream"
import { stringify } from "csv-stringify/sync"
import type { Scope } from "../../modules/profit-share/reports/scope"
import type { ReportHeader } from "../../modules/profit-share/reports/totals"
import type { SqlClient } from "../../lib/sql"
import { put } from "./stream"
import { TABLE_COLUMNS, tableRows, type TableRow } from "./table"

const cell = (value: unknown) => (value === null || value === undefined ? "" : typeof value === "bigint" ? value.toString() : value)

/**
 * How the CSV is written so that Excel set to Indonesian (whose list separator is `;`, decimal
 * comma) opens it as columns: fields separated by `;`, a UTF-8 byte-order mark first (Excel then
 * reads the text as UTF-8), CRLF line ends, the Indonesian headers of TABLE_COLUMNS, amounts and
 * units as plain integers. No `sep=;` line: with it Excel ignores the byte-order mark. Parse it
 * back with delimiter `;` (and the BOM stripped, e.g. csv-parse's `bom: true`).
 */
export const CSV_OPTIONS = { delimiter: ";", bom: true, record_delimiter: "windows" } as const

/** Records stringified per write: one chunk to the response instead of one per row. */
export const CSV_BATCH_ROWS = 1000

/** The options of a batch of records: no BOM or header (the first chunk has them), each record ended by CRLF. */
const RECORDS = { delimiter: CSV_OPTIONS.delimiter, record_delimiter: CSV_OPTIONS.record_delimiter, eof: true } as const

const recordOf = (row: TableRow) => TABLE_COLUMNS.map(({ key }) => cell(row[key]))

/**
 * The report as one CSV table (see table.ts; the same columns and rows as the XLSX), streamed
 * with backpressure: the BOM and the header first, then the rows csv-stringify'd a batch at a
 * time (CSV_BATCH_ROWS, as the cursor hands them out), each batch one write that waits for
 * `drain` when `out` asks. The bytes are those of one csv-stringify stream over every record
 * (each record ends with CRLF). Stops when `signal` aborts (the client went away).
 */
export async function writeCsv(trx: SqlClient, scope: Scope, header: ReportHeader, out: Writable, signal: AbortSignal) {
  await put(
    out,
    stringify([], { ...CSV_OPTIONS, header: true, columns: TABLE_COLUMNS.map(({ key, header }) => ({ key, header })) }),
    signal
  )
  let batch: unknown[][] = []
  for await (const row of tableRows(trx, scope, header)) {
    batch.push(recordOf(row))
    if (batch.length >= CSV_BATCH_ROWS) {
      await put(out, stringify(batch, RECORDS), signal)
      batch = []
    }
  }
  if (batch.length) await put(out, stringify(batch, RECORDS), signal)
  signal.throwIfAborted()
}
