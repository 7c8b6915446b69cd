import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { orderEmailKey } from "../../lib/notifications/send-order-email"
import { loadFulfillmentForEmailStep } from "./steps/notify-load-fulfillment"
import { loadPickupPlaceStep } from "./steps/notify-load-pickup-place"
import { sendOrderEmailStep } from "./steps/notify-send-order-email"

export interface NotifyReadyForPickupInput {
  order_id: string
  lapas_id: string
  fulfillment_id: string
  trigger: string
}

/** Tells the buyer a lapas's part waits at the lapas, with its address. */
export const notifyReadyForPickupWorkflow = createWorkflow(
  "notify-ready-for-pickup",
  (input: NotifyReadyForPickupInput) => {
    const place = loadPickupPlaceStep(
      transform({ input }, ({ input }) => ({ lapas_id: input.lapas_id, order_id: input.order_id }))
    )
    const fulfillment = loadFulfillmentForEmailStep(
      transform({ input }, ({ input }) => ({ fulfillment_id: input.fulfillment_id }))
    )
    const outcome = sendOrderEmailStep(
      transform({ input, place, fulfillment }, ({ input, place, fulfillment }) =>
        place
          ? {
              order_id: input.order_id,
              event: {
                kind: "ready-for-pickup" as const,
                lapas: place,
                ready_at: fulfillment?.created_at ?? new Date().toISOString(),
              },
              idempotency_key: orderEmailKey("ready-for-pickup", input.fulfillment_id),
              trigger: input.trigger,
              references: { fulfillment_id: input.fulfillment_id, lapas_id: input.lapas_id },
            }
          : null
      )
    )
    return new WorkflowResponse(outcome)
  }
)
