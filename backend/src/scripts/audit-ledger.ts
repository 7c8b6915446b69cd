import type { ExecArgs } from "@medusajs/framework/types"
import { auditLedger } from "../lib/audit"

/**
 * `medusa exec ./src/scripts/audit-ledger.ts [order_id …]`: the ledger audit (src/lib/audit).
 * Prints the report as one line `AUDIT_REPORT {json}` on standard output and exits with code 1
 * when it found any discrepancy. Reads only; safe to run at any time, on a live database too.
 *
 * Selection: order ids as arguments or `AUDIT_ORDER_IDS` (comma-separated); `AUDIT_SINCE` (an ISO
 * instant) audits only orders created since. Without either, every order.
 */
export default async function auditLedgerScript({ container, args }: ExecArgs) {
  const orderIds = [...(args ?? []), ...(process.env.AUDIT_ORDER_IDS ?? "").split(",")]
    .map((id) => id.trim())
    .filter(Boolean)
  const since = process.env.AUDIT_SINCE?.trim() || undefined
  if (since && Number.isNaN(new Date(since).getTime())) {
    throw new Error(`AUDIT_SINCE must be an ISO date or instant; got "${since}".`)
  }
  const report = await auditLedger(container, { orderIds: orderIds.length ? orderIds : undefined, since })
  // Straight to stdout (not the logger, which writes JSON lines in production): one line to grep.
  process.stdout.write(`AUDIT_REPORT ${JSON.stringify(report)}\n`)
  // medusa exec ends with process.exit(), which keeps this code.
  if (report.discrepancies.length) process.exitCode = 1
}
