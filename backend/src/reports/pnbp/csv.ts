import { once } from "node:events"
import type { Writable } from "node:stream"
import { stringify } from "csv-stringify"
import type { Scope } from "../../modules/profit-share/reports/scope"
import type { ReportHeader } from "../../modules/profit-share/reports/totals"
import type { SqlClient } from "../../lib/sql"
import { TABLE_COLUMNS, tableRows } from "./table"

const cell = (value: unknown) => (value === null || value === undefined ? "" : typeof value === "bigint" ? value.toString() : value)

/** The report as one CSV table (see table.ts), streamed with backpressure. */
export async function writeCsv(trx: SqlClient, scope: Scope, header: ReportHeader, out: Writable) {
  const csv = stringify({ header: true, columns: [...TABLE_COLUMNS] })
  const done = new Promise<void>((resolve, reject) => {
    csv.on("error", reject)
    csv.on("end", resolve)
  })
  csv.on("data", (chunk: Buffer) => {
    if (!out.write(chunk)) {
      csv.pause()
      out.once("drain", () => csv.resume())
    }
  })
  for await (const row of tableRows(trx, scope, header)) {
    const record = Object.fromEntries(TABLE_COLUMNS.map((c) => [c, cell(row[c])]))
    if (!csv.write(record)) await once(csv, "drain")
  }
  csv.end()
  await done
}
