import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { orderEmailKey } from "../../lib/notifications/send-order-email"
import { loadFulfillmentForEmailStep } from "./steps/notify-load-fulfillment"
import { sendOrderEmailStep } from "./steps/notify-send-order-email"

/** Tells the buyer a lapas's part shipped, with the courier, the resi and its tracking link. */
export const notifyOrderShippedWorkflow = createWorkflow(
  "notify-order-shipped",
  (input: { fulfillment_id: string; trigger: string }) => {
    const facts = loadFulfillmentForEmailStep(transform({ input }, ({ input }) => ({ fulfillment_id: input.fulfillment_id })))
    const outcome = sendOrderEmailStep(
      transform({ input, facts }, ({ input, facts }) =>
        facts
          ? {
              order_id: facts.order_id,
              event: {
                kind: "order-shipped" as const,
                lapas_id: facts.lapas_id,
                courier: facts.courier,
                courier_name: facts.courier_name,
                tracking_url: facts.tracking_url,
                resi: facts.resi,
                shipped_at: facts.shipped_at,
              },
              idempotency_key: orderEmailKey("order-shipped", facts.id),
              trigger: input.trigger,
              references: { fulfillment_id: facts.id, lapas_id: facts.lapas_id },
            }
          : null
      )
    )
    return new WorkflowResponse(outcome)
  }
)
