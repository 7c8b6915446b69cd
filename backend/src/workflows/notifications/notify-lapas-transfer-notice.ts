import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendLapasTransferNoticeStep } from "./steps/notify-send-lapas-transfer-notice"

/** Tells a lapas that the buyer says they transferred its part: its contact address, staff and finance. */
export const notifyLapasTransferNoticeWorkflow = createWorkflow(
  "notify-lapas-transfer-notice",
  (input: { notice_id: string; trigger: string }) => new WorkflowResponse(sendLapasTransferNoticeStep(input))
)
