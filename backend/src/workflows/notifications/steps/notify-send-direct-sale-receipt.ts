import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliverNotification } from "../../../lib/notifications/deliver"
import { DIRECT_SALE_RECEIPT_TEMPLATE, directSaleReceiptEmailKey } from "../../../lib/notifications/direct-sale-receipt-email"
import type { DirectSaleReceiptEmail } from "./notify-load-direct-sale-receipt"

/**
 * Sends the receipt e-mail through the Notification Module ("email" channel), once per sale (its
 * idempotency key). Never fails: a message that could not be sent stays marked failed for the
 * retry job; `null` sends nothing.
 */
export const sendDirectSaleReceiptStep = createStep(
  "notify-send-direct-sale-receipt",
  async (input: (DirectSaleReceiptEmail & { trigger: string }) | null, { container }) => {
    if (!input) return new StepResponse("skipped" as const)
    const outcome = await deliverNotification(container, {
      to: input.to,
      channel: "email",
      template: DIRECT_SALE_RECEIPT_TEMPLATE,
      content: input.content,
      data: { direct_sale_id: input.sale_id, locale: "id" },
      trigger_type: input.trigger,
      resource_id: input.sale_id,
      resource_type: "direct_sale",
      idempotency_key: directSaleReceiptEmailKey(input.sale_id),
    })
    return new StepResponse(outcome)
  }
)
