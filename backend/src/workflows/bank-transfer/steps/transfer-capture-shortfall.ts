import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sqlOf } from "../../../lib/sql"

export interface TransferCaptureShortfall {
  /** Whole rupiah the lapas confirmed on this payment that no capture took yet; 0 when none. */
  shortfall: number
  /** Why nothing can be captured although something is short (a canceled payment or order). */
  reason: string | null
}

/**
 * How much of a bank-transfer payment its lapas confirmed but was never captured: confirm-bank-
 * transfer records the confirmation, then captures; a server that stops between the two leaves the
 * confirmation without its capture (and, by the paid-parts rule, the order's parts unbooked). Reads
 * only; run under the order's bank-transfer lock so no confirmation is half-way meanwhile.
 */
export async function transferCaptureShortfall(
  container: MedusaContainer,
  paymentId: string,
  limit: number | null = null
): Promise<TransferCaptureShortfall> {
  const { rows } = await sqlOf(container).raw(
    `SELECT p.canceled_at IS NOT NULL AS canceled,
            EXISTS (SELECT 1 FROM transfer_confirmation tc JOIN "order" o ON o.id = tc.order_id
                     WHERE tc.payment_id = p.id AND o.status = 'canceled') AS order_canceled,
            (coalesce((SELECT sum(tc.amount) FROM transfer_confirmation tc WHERE tc.payment_id = p.id AND tc.deleted_at IS NULL), 0)
             - coalesce((SELECT sum(c.amount) FROM capture c WHERE c.payment_id = p.id AND c.deleted_at IS NULL), 0))::text AS shortfall
       FROM payment p
      WHERE p.id = ? AND p.deleted_at IS NULL`,
    [paymentId]
  )
  const row = rows[0] as { canceled: boolean; order_canceled: boolean; shortfall: string } | undefined
  if (!row) return { shortfall: 0, reason: "the payment does not exist" }
  const shortfall = Math.max(0, Number(row.shortfall))
  if (shortfall > 0 && row.canceled) return { shortfall: 0, reason: "the payment is canceled" }
  // Medusa cancels an order's payment only when nothing of it was captured; one partly captured stays.
  if (shortfall > 0 && row.order_canceled) return { shortfall: 0, reason: "the order is canceled" }
  return { shortfall: limit === null ? shortfall : Math.min(shortfall, limit), reason: null }
}

export const transferCaptureShortfallStep = createStep(
  "transfer-capture-shortfall",
  async (input: { payment_id: string; limit?: number | null }, { container }) =>
    new StepResponse(await transferCaptureShortfall(container, input.payment_id, input.limit ?? null))
)
