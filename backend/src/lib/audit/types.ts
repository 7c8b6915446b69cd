/**
 * What the ledger audit reports: counts of what it looked at and every discrepancy found. Plain
 * JSON (amounts as strings of whole rupiah), so the script can print it on one line.
 */

export const DISCREPANCY_KINDS = [
  "line_not_booked",
  "booked_unpaid",
  "transfer_not_captured",
  "shares_not_split",
  "refund_not_reversed",
  "refund_reversed_twice",
  "premi_mismatch",
  "stock_oversold",
  "stock_lost",
  "notification_duplicate",
  "notification_not_sent",
] as const
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number]

export interface Discrepancy {
  kind: DiscrepancyKind
  order_id?: string
  /** The row the discrepancy is about: a line item, refund, inventory level, notification, … */
  id?: string
  /** What the database should hold (whole rupiah or a count, as a string). */
  expected?: string
  /** What it holds. */
  actual?: string
  /** One English sentence a person can act on. */
  detail: string
}

export interface AuditCounts {
  orders: number
  paid_parts: number
  lines_booked: number
  refunds: number
  canceled_orders: number
  canceled_parts: number
  premi_allocations: number
  reservations: number
  notifications: number
}

export interface AuditReport {
  started_at: string
  finished_at: string
  /** The selection audited: every order, or the ones named, or those created since. */
  scope: { order_ids: string[] | null; since: string | null }
  counts: AuditCounts
  /** Discrepancies per kind (every kind present, 0 when none). */
  by_kind: Record<DiscrepancyKind, number>
  discrepancies: Discrepancy[]
}

export interface AuditOptions {
  /** Only these orders (and what belongs to them). */
  orderIds?: string[]
  /** Only orders created at or after this instant. */
  since?: Date | string
}
