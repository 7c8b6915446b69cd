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
import { abortableSql, closedSignal } from "./stream"
import { writeXlsx } from "./xlsx"

/**
 * Server-side backstops of a report's transaction (SET LOCAL: they end with it and touch no other
 * session): no single statement (a FETCH of a cursor's next page) may run longer than
 * `statement_timeout`, and PostgreSQL ends the session if the transaction sits idle (the writer
 * waiting for a client that does not read) longer than `idle_in_transaction_session_timeout`. The
 * app lets go sooner by itself (stream.ts: client gone, or nothing read for STALL_MS = 60 s); these
 * only bound what a bug there could hold.
 */
export const REPORT_STATEMENT_TIMEOUT = "5min"
export const REPORT_IDLE_IN_TRANSACTION_TIMEOUT = "2min"
/**
 * Memory PostgreSQL may use per sort or hash of the report's queries (SET LOCAL, this transaction
 * only): the per-order list of 100,000 lines groups 300,000 entries and sorts the groups, which
 * with the default 4 MB spilled to disk twice ("external merge"). The app's memory is unchanged.
 */
export const REPORT_WORK_MEM = "64MB"
/**
 * No JIT compilation for the report's statements (SET LOCAL). Their plans are costed in the
 * millions (the net-units subquery, ENTRY_UNITS_SQL, is costed once per entry though it only runs
 * for refunds), far above `jit_above_cost` (100,000), so a PostgreSQL built with LLVM would compile,
 * optimise and inline every statement at each download: hundreds of milliseconds of compiling for
 * queries that read a month of one lapas's ledger.
 */
export const REPORT_JIT = "off"

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
 *
 * When `out` closes before the report is complete (the client went away), or its client stops
 * reading for a minute, the writer stops: the wait for `drain` and every further query reject,
 * the cursors close, the transaction rolls back and its connection goes back to the pool; the
 * promise rejects (with ClientGoneError).
 */
export async function writePnbpReport(db: Database, scope: Scope, format: PnbpReportFormat, out: Writable, now = new Date()) {
  const signal = closedSignal(out)
  await db.transaction(async (connection) => {
    await connection.raw(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`)
    await connection.raw(`SET LOCAL statement_timeout = '${REPORT_STATEMENT_TIMEOUT}'`)
    await connection.raw(`SET LOCAL idle_in_transaction_session_timeout = '${REPORT_IDLE_IN_TRANSACTION_TIMEOUT}'`)
    await connection.raw(`SET LOCAL work_mem = '${REPORT_WORK_MEM}'`)
    await connection.raw(`SET LOCAL jit = ${REPORT_JIT}`)
    const trx = abortableSql(connection, signal)
    const header = await reportHeader(readRowsOf(trx), scope)
    // A closed period's files carry the close as their date; an open one's, now.
    const fileDate = header.closed && header.closed_at ? header.closed_at : now
    switch (format) {
      case "json":
        return await writeJson(trx, scope, header, out, signal)
      case "csv":
        return await writeCsv(trx, scope, header, out, signal)
      case "xlsx":
        return await writeXlsx(trx, scope, header, out, fileDate, signal)
      case "pdf":
        return await writePdf(trx, scope, header, out, fileDate, signal)
    }
  })
}
