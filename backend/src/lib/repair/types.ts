import type { MedusaContainer } from "@medusajs/framework/types"

/** What the repair finds and completes; one file per kind in this folder. */
export const REPAIR_KINDS = [
  "uncaptured_transfer",
  "unbooked_payment",
  "unreversed_refund",
  "unreversed_cancel",
  "unallocated_premi",
  "pending_notification",
  "received_webhook",
  "unprocessed_webhook",
] as const
export type RepairKind = (typeof REPAIR_KINDS)[number]

/**
 * What became of one thing found: `repaired` (the workflow wrote what was missing), `would_repair`
 * (dry run), `skipped: <reason>` (a known reason it cannot be completed now, e.g. no paid line),
 * `nothing_new` (found, but the workflow had nothing to add: another process completed it
 * meanwhile), `failed: <message>`.
 */
export type RepairOutcome = string

export interface RepairItem {
  kind: RepairKind
  /** The row the kind is about: payment, refund, order, notification or webhook event id. */
  id: string
  order_id?: string | null
  outcome: RepairOutcome
}

export interface RepairReport {
  started_at: string
  finished_at: string
  dry_run: boolean
  found: Record<RepairKind, number>
  repaired: Record<RepairKind, number>
  failed: Record<RepairKind, number>
  items: RepairItem[]
}

export interface RepairOptions {
  /** Find and report only; change nothing. */
  dryRun?: boolean
  /**
   * Only what is older than this is touched, so work still in flight is left alone. Default
   * 2 minutes. Pending notifications and received webhooks wait longer (at least 10 and 5 minutes).
   */
  olderThanMs?: number
  /** At most this many things per kind and run, oldest first. Default 100. */
  limit?: number
  /** The clock (tests). */
  now?: Date
}

export interface RepairContext {
  container: MedusaContainer
  dryRun: boolean
  /** Rows created (or changed) before this instant are settled. */
  cutoff: Date
  limit: number
  now: Date
}

/** One kind: finds its gaps and completes each through the workflow the live path runs. */
export interface RepairKindHandler {
  kind: RepairKind
  run(context: RepairContext, record: RecordItem): Promise<void>
}

/** Records one thing found; `kind` defaults to the handler's. */
export type RecordItem = (item: Omit<RepairItem, "kind"> & { kind?: RepairKind }) => void
