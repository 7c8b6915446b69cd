import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { orderEmailKey } from "../../lib/notifications/send-order-email"
import { sendOrderEmailStep } from "./steps/notify-send-order-email"

/**
 * Tells the buyer one lapas's part of the order was canceled on its own (cancel-order-part):
 * which part, why (unpaid by the due time, or canceled by the lapas with its reason), what is
 * refunded, and where the other parts stand. One message per part.
 */
export const notifyPartCanceledWorkflow = createWorkflow(
  "notify-part-canceled",
  (input: { order_id: string; lapas_id: string; trigger: string }) => {
    const outcome = sendOrderEmailStep(
      transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        event: { kind: "part-canceled" as const, lapas_id: input.lapas_id },
        idempotency_key: orderEmailKey("part-canceled", input.order_id, input.lapas_id),
        trigger: input.trigger,
        references: { lapas_id: input.lapas_id },
      }))
    )
    return new WorkflowResponse(outcome)
  }
)
