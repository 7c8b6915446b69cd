import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import { saleEntries } from "../../../modules/profit-share/booking"
import type ProfitShareModuleService from "../../../modules/profit-share/service"
import type { BookingResult } from "../../../modules/profit-share/service"
import type { SalePlan } from "./share-load-sale"
import { moneyLog } from "../../../lib/logging/money-log"
import type { NewEntry } from "../../../modules/profit-share/booking"
import { bookSaleInOneTransaction } from "../book-sale-transaction"
import { allocateOrderPremiAfterBooking, logPremiAllocated } from "../../premi/steps/premi-allocate"

export type SaleBookingResult = BookingResult & { booked: boolean; reason?: string }

/** The plan's lines with their amounts as bigint and dates as Date (what saleEntries takes). */
function saleLinesOf(plan: SalePlan) {
  return plan.lines.map((line) => ({
    ...line,
    revenue: BigInt(line.revenue),
    paid: BigInt(line.paid),
    unit_cost: BigInt(line.unit_cost),
    booked_at: line.booked_at ? new Date(line.booked_at) : null,
  }))
}

/** The ledger entries of a sale plan (none when it books nothing): what writeSaleShares writes. */
export function saleEntriesOf(plan: SalePlan, paymentId: string | null): NewEntry[] {
  return plan.book ? saleEntries(plan.order_id, paymentId, saleLinesOf(plan)) : []
}

/**
 * Writes a sale's entries: the lines of every paid part in one transaction, each entry once
 * (idempotency key), with the premi allocation of the order's premi entries in the same
 * transaction (bookSaleInOneTransaction). Nothing to compensate: the write is atomic.
 */
export async function writeSaleShares(
  container: MedusaContainer,
  input: { plan: SalePlan; payment_id?: string | null; fail_after_entries?: number }
): Promise<SaleBookingResult> {
  const { plan } = input
  if (!plan.book) {
    moneyLog(container, "shares.booked", {
      order_id: plan.order_id,
      payment_id: input.payment_id ?? null,
      outcome: `skipped: ${plan.reason}`,
    })
    return { inserted: 0, existing: 0, skipped: true, booked: false, reason: plan.reason }
  }
  const entries = saleEntriesOf(plan, input.payment_id ?? null)
  let result: BookingResult
  if (input.fail_after_entries !== undefined) {
    // The test hook (entries written one at a time, failing part way) is bookEntries'.
    const profitShare: ProfitShareModuleService = container.resolve(PROFIT_SHARE_MODULE)
    result = await profitShare.bookEntries(plan.order_id, () => entries, { failAfterEntries: input.fail_after_entries })
    await allocateOrderPremiAfterBooking(container, plan.order_id)
  } else {
    result = await bookSaleWithPremi(container, plan.order_id, entries)
  }
  const lapasIds = [...new Set(plan.lines.map((line) => line.lapas_id).filter(Boolean))]
  moneyLog(container, "shares.booked", {
    order_id: plan.order_id,
    payment_id: input.payment_id ?? null,
    // One lapas: its id; several: each line carries its own on the ledger.
    lapas_id: lapasIds.length === 1 ? lapasIds[0] : null,
    lapas_count: lapasIds.length,
    amount: plan.lines.reduce((sum, line) => sum + BigInt(line.revenue), 0n).toString(),
    lines: plan.lines.length,
    inserted: result.inserted,
    existing: result.existing,
    outcome: result.inserted > 0 ? "booked" : "nothing_new",
  })
  return { ...result, booked: true }
}

export const writeSaleSharesStep = createStep(
  "share-write-sale",
  async (input: { plan: SalePlan; payment_id?: string | null; fail_after_entries?: number }, { container }) =>
    new StepResponse<SaleBookingResult>(await writeSaleShares(container, input))
)

/**
 * The sale's entries and the order's premi allocations in one transaction. When that fails for
 * any reason but a refusal (a closed month), the entries are written again without allocations,
 * so a fault in premi allocation never stops a sale from being booked (as when allocation ran
 * after the booking): the failure is logged, and allocatePremiWorkflow, the order's next booking
 * or the repair's unallocated_premi allocates what is missing. A failure of that write throws.
 */
async function bookSaleWithPremi(container: MedusaContainer, orderId: string, entries: NewEntry[]): Promise<BookingResult> {
  let booked
  try {
    booked = await bookSaleInOneTransaction(container, { order_id: orderId, entries, premi: true })
  } catch (error) {
    if (MedusaError.isMedusaError(error) && (error as MedusaError).type === MedusaError.Types.NOT_ALLOWED) throw error
    moneyLog(container, "premi.allocated", { order_id: orderId, outcome: `failed: ${(error as Error).message}` }, "error")
    booked = await bookSaleInOneTransaction(container, { order_id: orderId, entries, premi: false })
    return { inserted: booked.inserted, existing: booked.existing, skipped: false }
  }
  logPremiAllocated(container, orderId, booked.allocated, booked.unallocated_lines)
  return { inserted: booked.inserted, existing: booked.existing, skipped: false }
}
