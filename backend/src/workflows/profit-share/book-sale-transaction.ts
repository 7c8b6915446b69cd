import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import type { NewEntry } from "../../modules/profit-share/booking"
import {
  bookingLocks,
  closedMonthCheck,
  closedMonthRefusal,
  entryInsertStatement,
  LEDGER_TABLE,
  locksStatement,
  withEntryIds,
  type BookingResult,
} from "../../modules/profit-share/service"
import { lineBatchesSql, premiAllocationPlanner, type PlannedAllocation } from "../premi/steps/premi-allocate"

type Row = Record<string, any>

/** What this file uses of knex (Medusa's PG_CONNECTION). */
interface Knex {
  raw(sql: string, bindings: readonly unknown[]): { toQuery(): string }
  client: { acquireConnection(): Promise<unknown>; releaseConnection(connection: unknown): Promise<unknown> }
}

export interface SaleTransactionResult extends BookingResult {
  /** Premi allocations written with the entries (0 when `premi` was false). */
  allocated: number
  /** Lines with premi but no makers (left unallocated, as allocateOrderPremi leaves them). */
  unallocated_lines: string[]
}

/** The advisory lock key of an order's premi allocations (the premi module's allocateOrder takes the same). */
const premiOrderLockKey = (orderId: string) => `premi:order:${orderId}`

/**
 * Everything the transaction reads, in one statement after its locks: the order's ledger entries
 * (their keys, and what premi allocation needs of the premi ones), its premi allocations, the
 * batches and makers of the lines that have or will have premi, and the first closed month an
 * entry would fall in.
 */
function readSql(closedCheck: string | null) {
  return `
  SELECT
    (SELECT COALESCE(json_agg(json_build_object(
              'id', e.id, 'idempotency_key', e.idempotency_key, 'account', e.account,
              'line_item_id', e.line_item_id, 'lapas_id', e.lapas_id, 'kind', e.kind,
              'amount', e.amount::text, 'booked_at', e.booked_at, 'created_at', e.created_at
            ) ORDER BY e.created_at, e.id), '[]')
       FROM ${LEDGER_TABLE} e WHERE e.order_id = ? AND e.deleted_at IS NULL) AS entries,
    (SELECT COALESCE(json_agg(json_build_object(
              'ledger_entry_id', a.ledger_entry_id, 'line_item_id', a.line_item_id,
              'batch_id', a.batch_id, 'inmate_id', a.inmate_id, 'amount', a.amount::text
            ) ORDER BY a.created_at, a.id), '[]')
       FROM premi_allocation a WHERE a.order_id = ? AND a.deleted_at IS NULL) AS allocations,
    (SELECT COALESCE(json_agg(lb), '[]') FROM (${lineBatchesSql(`
        SELECT jsonb_array_elements_text(?::jsonb)
        UNION SELECT e.line_item_id FROM ${LEDGER_TABLE} e
               WHERE e.order_id = ? AND e.account = 'premi' AND e.deleted_at IS NULL`)}) lb) AS line_batches,
    ${closedCheck ? `(${closedCheck})` : "NULL::text"} AS closed_month`
}

/**
 * The allocations as the INSERT's recordset (one JSON parameter). An allocation of an entry this
 * transaction writes (`fresh`) is kept only when that entry was written, and is dated like it.
 */
function allocationRecords(rows: PlannedAllocation[], fresh: Set<string>) {
  return JSON.stringify(
    rows.map((row) => ({
      id: generateEntityId(undefined, "palloc"),
      lapas_id: row.lapas_id,
      inmate_id: row.inmate_id,
      batch_id: row.batch_id,
      order_id: row.order_id,
      line_item_id: row.line_item_id,
      ledger_entry_id: row.ledger_entry_id,
      kind: row.kind,
      amount: row.amount.toString(),
      raw_amount: { value: row.amount.toString(), precision: 20 },
      booked_at: fresh.has(row.ledger_entry_id) ? null : row.booked_at?.toISOString() ?? null,
      fresh: fresh.has(row.ledger_entry_id),
    }))
  )
}

/**
 * Books a sale's entries and allocates the order's premi in ONE transaction (what bookEntries
 * and then the premi module's allocateOrder did in two transactions of about twelve statements),
 * sent to PostgreSQL in two round trips on one pooled connection:
 *
 * 1. `BEGIN`; the locks, in bookEntries' order — the order's booking lock, then the order's premi
 *    lock (allocateOrder's), the period locks (shared) and the ledger chain's locks of the
 *    entries' lapas; then one read (readSql) of what both need, which sees everything committed
 *    before the locks were granted (each statement of a READ COMMITTED transaction reads anew);
 * 2. one statement that writes the new entries (bookEntries' INSERT: ON CONFLICT
 *    (idempotency_key) DO NOTHING, the chain trigger links them) and, in a data-modifying WITH,
 *    their allocations and any the order's earlier premi entries lack (ON CONFLICT DO NOTHING,
 *    only for entries actually written); then `COMMIT`: one WAL flush for both.
 *
 * Each round trip is several statements in one simple-protocol query, so their parameters are
 * inlined as literals by knex (`raw(...).toQuery()`, its escaping of PostgreSQL strings), as the
 * modules' MikroORM manager does with every statement. Same rules as bookEntries: entries already
 * on the ledger (by idempotency key) are not written again; a closed month refuses the whole
 * booking (NOT_ALLOWED, nothing written); any failure rolls back everything. With `premi: false`
 * no allocation is written (bookSaleWithPremi's fallback when the combined write failed: the
 * repair's unallocated_premi finds what is missing).
 */
export async function bookSaleInOneTransaction(
  container: MedusaContainer,
  input: { order_id: string; entries: NewEntry[]; premi: boolean }
): Promise<SaleTransactionResult> {
  const { order_id: orderId } = input
  const entries = withEntryIds(input.entries)
  if (!entries.length) return { inserted: 0, existing: 0, skipped: false, allocated: 0, unallocated_lines: [] }
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
  const inline = (statement: { sql: string; params: unknown[] }) => knex.raw(statement.sql, statement.params).toQuery()
  const premiLines = [...new Set(entries.filter((e) => e.account === "premi").map((e) => e.line_item_id))]
  const closed = closedMonthCheck(entries)
  const locks = locksStatement(
    bookingLocks(orderId, entries, input.premi ? [{ key: premiOrderLockKey(orderId), shared: false }] : [])
  )
  const read = {
    sql: readSql(closed?.sql ?? null),
    params: [
      orderId,
      orderId,
      JSON.stringify(input.premi ? premiLines : []),
      input.premi ? orderId : "",
      ...(closed?.params ?? []),
    ],
  }

  return await onOneConnection(knex, async (query) => {
    // 1. BEGIN, the locks, the read.
    const results = await query(`BEGIN;\n${inline(locks)};\n${inline(read)}`)
    const [state] = results[results.length - 1].rows
    if (state.closed_month) throw closedMonthRefusal(state.closed_month)
    const booked = state.entries as Row[]
    const bookedKeys = new Set(booked.map((e) => e.idempotency_key as string))
    const fresh = entries.filter((e) => !bookedKeys.has(e.idempotency_key))

    let planned: PlannedAllocation[] = []
    let unallocated: string[] = []
    if (input.premi) {
      const premiEntries: Row[] = [
        ...booked.filter((e) => e.account === "premi"),
        ...fresh
          .filter((e) => e.account === "premi")
          .map((e) => ({
            id: e.id,
            line_item_id: e.line_item_id,
            lapas_id: e.lapas_id,
            kind: e.kind,
            amount: e.amount.toString(),
            booked_at: e.booked_at ? e.booked_at.toISOString() : null,
            created_at: null,
          })),
      ]
      const planner = premiAllocationPlanner(orderId, premiEntries, state.line_batches as Row[])
      planned = planner.compute(
        (state.allocations as Row[]).map((a) => ({
          ledger_entry_id: a.ledger_entry_id,
          line_item_id: a.line_item_id,
          batch_id: a.batch_id,
          inmate_id: a.inmate_id,
          amount: BigInt(a.amount),
        }))
      )
      unallocated = [...planner.unallocated]
    }
    if (!fresh.length && !planned.length) {
      await query(`COMMIT`)
      return { inserted: 0, existing: entries.length, skipped: false, allocated: 0, unallocated_lines: unallocated }
    }

    // 2. The entries and their allocations, COMMIT.
    const insert = fresh.length
      ? entryInsertStatement(fresh)
      : { sql: `SELECT NULL::text AS id, NULL::timestamptz AS booked_at WHERE false`, params: [] }
    const write = {
      sql: `WITH ins AS (${insert.sql}),
       alloc AS (
         INSERT INTO premi_allocation
           (id, lapas_id, inmate_id, batch_id, order_id, line_item_id, ledger_entry_id, kind, amount, raw_amount, booked_at)
         SELECT v.id, v.lapas_id, v.inmate_id, v.batch_id, v.order_id, v.line_item_id, v.ledger_entry_id, v.kind,
                v.amount, v.raw_amount, COALESCE(v.booked_at, ins.booked_at)
           FROM jsonb_to_recordset(?::jsonb) AS v (id text, lapas_id text, inmate_id text, batch_id text, order_id text,
                  line_item_id text, ledger_entry_id text, kind text, amount numeric, raw_amount jsonb,
                  booked_at timestamptz, fresh boolean)
           LEFT JOIN ins ON ins.id = v.ledger_entry_id
          WHERE NOT v.fresh OR ins.id IS NOT NULL
         ON CONFLICT (ledger_entry_id, inmate_id, batch_id) WHERE deleted_at IS NULL DO NOTHING
         RETURNING id)
       SELECT (SELECT count(*) FROM ins)::int AS inserted, (SELECT count(*) FROM alloc)::int AS allocated`,
      params: [...insert.params, allocationRecords(planned, new Set(fresh.map((e) => e.id)))],
    }
    const [written] = (await query(`${inline(write)};\nCOMMIT`))[0].rows
    return {
      inserted: written.inserted,
      existing: entries.length - written.inserted,
      skipped: false,
      allocated: written.allocated,
      unallocated_lines: unallocated,
    }
  })
}

/** A pooled connection of node-postgres, as knex hands it out. */
interface Connection {
  query(text: string): Promise<{ rows: any[] } | { rows: any[] }[]>
}

/**
 * Runs `work` on one connection of knex's pool, sending whole scripts (several statements, no
 * bindings: PostgreSQL's simple protocol) and getting one result per statement. When `work`
 * fails the transaction it may have left open is rolled back; a connection that cannot even do
 * that is marked for knex to destroy instead of handing it out again.
 */
async function onOneConnection<T>(knex: Knex, work: (query: (script: string) => Promise<{ rows: any[] }[]>) => Promise<T>) {
  const connection = (await knex.client.acquireConnection()) as Connection & { __knex__disposed?: unknown }
  const query = async (script: string) => {
    const result = await connection.query(script)
    return Array.isArray(result) ? result : [result]
  }
  try {
    return await work(query)
  } catch (error) {
    try {
      await connection.query("ROLLBACK")
    } catch (rollback) {
      connection.__knex__disposed = rollback
    }
    throw error
  } finally {
    await knex.client.releaseConnection(connection)
  }
}
