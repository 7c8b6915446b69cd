import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { PREMI_MODULE } from "../../../modules/premi"
import { allocateLine, lineMakers, type ExistingAllocation } from "../../../modules/premi/allocate"
import type PremiModuleService from "../../../modules/premi/service"
import type { NewAllocationRow } from "../../../modules/premi/service"
import { sqlOf } from "../../../lib/sql"
import { moneyLog } from "../../../lib/logging/money-log"

type Row = Record<string, any>

/**
 * The batches (with their makers) the units of some lines came from: `lineIds` is a subquery
 * giving the line ids. One row per (line, batch): line_item_id, batch_id, quantity (text),
 * found_batch_id (null when the batch is gone), lapas_id, produced_on, created_at, makers (json:
 * inmate_id, work_units, by maker id).
 */
export const lineBatchesSql = (lineIds: string) => `
  SELECT lb.line_item_id, lb.batch_id, lb.quantity::text AS quantity,
         b.id AS found_batch_id, b.lapas_id, b.produced_on, b.created_at,
         (SELECT COALESCE(json_agg(json_build_object('inmate_id', m.inmate_id, 'work_units', m.work_units) ORDER BY m.id), '[]')
            FROM production_batch_maker m WHERE m.batch_id = lb.batch_id AND m.deleted_at IS NULL) AS makers
    FROM production_line_batch lb
    LEFT JOIN production_batch b ON b.id = lb.batch_id AND b.deleted_at IS NULL
   WHERE lb.deleted_at IS NULL AND lb.line_item_id IN (${lineIds})`

/**
 * The accounting date of a ledger entry, the one place that decides it: `booked_at` (sale =
 * payment capture, refund = refund date, correction = when booked), `created_at` for an entry
 * written before booked_at existed.
 */
export function accountingDateOf(entry: Row): Date {
  return new Date(entry.booked_at ?? entry.created_at)
}

export interface AllocatePremiResult {
  order_id: string
  inserted: number
  /** Lines with premi on the ledger but no makers (their variant had no batch): left unallocated. */
  unallocated_lines: string[]
}

/**
 * Allocates every premi ledger entry of an order that is not allocated yet to the makers of the
 * batches its line's units came from (see the premi module README). Idempotent and safe to run
 * twice at once (advisory lock per order, ON CONFLICT DO NOTHING).
 */
export async function allocateOrderPremi(container: MedusaContainer, orderId: string): Promise<AllocatePremiResult> {
  const premi: PremiModuleService = container.resolve(PREMI_MODULE)
  const sql = sqlOf(container)

  // The order's premi entries, and the batches (with their makers) its premi lines' units came
  // from, in two statements at once (what the profit-share and production modules' list methods
  // would read in four).
  const [{ rows: entryRows }, { rows: lineBatchRows }] = await Promise.all([
    sql.raw(
      `SELECT id, line_item_id, lapas_id, kind, amount::text AS amount, booked_at, created_at
         FROM share_ledger_entry
        WHERE order_id = ? AND account = 'premi' AND deleted_at IS NULL
        ORDER BY created_at, id`,
      [orderId]
    ),
    sql.raw(
      lineBatchesSql(`SELECT e.line_item_id FROM share_ledger_entry e
                       WHERE e.order_id = ? AND e.account = 'premi' AND e.deleted_at IS NULL`),
      [orderId]
    ),
  ])
  const entries = entryRows as Row[]
  if (!entries.length) {
    moneyLog(container, "premi.allocated", { order_id: orderId, inserted: 0, outcome: "nothing_new: no premi entries" })
    return { order_id: orderId, inserted: 0, unallocated_lines: [] }
  }

  const { compute, unallocated } = premiAllocationPlanner(orderId, entries, lineBatchRows as Row[])
  const result = await premi.allocateOrder(orderId, (existing) =>
    compute(existing).map(({ entry, ...row }) => ({ ...row, booked_at: row.booked_at ?? accountingDateOf(entry) }))
  )
  logPremiAllocated(container, orderId, result.inserted, unallocated)
  return { order_id: orderId, inserted: result.inserted, unallocated_lines: unallocated }
}

/** The money log's line for an order's premi allocation (here, or in the sale's own transaction). */
export function logPremiAllocated(container: MedusaContainer, orderId: string, inserted: number, unallocated: string[]) {
  moneyLog(container, "premi.allocated", {
    order_id: orderId,
    inserted,
    unallocated_lines: unallocated.length ? unallocated : undefined,
    outcome: inserted > 0 ? "allocated" : "nothing_new",
  })
}

/** An allocation to write, with the premi entry it allocates (booked_at null: the entry's, once written). */
export type PlannedAllocation = Omit<NewAllocationRow, "booked_at"> & { booked_at: Date | null; entry: Row }

/**
 * How an order's premi entries are shared among their makers (pure, from what was read):
 * `entries` are the order's premi ledger entries in booking order (id, line_item_id, lapas_id,
 * kind, amount, booked_at, created_at; a not yet written entry has booked_at null when it is
 * dated by its insert), `lineBatches` the batches of their lines with their makers (the rows of
 * lineBatchesSql). `compute` gets the order's allocations as they are (read under the order's
 * premi lock) and returns what is still to write; `unallocated` collects, as compute runs, the
 * lines with premi but no makers.
 */
export function premiAllocationPlanner(orderId: string, entries: Row[], lineBatches: Row[]) {
  const lineIds = [...new Set(entries.map((e) => e.line_item_id as string))]
  const batchById = new Map<string, Row>()
  const work: Row[] = []
  for (const row of lineBatches) {
    if (batchById.has(row.batch_id)) continue
    batchById.set(row.batch_id, row)
    for (const maker of row.makers as Row[]) work.push({ batch_id: row.batch_id, ...maker })
  }
  const batches = [...batchById.values()]
    .filter((b) => b.found_batch_id)
    .map((b) => ({ id: b.batch_id, lapas_id: b.lapas_id, produced_on: b.produced_on, created_at: b.created_at }))
  // FIFO order of the batches: the order the units were taken in.
  const rank = new Map(
    (batches as Row[])
      .sort(
        (a, b) =>
          new Date(a.produced_on).getTime() - new Date(b.produced_on).getTime() ||
          new Date(a.created_at).getTime() - new Date(b.created_at).getTime() ||
          (a.id < b.id ? -1 : 1)
      )
      .map((b, i) => [b.id as string, i])
  )
  const batchLapas = new Map((batches as Row[]).map((b) => [b.id as string, b.lapas_id as string]))
  const workRows = work.map((w) => ({
    batch_id: w.batch_id as string,
    inmate_id: w.inmate_id as string,
    work_units: Number(w.work_units),
  }))

  const unallocated: string[] = []
  const compute = (existing: (ExistingAllocation & { line_item_id: string })[]): PlannedAllocation[] => {
    unallocated.length = 0
    const rows: PlannedAllocation[] = []
    for (const lineId of lineIds) {
      const units = lineBatches
        .filter((lb) => lb.line_item_id === lineId)
        .sort((a, b) => (rank.get(a.batch_id) ?? 0) - (rank.get(b.batch_id) ?? 0))
        .map((lb) => ({ batch_id: lb.batch_id as string, quantity: Number(lb.quantity) }))
      const makers = lineMakers(units, workRows)
      const lineEntries = entries.filter((e) => e.line_item_id === lineId)
      if (!makers.length) {
        if (lineEntries.some((e) => toRupiahBigInt(e.raw_amount ?? e.amount) !== 0n)) unallocated.push(lineId)
        continue
      }
      const byId = new Map(lineEntries.map((e) => [e.id as string, e]))
      const mine: ExistingAllocation[] = existing.filter((a) => a.line_item_id === lineId)
      const fresh = allocateLine(
        lineEntries.map((e) => ({ id: e.id as string, amount: toRupiahBigInt(e.raw_amount ?? e.amount) })),
        makers,
        mine
      )
      for (const a of fresh) {
        const entry = byId.get(a.ledger_entry_id)!
        rows.push({
          lapas_id: (entry.lapas_id as string | null) ?? batchLapas.get(a.batch_id)!,
          inmate_id: a.inmate_id,
          batch_id: a.batch_id,
          order_id: orderId,
          line_item_id: lineId,
          ledger_entry_id: a.ledger_entry_id,
          kind: entry.kind,
          amount: a.amount,
          // Its accounting date; null for an entry not written yet (dated by its insert).
          booked_at: entry.booked_at || entry.created_at ? accountingDateOf(entry) : null,
          entry,
        })
      }
    }
    return rows
  }
  return { compute, unallocated }
}

/**
 * allocateOrderPremi at the end of a booking (sale, refund, correction: the booking workflows' last
 * step, and bookOrderShares). A failure is logged and does not undo the booking (the ledger is already written and append-only): running
 * allocatePremiWorkflow again, or the order's next booking, allocates what is missing.
 */
export async function allocateOrderPremiAfterBooking(container: MedusaContainer, orderId: string): Promise<AllocatePremiResult> {
  try {
    return await allocateOrderPremi(container, orderId)
  } catch (error) {
    // The booking stands; the repair job (or the order's next booking) allocates what is missing.
    moneyLog(container, "premi.allocated", { order_id: orderId, outcome: `failed: ${(error as Error).message}` }, "error")
    return { order_id: orderId, inserted: 0, unallocated_lines: [] }
  }
}

export const allocatePremiStep = createStep(
  "premi-allocate",
  async (input: { order_id: string }, { container }) =>
    new StepResponse(await allocateOrderPremiAfterBooking(container, input.order_id))
)
