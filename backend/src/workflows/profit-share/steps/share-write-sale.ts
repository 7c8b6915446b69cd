import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import { saleEntries } from "../../../modules/profit-share/booking"
import type ProfitShareModuleService from "../../../modules/profit-share/service"
import type { BookingResult } from "../../../modules/profit-share/service"
import type { SalePlan } from "./share-load-sale"
import { moneyLog } from "../../../lib/logging/money-log"

export type SaleBookingResult = BookingResult & { booked: boolean; reason?: string }

/**
 * Writes a sale's entries: the lines of every paid part in one transaction, each entry once
 * (idempotency key). Nothing to compensate: the write is atomic, and it is the last step.
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
  const profitShare: ProfitShareModuleService = container.resolve(PROFIT_SHARE_MODULE)
  const lines = plan.lines.map((line) => ({
    ...line,
    revenue: BigInt(line.revenue),
    paid: BigInt(line.paid),
    unit_cost: BigInt(line.unit_cost),
    booked_at: line.booked_at ? new Date(line.booked_at) : null,
  }))
  const result = await profitShare.bookEntries(
    plan.order_id,
    () => saleEntries(plan.order_id, input.payment_id ?? null, lines),
    { failAfterEntries: input.fail_after_entries }
  )
  const lapasIds = [...new Set(plan.lines.map((line) => line.lapas_id).filter(Boolean))]
  moneyLog(container, "shares.booked", {
    order_id: plan.order_id,
    payment_id: input.payment_id ?? null,
    // One lapas: its id; several: each line carries its own on the ledger.
    lapas_id: lapasIds.length === 1 ? lapasIds[0] : null,
    lapas_count: lapasIds.length,
    amount: lines.reduce((sum, line) => sum + line.revenue, 0n).toString(),
    lines: lines.length,
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
