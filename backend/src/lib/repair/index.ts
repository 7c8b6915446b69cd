import type { MedusaContainer } from "@medusajs/framework/types"
import { moneyLog } from "../logging/money-log"
import { pendingNotificationRepair } from "./pending-notification"
import { receivedWebhookRepair } from "./received-webhook"
import { unallocatedPremiRepair } from "./unallocated-premi"
import { uncapturedTransferRepair } from "./uncaptured-transfer"
import { unbookedPaymentRepair } from "./unbooked-payment"
import { unprocessedWebhookRepair } from "./unprocessed-webhook"
import { unreversedRefundRepair } from "./unreversed-refund"
import {
  REPAIR_KINDS,
  type RepairContext,
  type RepairItem,
  type RepairKind,
  type RepairKindHandler,
  type RepairOptions,
  type RepairReport,
} from "./types"

export * from "./types"

export const DEFAULT_OLDER_THAN_MS = 2 * 60_000
export const DEFAULT_LIMIT = 100

/**
 * In this order: webhooks first (a received payment may capture), a confirmed transfer's missing
 * capture next (it pays the parts the booking then finds), then sales before their
 * refunds and cancellations (a reversal needs its sale), premi after every booking, e-mails last.
 * unreversed-refund handles both unreversed_refund and unreversed_cancel (one refund row, two
 * paths: the refund subscriber, the cancel subscriber or a canceled part's own booking).
 */
const HANDLERS: RepairKindHandler[] = [
  receivedWebhookRepair,
  unprocessedWebhookRepair,
  uncapturedTransferRepair,
  unbookedPaymentRepair,
  unreversedRefundRepair,
  unallocatedPremiRepair,
  pendingNotificationRepair,
]

const zero = () => Object.fromEntries(REPAIR_KINDS.map((kind) => [kind, 0])) as Record<RepairKind, number>

export const isRepaired = (outcome: string) => outcome === "repaired"
export const isFailed = (outcome: string) => outcome.startsWith("failed")

/**
 * Finds what a crashed process (a SIGKILLed worker, a server dying mid-request) left half-done and
 * completes it by running the same workflow the live path runs; the existing idempotency keys make
 * a second run repair nothing. A kind that fails as a whole is reported as one failed item and the
 * other kinds still run.
 */
export async function runRepair(container: MedusaContainer, options: RepairOptions = {}): Promise<RepairReport> {
  const started = new Date()
  const now = options.now ?? started
  const context: RepairContext = {
    container,
    dryRun: !!options.dryRun,
    cutoff: new Date(now.getTime() - Math.max(0, options.olderThanMs ?? DEFAULT_OLDER_THAN_MS)),
    limit: Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT)),
    now,
  }
  const report: RepairReport = {
    started_at: started.toISOString(),
    finished_at: "",
    dry_run: context.dryRun,
    found: zero(),
    repaired: zero(),
    failed: zero(),
    items: [],
  }
  const add = (item: RepairItem) => {
    report.items.push(item)
    report.found[item.kind] = (report.found[item.kind] ?? 0) + 1
    if (isRepaired(item.outcome)) report.repaired[item.kind] = (report.repaired[item.kind] ?? 0) + 1
    if (isFailed(item.outcome)) report.failed[item.kind] = (report.failed[item.kind] ?? 0) + 1
  }
  for (const handler of HANDLERS) {
    try {
      await handler.run(context, (item) => add({ ...item, kind: item.kind ?? handler.kind }))
    } catch (error) {
      add({ kind: handler.kind, id: "(finder)", outcome: `failed: ${messageOf(error)}` })
    }
  }
  report.finished_at = new Date().toISOString()
  return report
}

/** Logs the report as one money line when anything was found (nothing: nothing to say). */
export function logRepairReport(container: MedusaContainer, report: RepairReport) {
  const found = Object.values(report.found).reduce((a, b) => a + b, 0)
  if (!found) return
  const failed = Object.values(report.failed).reduce((a, b) => a + b, 0)
  moneyLog(
    container,
    "repair.done",
    {
      outcome: report.dry_run ? "dry_run" : failed ? "some_failed" : "done",
      found: report.found,
      repaired: report.repaired,
      failed: report.failed,
      items: report.items.slice(0, 50),
    },
    failed ? "warn" : "info"
  )
}

export function messageOf(error: unknown) {
  return error instanceof Error ? error.message.split("\n").join(" ") : String(error)
}
