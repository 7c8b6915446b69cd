import { generateEntityId, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Account } from "@karya-binaan/shares"
import { SALE_CHANNELS, type SaleChannel } from "@karya-binaan/contracts"
import { LedgerEntry } from "./models/ledger-entry"
import { SharePolicy } from "./models/share-policy"
import { PnbpDeposit } from "./models/pnbp-deposit"
import { ClosedPeriod } from "./models/closed-period"
import { DEFAULT_ORIGIN, type BookedRow, type NewEntry } from "./booking"
import { monthLabel } from "./reports/period"
import { reconcileByMonth, type MonthBalance } from "./reports/reconciliation"
import type { ReportLapas } from "./reports/scope"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }
type Repository = { transaction: <T>(task: (manager: Manager) => Promise<T>) => Promise<T> }

export const LEDGER_TABLE = "share_ledger_entry"
export const CLOSED_PERIOD_TABLE = "closed_period"

/**
 * The advisory lock key of a lapas's periods: bookings and deposits hold it shared while they
 * check that their month is open and write; closing a month holds it exclusively, so no write
 * can slip into a month between its check and the close.
 */
export const periodLockKey = (lapasId: string) => `profit_share_period:${lapasId}`

/** The advisory lock key that serialises the bookings of one order (bookEntries). */
export const orderLockKey = (orderId: string) => `profit_share:${orderId}`

/** The message of a refusal to write into a closed month. */
export function closedMonthMessage(month: string, what = "book a correction in an open period") {
  return `${monthLabel(month)} is closed for this lapas; ${what}.`
}

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
  PnbpDeposit,
  ClosedPeriod,
}) {
  private get repository(): Repository {
    return (this as unknown as { baseRepository_: Repository }).baseRepository_
  }

  /**
   * Refuses (MedusaError NOT_ALLOWED) when `at` falls in a month of the lapas that finance has
   * closed, e.g. "Oktober 2026 is closed for this lapas; book a correction in an open period."
   * For other modules that write money dated `at` for a lapas (premi, deposits). Pass `what` to
   * say what to do instead.
   */
  async assertOpenAt(lapasId: string, at: Date, what?: string): Promise<void> {
    const month = await this.repository.transaction((manager) => closedMonthAt(manager, lapasId, at))
    if (month) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, closedMonthMessage(month, what))
    }
  }

  /**
   * Closes a month of a lapas: under the lapas's period lock (exclusive, so no booking or deposit
   * is half-way through a check of that month), refuses a month already closed and records the
   * close. Returns the close, or `{ conflict }` with the existing one.
   */
  async closeMonth(input: {
    lapas_id: string
    month: string
    start_at: Date
    end_at: Date
    closed_by: string | null
  }): Promise<{ closed: ClosedPeriodRow; conflict?: undefined } | { conflict: ClosedPeriodRow; closed?: undefined }> {
    return await this.repository.transaction(async (manager) => {
      await manager.execute(`SELECT pg_advisory_xact_lock(hashtextextended(?, 0))`, [periodLockKey(input.lapas_id)])
      const [existing] = await manager.execute(
        `SELECT * FROM ${CLOSED_PERIOD_TABLE} WHERE deleted_at IS NULL AND lapas_id = ? AND month = ?`,
        [input.lapas_id, input.month]
      )
      if (existing) return { conflict: existing as ClosedPeriodRow }
      const [closed] = await manager.execute(
        `INSERT INTO ${CLOSED_PERIOD_TABLE} (id, lapas_id, month, start_at, end_at, closed_at, closed_by)
         VALUES (?, ?, ?, ?::timestamptz, ?::timestamptz, date_trunc('second', clock_timestamp()), ?)
         RETURNING *`,
        [
          generateEntityId(undefined, "clper"),
          input.lapas_id,
          input.month,
          input.start_at.toISOString(),
          input.end_at.toISOString(),
          input.closed_by,
        ]
      )
      return { closed: closed as ClosedPeriodRow }
    })
  }

  /**
   * Records a PNBP deposit under the lapas's period lock (shared): refused (NOT_ALLOWED) when its
   * period touches a closed month, so a closed month's report never changes; `{ conflict }` when
   * its NTPN is on record already (for any lapas).
   */
  async recordDeposit(input: NewDepositInput): Promise<{ deposit: PnbpDepositRow; conflict?: undefined } | { conflict: PnbpDepositRow; deposit?: undefined }> {
    return await this.repository.transaction(async (manager) => {
      await manager.execute(`SELECT pg_advisory_xact_lock_shared(hashtextextended(?, 0))`, [periodLockKey(input.lapas_id)])
      await manager.execute(`SELECT pg_advisory_xact_lock(hashtextextended(?, 0))`, [`pnbp_ntpn:${input.ntpn}`])
      const [duplicate] = await manager.execute(
        `SELECT * FROM pnbp_deposit WHERE deleted_at IS NULL AND ntpn = ? LIMIT 1`,
        [input.ntpn]
      )
      if (duplicate) return { conflict: duplicate as PnbpDepositRow }
      const closed = await manager.execute(
        `SELECT month FROM ${CLOSED_PERIOD_TABLE}
          WHERE deleted_at IS NULL AND lapas_id = ? AND start_at < ?::timestamptz AND end_at > ?::timestamptz
          ORDER BY month LIMIT 1`,
        [input.lapas_id, input.period_end.toISOString(), input.period_start.toISOString()]
      )
      if (closed.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          closedMonthMessage(
            closed[0].month,
            "record deposits before closing the month, or record this one for a period in an open month"
          )
        )
      }
      return { deposit: await insertDepositRow(manager, input) }
    })
  }

  /** The closed month (YYYY-MM) `at` falls in for the lapas, or null when it is open. */
  async closedMonthAt(lapasId: string, at: Date): Promise<string | null> {
    return await this.repository.transaction((manager) => closedMonthAt(manager, lapasId, at))
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
      await manager.execute(`SELECT pg_advisory_xact_lock(hashtextextended(?, 0))`, [orderLockKey(orderId)])
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
      if (!entries.length) return { inserted: 0, existing: 0, skipped: false }
      // The lapas's period locks (shared) and then, in one order, the ledger chain's locks: the
      // hash chain (Migration20261220120000) locks each lapas's chain on insert; an order of several
      // lapas takes those locks here first, sorted, so two bookings that insert their lapas in
      // different orders cannot deadlock. One round trip; the closed-month check reads after it.
      // (bookingLocks without the order's, held already.)
      await takeLocksInOrder(manager, bookingLocks(orderId, entries).slice(1))
      await refuseClosedMonths(manager, entries)
      let inserted = 0
      if (options.failAfterEntries !== undefined) {
        // The test hook writes one entry at a time, so it can stop between two writes.
        for (const entry of entries) {
          if (inserted >= options.failAfterEntries) {
            throw new MedusaError(
              MedusaError.Types.UNEXPECTED_STATE,
              `Booking of order ${orderId} stopped after ${inserted} entries (injected failure).`
            )
          }
          inserted += (await insertEntries(manager, [entry])).length
        }
      } else {
        for (let i = 0; i < entries.length; i += INSERT_BATCH) {
          inserted += (await insertEntries(manager, entries.slice(i, i + INSERT_BATCH))).length
        }
      }
      return { inserted, existing: entries.length - inserted, skipped: false }
    })
  }

  private async readOrderRows(manager: Manager, orderId: string): Promise<BookedRow[]> {
    const rows = await manager.execute(
      `SELECT line_item_id, lapas_id, account, amount::text AS amount, kind, reference_id, policy_id,
              capital_bp, premi_bp, pnbp_bp, unit_cost::text AS unit_cost, quantity, revenue::text AS revenue,
              paid::text AS paid, reason, channel, line_kind
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
      channel: row.channel ?? DEFAULT_ORIGIN.channel,
      line_kind: row.line_kind ?? DEFAULT_ORIGIN.line_kind,
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

  /**
   * Sums of matching entries per channel and account, over the whole selection: one row per
   * channel that has entries, amounts as bigint.
   */
  async ledgerTotalsByChannel(filters: LedgerFilters): Promise<{ channel: SaleChannel; totals: Record<Account, bigint> }[]> {
    const { where, params } = ledgerWhere(filters)
    const rows = await this.repository.transaction((manager) =>
      manager.execute(
        `SELECT channel, account, COALESCE(SUM(amount), 0)::text AS total FROM ${LEDGER_TABLE} WHERE ${where} GROUP BY channel, account`,
        params
      )
    )
    const byChannel = new Map<SaleChannel, Record<Account, bigint>>()
    for (const row of rows) {
      const totals = byChannel.get(row.channel) ?? { capital: 0n, premi: 0n, pnbp: 0n }
      totals[row.account as Account] = BigInt(row.total)
      byChannel.set(row.channel, totals)
    }
    return SALE_CHANNELS.filter((c) => byChannel.has(c)).map((channel) => ({ channel, totals: byChannel.get(channel)! }))
  }

  /**
   * PNBP per lapas and month over whole months `fromMonth`..`toMonth` ("YYYY-MM", each lapas's
   * zone): booked, deposited, outstanding, closed, corrections after close (reports/reconciliation.ts).
   */
  async reconcilePnbpByMonth(lapas: ReportLapas[], fromMonth: string, toMonth: string): Promise<MonthBalance[]> {
    return await this.repository.transaction((manager) =>
      reconcileByMonth((sql, bindings) => manager.execute(sql, [...(bindings ?? [])]), lapas, fromMonth, toMonth)
    )
  }
}

export interface ClosedPeriodRow {
  id: string
  lapas_id: string
  month: string
  start_at: Date | string
  end_at: Date | string
  closed_at: Date | string
  closed_by: string | null
}

/** Inserts a deposit row (the caller holds the locks and has checked the rules); `replacesId`: the reversed deposit it records again. */
export async function insertDepositRow(manager: Manager, input: NewDepositInput, replacesId: string | null = null) {
  const [deposit] = await manager.execute(
    `INSERT INTO pnbp_deposit
       (id, lapas_id, period_from, period_to, billing_code, ntpn, amount, raw_amount, deposited_on, note, created_by, replaces_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
     RETURNING *`,
    [
      generateEntityId(undefined, "pnbpd"),
      input.lapas_id,
      input.period_from,
      input.period_to,
      input.billing_code,
      input.ntpn,
      input.amount.toString(),
      raw(input.amount),
      input.deposited_on,
      input.note,
      input.created_by,
      replacesId,
    ]
  )
  return deposit as PnbpDepositRow
}

/** A PNBP deposit to record (recordDeposit; recordDepositAgain in corrections.ts). */
export interface NewDepositInput {
  lapas_id: string
  period_from: string
  period_to: string
  /** The period's bounds as instants in the lapas's zone. */
  period_start: Date
  period_end: Date
  billing_code: string
  ntpn: string
  amount: bigint
  deposited_on: string
  note: string | null
  created_by: string | null
}

export interface PnbpDepositRow {
  id: string
  lapas_id: string
  period_from: string
  period_to: string
  billing_code: string
  ntpn: string
  amount: string
  deposited_on: string
  note: string | null
  created_by: string | null
  created_at: Date | string
}

export interface LedgerFilters {
  lapas_id?: string
  order_id?: string
  account?: string
  kind?: string
  /** One channel's entries (online or a kind of venue). */
  channel?: string
  /** Goods or services only. */
  line_kind?: string
  /** Inclusive lower bound (booked_at). */
  from?: Date
  /** Exclusive upper bound (booked_at). */
  to?: Date
}

async function closedMonthAt(manager: Manager, lapasId: string, at: Date): Promise<string | null> {
  const rows = await manager.execute(
    `SELECT month FROM ${CLOSED_PERIOD_TABLE}
      WHERE deleted_at IS NULL AND lapas_id = ? AND start_at <= ?::timestamptz AND end_at > ?::timestamptz
      LIMIT 1`,
    [lapasId, at.toISOString(), at.toISOString()]
  )
  return rows[0]?.month ?? null
}

/** Entries one INSERT writes at most (27 bindings each; PostgreSQL allows 65,535 per statement). */
const INSERT_BATCH = 500

const ENTRY_COLUMNS = `(id, order_id, line_item_id, lapas_id, account, amount, raw_amount, kind, reference_id,
   idempotency_key, policy_id, capital_bp, premi_bp, pnbp_bp, unit_cost, raw_unit_cost,
   quantity, revenue, raw_revenue, paid, raw_paid, reason, created_by, created_at, booked_at,
   channel, line_kind)`
const ENTRY_VALUES = `(?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?,
   clock_timestamp(), COALESCE(?::timestamptz, clock_timestamp()), ?, ?)`

/**
 * Inserts entries in one statement, in the order given, each once: ON CONFLICT (idempotency_key)
 * DO NOTHING. Each row is stamped with the clock time of its own insert (clock_timestamp() is
 * evaluated row by row), and the chain trigger links the rows in the same order (a row-level
 * BEFORE trigger sees the rows the statement inserted before it). Returns the ids written.
 */
async function insertEntries(manager: Manager, entries: NewEntry[]): Promise<{ id: string }[]> {
  if (!entries.length) return []
  const { sql, params } = entryInsertStatement(withEntryIds(entries))
  return await manager.execute(sql, params)
}

/** Entries with the ids they will be written with (`sle_…`), so a caller can refer to them before the insert. */
export function withEntryIds<T extends NewEntry>(entries: T[]): (T & { id: string })[] {
  return entries.map((entry) => ({ ...entry, id: generateEntityId(undefined, "sle") }))
}

/**
 * The statement insertEntries runs (at most INSERT_BATCH entries): `INSERT … VALUES … ON CONFLICT
 * (idempotency_key) DO NOTHING RETURNING id, booked_at`, with `?` bindings. For a caller that
 * writes the entries inside a larger statement of its own transaction (a data-modifying WITH),
 * having taken bookEntries' locks in bookEntries' order and refused closed months first.
 */
export function entryInsertStatement(entries: (NewEntry & { id: string })[]): { sql: string; params: unknown[] } {
  const params: unknown[] = []
  for (const entry of entries) {
    params.push(
      entry.id,
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
      entry.booked_at ? entry.booked_at.toISOString() : null,
      entry.channel ?? DEFAULT_ORIGIN.channel,
      entry.line_kind ?? DEFAULT_ORIGIN.line_kind
    )
  }
  return {
    sql: `INSERT INTO ${LEDGER_TABLE} ${ENTRY_COLUMNS}
     VALUES ${entries.map(() => ENTRY_VALUES).join(", ")}
     ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING
     RETURNING id, booked_at`,
    params,
  }
}

/**
 * Takes transaction-level advisory locks one after the other, in the order given, in one round
 * trip (the target list is evaluated row by row after the ORDER BY). Keys go as one JSON
 * parameter: the module's manager inlines parameters, and would spread a JS array into a list.
 */
export async function takeLocksInOrder(manager: Manager, locks: { key: string; shared: boolean }[]) {
  if (!locks.length) return
  const { sql, params } = locksStatement(locks)
  await manager.execute(sql, params)
}

/** takeLocksInOrder's statement (`?` bindings), for a caller that sends it with others. */
export function locksStatement(locks: { key: string; shared: boolean }[]): { sql: string; params: unknown[] } {
  return {
    sql: `SELECT CASE WHEN (l.lock ->> 'shared')::boolean
                 THEN pg_advisory_xact_lock_shared(hashtextextended(l.lock ->> 'key', 0))
                 ELSE pg_advisory_xact_lock(hashtextextended(l.lock ->> 'key', 0)) END
       FROM jsonb_array_elements(?::jsonb) WITH ORDINALITY AS l (lock, n)
      ORDER BY l.n`,
    params: [JSON.stringify(locks)],
  }
}

/**
 * Inside a booking's transaction, after the caller took each lapas's period lock (shared) and
 * before anything is written: refuses the whole booking when an entry's booked_at (now when it
 * has none) falls in a closed month of its lapas. One query for every (lapas, date) of the booking.
 */
async function refuseClosedMonths(manager: Manager, entries: NewEntry[]) {
  const check = closedMonthCheck(entries)
  if (!check) return
  const rows = await manager.execute(check.sql, check.params)
  if (rows.length) throw closedMonthRefusal(rows[0].month)
}

/** The refusal of a booking into a closed month (refuseClosedMonths). */
export function closedMonthRefusal(month: string) {
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `${closedMonthMessage(month)} Nothing of this booking was written.`
  )
}

/**
 * refuseClosedMonths' query: the first closed month (column `month`) any entry's (lapas,
 * booked_at or now) falls in, no row when none; null when no entry has a lapas. Run it after the
 * lapas's period locks are taken (a subquery of a caller's own read is fine).
 */
export function closedMonthCheck(entries: NewEntry[]): { sql: string; params: unknown[] } | null {
  const checks = new Map<string, { lapas_id: string; at: string | null }>()
  for (const entry of entries) {
    if (!entry.lapas_id) continue
    const at = entry.booked_at ? entry.booked_at.toISOString() : null
    checks.set(`${entry.lapas_id}|${at}`, { lapas_id: entry.lapas_id, at })
  }
  if (!checks.size) return null
  return {
    sql: `SELECT c.month
       FROM jsonb_to_recordset(?::jsonb) AS x (lapas_id text, at timestamptz)
       JOIN ${CLOSED_PERIOD_TABLE} c
         ON c.deleted_at IS NULL AND c.lapas_id = x.lapas_id
        AND c.start_at <= COALESCE(x.at, clock_timestamp())
        AND c.end_at > COALESCE(x.at, clock_timestamp())
      ORDER BY c.month
      LIMIT 1`,
    params: [JSON.stringify([...checks.values()])],
  }
}

/**
 * The advisory locks a booking of `orderId`'s `entries` takes, in the order bookEntries takes
 * them: the order's, then each lapas's period lock (shared) and the ledger chain's lock of each
 * lapas (the chain trigger's), sorted. A caller that books in its own transaction takes these
 * (takeLocksInOrder), with any lock of its own after the order's.
 */
export function bookingLocks(orderId: string, entries: NewEntry[], afterOrderLock: { key: string; shared: boolean }[] = []) {
  const lapasIds = [...new Set(entries.map((entry) => entry.lapas_id).filter((id): id is string => !!id))].sort()
  const chainKeys = [...new Set(entries.map((entry) => entry.lapas_id ?? ""))].sort()
  return [
    { key: orderLockKey(orderId), shared: false },
    ...afterOrderLock,
    ...lapasIds.map((id) => ({ key: periodLockKey(id), shared: true })),
    ...chainKeys.map((key) => ({ key: `kb_chain:${LEDGER_TABLE}:${key}`, shared: false })),
  ]
}

export function ledgerWhere(filters: LedgerFilters) {
  const clauses = ["deleted_at IS NULL"]
  const params: unknown[] = []
  for (const field of ["lapas_id", "order_id", "account", "kind", "channel", "line_kind"] as const) {
    if (filters[field] !== undefined) {
      clauses.push(`${field} = ?`)
      params.push(filters[field])
    }
  }
  if (filters.from) {
    clauses.push(`booked_at >= ?`)
    params.push(filters.from)
  }
  if (filters.to) {
    clauses.push(`booked_at < ?`)
    params.push(filters.to)
  }
  return { where: clauses.join(" AND "), params }
}

export default ProfitShareModuleService
