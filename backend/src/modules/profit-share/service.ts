import { generateEntityId, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Account } from "@karya-binaan/shares"
import { LedgerEntry } from "./models/ledger-entry"
import { SharePolicy } from "./models/share-policy"
import type { BookedRow, NewEntry } from "./booking"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }
type Repository = { transaction: <T>(task: (manager: Manager) => Promise<T>) => Promise<T> }

export const LEDGER_TABLE = "share_ledger_entry"

export interface BookingOptions {
  /**
   * Test hook: fail after writing this many entries, inside the booking's transaction,
   * to show that a crash between writes leaves nothing behind and a retry completes it.
   */
  failAfterEntries?: number
  /** Book nothing when the order already has entries with this reference (a refund already booked). */
  /** (A correction: nothing when a correction with this idempotency key is booked on the order.) */
  onceForReference?: { kind: "refund" | "correction"; reference_id: string }
}

export interface BookingResult {
  /** Entries written by this call. */
  inserted: number
  /** Entries computed but already in the ledger (a replay or a concurrent booking won). */
  existing: number
  /** The reference was booked before, so nothing was computed. */
  skipped: boolean
}

const raw = (value: bigint) => JSON.stringify({ value: value.toString(), precision: 20 })

class ProfitShareModuleService extends MedusaService({
  SharePolicy,
  LedgerEntry,
}) {
  private get repository(): Repository {
    return (this as unknown as { baseRepository_: Repository }).baseRepository_
  }

  /**
   * Books an order's entries in ONE transaction, serialised per order by an advisory lock:
   * `compute` gets the order's ledger rows as they are inside the lock and returns the rows to
   * add; each is inserted with ON CONFLICT (idempotency_key) DO NOTHING. A replay, a concurrent
   * booking or a retry after a crash therefore never books an entry twice, and a failure part
   * way rolls everything of this booking back. Each entry is stamped with the clock time of its
   * insert (taken inside the lock, not the transaction's start), so `created_at, id` orders the
   * order's entries the way the bookings were made: the latest correction of a line is its last.
   */
  async bookEntries(
    orderId: string,
    compute: (rows: BookedRow[]) => NewEntry[],
    options: BookingOptions = {}
  ): Promise<BookingResult> {
    return await this.repository.transaction(async (manager) => {
      await manager.execute(`SELECT pg_advisory_xact_lock(hashtextextended(?, 0))`, [`profit_share:${orderId}`])
      if (options.onceForReference) {
        const done = await manager.execute(
          `SELECT 1 FROM ${LEDGER_TABLE} WHERE order_id = ? AND kind = ? AND reference_id = ? LIMIT 1`,
          [orderId, options.onceForReference.kind, options.onceForReference.reference_id]
        )
        if (done.length) {
          return { inserted: 0, existing: 0, skipped: true }
        }
      }
      const rows = await this.readOrderRows(manager, orderId)
      const entries = compute(rows)
      let inserted = 0
      for (const entry of entries) {
        if (options.failAfterEntries !== undefined && inserted >= options.failAfterEntries) {
          throw new MedusaError(
            MedusaError.Types.UNEXPECTED_STATE,
            `Booking of order ${orderId} stopped after ${inserted} entries (injected failure).`
          )
        }
        const written = await manager.execute(
          `INSERT INTO ${LEDGER_TABLE}
             (id, order_id, line_item_id, lapas_id, account, amount, raw_amount, kind, reference_id,
              idempotency_key, policy_id, capital_bp, premi_bp, pnbp_bp, unit_cost, raw_unit_cost,
              quantity, revenue, raw_revenue, paid, raw_paid, reason, created_by, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?,
                   clock_timestamp())
           ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING
           RETURNING id`,
          [
            generateEntityId(undefined, "sle"),
            entry.order_id,
            entry.line_item_id,
            entry.lapas_id,
            entry.account,
            entry.amount.toString(),
            raw(entry.amount),
            entry.kind,
            entry.reference_id,
            entry.idempotency_key,
            entry.policy_id,
            entry.capital_bp,
            entry.premi_bp,
            entry.pnbp_bp,
            entry.unit_cost === null ? null : entry.unit_cost.toString(),
            entry.unit_cost === null ? null : raw(entry.unit_cost),
            entry.quantity,
            entry.revenue.toString(),
            raw(entry.revenue),
            entry.paid.toString(),
            raw(entry.paid),
            entry.reason ?? null,
            entry.created_by ?? null,
          ]
        )
        inserted += written.length
      }
      return { inserted, existing: entries.length - inserted, skipped: false }
    })
  }

  private async readOrderRows(manager: Manager, orderId: string): Promise<BookedRow[]> {
    const rows = await manager.execute(
      `SELECT line_item_id, lapas_id, account, amount::text AS amount, kind, reference_id, policy_id,
              capital_bp, premi_bp, pnbp_bp, unit_cost::text AS unit_cost, quantity, revenue::text AS revenue,
              paid::text AS paid, reason
         FROM ${LEDGER_TABLE}
        WHERE order_id = ? AND deleted_at IS NULL
        ORDER BY created_at, id`,
      [orderId]
    )
    return rows.map((row) => ({
      line_item_id: row.line_item_id,
      lapas_id: row.lapas_id,
      account: row.account as Account,
      amount: BigInt(row.amount),
      kind: row.kind,
      reference_id: row.reference_id,
      policy_id: row.policy_id,
      capital_bp: row.capital_bp === null ? null : Number(row.capital_bp),
      premi_bp: row.premi_bp === null ? null : Number(row.premi_bp),
      pnbp_bp: row.pnbp_bp === null ? null : Number(row.pnbp_bp),
      unit_cost: row.unit_cost === null ? null : BigInt(row.unit_cost),
      quantity: Number(row.quantity),
      revenue: BigInt(row.revenue),
      paid: BigInt(row.paid),
      reason: row.reason ?? null,
    }))
  }

  /** The ledger rows of an order, oldest first (amounts as bigint). */
  async orderRows(orderId: string): Promise<BookedRow[]> {
    return await this.repository.transaction((manager) => this.readOrderRows(manager, orderId))
  }

  /** Sums of matching entries per account, over the whole selection (not one page). */
  async ledgerTotals(filters: LedgerFilters): Promise<Record<Account, bigint>> {
    const { where, params } = ledgerWhere(filters)
    const rows = await this.repository.transaction((manager) =>
      manager.execute(
        `SELECT account, COALESCE(SUM(amount), 0)::text AS total FROM ${LEDGER_TABLE} WHERE ${where} GROUP BY account`,
        params
      )
    )
    const totals: Record<Account, bigint> = { capital: 0n, premi: 0n, pnbp: 0n }
    for (const row of rows) totals[row.account as Account] = BigInt(row.total)
    return totals
  }
}

export interface LedgerFilters {
  lapas_id?: string
  order_id?: string
  account?: string
  kind?: string
  /** Inclusive lower bound. */
  from?: Date
  /** Exclusive upper bound. */
  to?: Date
}

export function ledgerWhere(filters: LedgerFilters) {
  const clauses = ["deleted_at IS NULL"]
  const params: unknown[] = []
  for (const field of ["lapas_id", "order_id", "account", "kind"] as const) {
    if (filters[field] !== undefined) {
      clauses.push(`${field} = ?`)
      params.push(filters[field])
    }
  }
  if (filters.from) {
    clauses.push(`created_at >= ?`)
    params.push(filters.from)
  }
  if (filters.to) {
    clauses.push(`created_at < ?`)
    params.push(filters.to)
  }
  return { where: clauses.join(" AND "), params }
}

export default ProfitShareModuleService
