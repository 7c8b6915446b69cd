import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { PREMI_MODULE } from "../../../modules/premi"
import { allocateLine, lineMakers, type ExistingAllocation } from "../../../modules/premi/allocate"
import type PremiModuleService from "../../../modules/premi/service"
import type { NewAllocationRow } from "../../../modules/premi/service"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import type ProfitShareModuleService from "../../../modules/profit-share/service"
import { moneyLog } from "../../../lib/logging/money-log"

type Row = Record<string, any>

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
  const profitShare: ProfitShareModuleService = container.resolve(PROFIT_SHARE_MODULE)
  const production: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
  const premi: PremiModuleService = container.resolve(PREMI_MODULE)

  const entries = ((await profitShare.listLedgerEntries({ order_id: orderId, account: "premi" } as any)) as Row[]).sort(
    (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
  if (!entries.length) {
    moneyLog(container, "premi.allocated", { order_id: orderId, inserted: 0, outcome: "nothing_new: no premi entries" })
    return { order_id: orderId, inserted: 0, unallocated_lines: [] }
  }

  const lineIds = [...new Set(entries.map((e) => e.line_item_id as string))]
  const lineBatches = (await production.listProductionLineBatches({ line_item_id: lineIds })) as Row[]
  const batchIds = [...new Set(lineBatches.map((lb) => lb.batch_id as string))]
  const [batches, work] = batchIds.length
    ? await Promise.all([
        production.listProductionBatches({ id: batchIds }, { select: ["id", "lapas_id", "produced_on", "created_at"] }),
        production.listBatchMakers({ batch_id: batchIds } as any, { select: ["id", "batch_id", "inmate_id", "work_units"] }),
      ])
    : [[], []]
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
  const workRows = (work as Row[]).map((w) => ({
    batch_id: (w.batch_id ?? w.batch?.id) as string,
    inmate_id: (w.inmate_id ?? w.inmate?.id) as string,
    work_units: Number(w.work_units),
  }))

  const unallocated: string[] = []
  const result = await premi.allocateOrder(orderId, (existing) => {
    const rows: NewAllocationRow[] = []
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
          booked_at: accountingDateOf(entry),
        })
      }
    }
    return rows
  })
  moneyLog(container, "premi.allocated", {
    order_id: orderId,
    inserted: result.inserted,
    unallocated_lines: unallocated.length ? unallocated : undefined,
    outcome: result.inserted > 0 ? "allocated" : "nothing_new",
  })
  return { order_id: orderId, inserted: result.inserted, unallocated_lines: unallocated }
}

/**
 * The last step of the booking workflows (sale, refund, correction). A failure is logged and
 * does not undo the booking (the ledger is already written and append-only): running
 * allocatePremiWorkflow again, or the order's next booking, allocates what is missing.
 */
export const allocatePremiStep = createStep(
  "premi-allocate",
  async (input: { order_id: string }, { container }) => {
    try {
      return new StepResponse(await allocateOrderPremi(container, input.order_id))
    } catch (error) {
      // The booking stands; the repair job (or the order's next booking) allocates what is missing.
      moneyLog(
        container,
        "premi.allocated",
        { order_id: input.order_id, outcome: `failed: ${(error as Error).message}` },
        "error"
      )
      return new StepResponse({ order_id: input.order_id, inserted: 0, unallocated_lines: [] } as AllocatePremiResult)
    }
  }
)
