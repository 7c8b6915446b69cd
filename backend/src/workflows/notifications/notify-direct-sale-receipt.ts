import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadDirectSaleReceiptEmailStep } from "./steps/notify-load-direct-sale-receipt"
import { sendDirectSaleReceiptStep } from "./steps/notify-send-direct-sale-receipt"

/** E-mails the buyer of a direct sale its receipt link, when the cashier typed their address. */
export const notifyDirectSaleReceiptWorkflow = createWorkflow(
  "notify-direct-sale-receipt",
  (input: { id: string; trigger: string }) => {
    const email = loadDirectSaleReceiptEmailStep(transform({ input }, ({ input }) => ({ id: input.id })))
    const outcome = sendDirectSaleReceiptStep(
      transform({ input, email }, ({ input, email }) => (email ? { ...email, trigger: input.trigger } : null))
    )
    return new WorkflowResponse(outcome)
  }
)
