import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sendLapasOrderNotices } from "../../../lib/notifications/lapas-order-notice"

/**
 * Tells each lapas of a new order about its part (sendLapasOrderNotices). Never fails: a notice
 * that could not be sent is logged and left to the retry job, and nothing sent can be taken back.
 */
export const sendLapasOrderNoticesStep = createStep(
  "notify-send-lapas-order-notices",
  async (input: { order_id: string; trigger: string }, { container }) =>
    new StepResponse(await sendLapasOrderNotices(container, input.order_id, input.trigger))
)
