/**
 * The PNBP report of a lapas (or the national roll-up) over a period of days in each lapas's own
 * zone, in four formats that carry the same figures: JSON, CSV, XLSX and PDF. Every list (orders,
 * products, deposits) is read through a server-side cursor and written out as it arrives, so
 * memory does not grow with the number of rows. Nothing in the output depends on the moment it
 * is made except, for a period not closed yet, the PDF's and XLSX's file dates: a closed
 * period's report is the same bytes every time.
 */
import type { PnbpReportFormat } from "@karya-binaan/contracts"
import type { Writable } from "node:stream"
import type { Scope } from "../../modules/profit-share/reports/scope"
import { reportHeader } from "../../modules/profit-share/reports/totals"
import { readRowsOf, type Database } from "../../lib/sql"
import { writeCsv } from "./csv"
import { writeJson } from "./json"
import { writePdf } from "./pdf"
import { writeXlsx } from "./xlsx"


export const CONTENT_TYPES: Record<PnbpReportFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
}

/** pnbp-<lapas handle | nasional>-<from>-<to>[-<channel>].<format> */
export function reportFileName(scope: Scope, format: PnbpReportFormat) {
  const channel = scope.channel ? `-${scope.channel}` : ""
  return `pnbp-${scope.single ? scope.single.handle : "nasional"}-${scope.period.from}-${scope.period.to}${channel}.${format}`
}

/**
 * Writes the report to `out` (ended by the caller). Reads inside one repeatable-read,
 * read-only transaction on Medusa's connection, so the totals (the profit-share module's figures,
 * read with its own functions) and the streamed rows are one consistent snapshot.
 */
export async function writePnbpReport(db: Database, scope: Scope, format: PnbpReportFormat, out: Writable, now = new Date()) {
  await db.transaction(async (trx) => {
    await trx.raw(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`)
    const header = await reportHeader(readRowsOf(trx), scope)
    // A closed period's files carry the close as their date; an open one's, now.
    const fileDate = header.closed && header.closed_at ? header.closed_at : now
    switch (format) {
      case "json":
        return await writeJson(trx, scope, header, out)
      case "csv":
        return await writeCsv(trx, scope, header, out)
      case "xlsx":
        return await writeXlsx(trx, scope, header, out, fileDate)
      case "pdf":
        return await writePdf(trx, scope, header, out, fileDate)
    }
  })
}
