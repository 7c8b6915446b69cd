import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sendOrderEmail, type OrderEmailRequest } from "../../../lib/notifications/send-order-email"

/**
 * Emails the buyer (sendOrderEmail); `null` sends nothing. Never fails: a message that could not
 * be sent is logged and left to the retry job, and nothing sent can be taken back.
 */
export const sendOrderEmailStep = createStep(
  "notify-send-order-email",
  async (input: OrderEmailRequest | null, { container }) =>
    new StepResponse(input ? await sendOrderEmail(container, input) : "skipped")
)
