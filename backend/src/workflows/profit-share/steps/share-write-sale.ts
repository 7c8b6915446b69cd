import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import { saleEntries } from "../../../modules/profit-share/booking"
import type ProfitShareModuleService from "../../../modules/profit-share/service"
import type { BookingResult } from "../../../modules/profit-share/service"
import type { SalePlan } from "./share-load-sale"

export type SaleBookingResult = BookingResult & { booked: boolean; reason?: string }

/**
 * Writes a sale's entries: the lines of every paid part in one transaction, each entry once
 * (idempotency key). Nothing to compensate: the write is atomic, and it is the last step.
 */
export const writeSaleSharesStep = createStep(
  "share-write-sale",
  async (
    input: { plan: SalePlan; payment_id?: string | null; fail_after_entries?: number },
    { container }
  ) => {
    const { plan } = input
    if (!plan.book) {
      return new StepResponse<SaleBookingResult>({
        inserted: 0,
        existing: 0,
        skipped: true,
        booked: false,
        reason: plan.reason,
      })
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
    return new StepResponse<SaleBookingResult>({ ...result, booked: true })
  }
)
