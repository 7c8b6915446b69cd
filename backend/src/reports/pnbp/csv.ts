import type { Writable } from "node:stream"
import { stringify } from "csv-stringify"
import type { Scope } from "../../modules/profit-share/reports/scope"
import type { ReportHeader } from "../../modules/profit-share/reports/totals"
import type { SqlClient } from "../../lib/sql"
import { drained, pipeInto } from "./stream"
import { TABLE_COLUMNS, tableRows } from "./table"

const cell = (value: unknown) => (value === null || value === undefined ? "" : typeof value === "bigint" ? value.toString() : value)

/**
 * The report as one CSV table (see table.ts), streamed with backpressure: csv-stringify piped
 * into `out` (stream.pipeline), each record written when the stringifier has room. Stops when
 * `signal` aborts (the client went away).
 */
export async function writeCsv(trx: SqlClient, scope: Scope, header: ReportHeader, out: Writable, signal: AbortSignal) {
  const csv = stringify({ header: true, columns: [...TABLE_COLUMNS] })
  await pipeInto(csv, out, signal, async () => {
    for await (const row of tableRows(trx, scope, header)) {
      const record = Object.fromEntries(TABLE_COLUMNS.map((c) => [c, cell(row[c])]))
      if (!csv.write(record)) await drained(csv, signal)
    }
    csv.end()
  })
}
