import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import { refundEntries } from "../../../modules/profit-share/booking"
import type ProfitShareModuleService from "../../../modules/profit-share/service"
import { moneyLog } from "../../../lib/logging/money-log"

/**
 * A refund's accounting date: the Medusa refund's created_at; null (booked now) when the id is
 * not a Medusa refund.
 */
async function refundCreatedAt(container: MedusaContainer, refundId: string): Promise<Date | null> {
  try {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "refund", fields: ["id", "created_at"], filters: { id: refundId } })
    const at = (data[0] as any)?.created_at
    return at ? new Date(at) : null
  } catch {
    return null
  }
}

/**
 * Writes one refund's reversing entries, computed inside the ledger transaction from what the
 * order's ledger holds at that moment; a refund already booked is left alone.
 */
export const writeRefundSharesStep = createStep(
  "share-write-refund",
  async (
    input: {
      order_id: string
      refund_id: string
      amount: string
      /** Per line: { amount } (rupiah, as a string) or { quantity } the refund is meant for. */
      targeted: Record<string, { amount?: string; quantity?: number }>
      /** The refund is for the targeted lines only (one part): nothing spreads to other lines. */
      targeted_only?: boolean
      fail_after_entries?: number
    },
    { container }
  ) => {
    const profitShare: ProfitShareModuleService = container.resolve(PROFIT_SHARE_MODULE)
    const bookedAt = await refundCreatedAt(container, input.refund_id)
    const targeted = new Map(
      Object.entries(input.targeted).map(([id, t]) => [
        id,
        { amount: t.amount === undefined ? undefined : BigInt(t.amount), quantity: t.quantity },
      ])
    )
    const result = await profitShare.bookEntries(
      input.order_id,
      (rows) =>
        refundEntries(input.order_id, input.refund_id, BigInt(input.amount), rows, targeted, bookedAt, !!input.targeted_only),
      {
        failAfterEntries: input.fail_after_entries,
        onceForReference: { kind: "refund", reference_id: input.refund_id },
      }
    )
    moneyLog(container, "shares.reversed", {
      order_id: input.order_id,
      refund_id: input.refund_id,
      amount: input.amount,
      lines_only: !!input.targeted_only,
      inserted: result.inserted,
      existing: result.existing,
      outcome: result.skipped ? "already_booked" : result.inserted > 0 ? "reversed" : "nothing_new",
    })
    return new StepResponse(result)
  }
)
