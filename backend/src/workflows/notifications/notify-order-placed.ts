import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { orderEmailKey } from "../../lib/notifications/send-order-email"
import { sendOrderEmailStep } from "./steps/notify-send-order-email"

/** Tells the buyer the order arrived, with the transfer instructions when paying by transfer. */
export const notifyOrderPlacedWorkflow = createWorkflow(
  "notify-order-placed",
  (input: { order_id: string; trigger: string }) => {
    const request = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      event: { kind: "order-placed" as const },
      idempotency_key: orderEmailKey("order-placed", input.order_id),
      trigger: input.trigger,
    }))
    return new WorkflowResponse(sendOrderEmailStep(request))
  }
)
