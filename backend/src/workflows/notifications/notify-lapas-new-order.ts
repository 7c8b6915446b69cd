import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendLapasOrderNoticesStep } from "./steps/notify-send-lapas-order-notices"

/** Tells each lapas of a new order about its part: its contact address and its active staff. */
export const notifyLapasNewOrderWorkflow = createWorkflow(
  "notify-lapas-new-order",
  (input: { order_id: string; trigger: string }) => new WorkflowResponse(sendLapasOrderNoticesStep(input))
)
