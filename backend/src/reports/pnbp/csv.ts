import type { Writable } from "node:stream"
import { stringify } from "csv-stringify"
import type { Scope } from "../../modules/profit-share/reports/scope"
import type { ReportHeader } from "../../modules/profit-share/reports/totals"
import type { SqlClient } from "../../lib/sql"
import { drained, pipeInto } from "./stream"
import { TABLE_COLUMNS, tableRows } from "./table"

const cell = (value: unknown) => (value === null || value === undefined ? "" : typeof value === "bigint" ? value.toString() : value)

/**
 * How the CSV is written so that Excel set to Indonesian (whose list separator is `;`, decimal
 * comma) opens it as columns: fields separated by `;`, a UTF-8 byte-order mark first (Excel then
 * reads the text as UTF-8), CRLF line ends, the Indonesian headers of TABLE_COLUMNS, amounts and
 * units as plain integers. No `sep=;` line: with it Excel ignores the byte-order mark. Parse it
 * back with delimiter `;` (and the BOM stripped, e.g. csv-parse's `bom: true`).
 */
export const CSV_OPTIONS = { delimiter: ";", bom: true, record_delimiter: "windows" } as const

/**
 * The report as one CSV table (see table.ts; the same columns and rows as the XLSX), streamed
 * with backpressure: csv-stringify piped into `out` (stream.pipeline), each record written when
 * the stringifier has room. Stops when `signal` aborts (the client went away).
 */
export async function writeCsv(trx: SqlClient, scope: Scope, header: ReportHeader, out: Writable, signal: AbortSignal) {
  const csv = stringify({ ...CSV_OPTIONS, header: true, columns: TABLE_COLUMNS.map(({ key, header }) => ({ key, header })) })
  await pipeInto(csv, out, signal, async () => {
    for await (const row of tableRows(trx, scope, header)) {
      const record = Object.fromEntries(TABLE_COLUMNS.map(({ key }) => [key, cell(row[key])]))
      if (!csv.write(record)) await drained(csv, signal)
    }
    csv.end()
  })
}
