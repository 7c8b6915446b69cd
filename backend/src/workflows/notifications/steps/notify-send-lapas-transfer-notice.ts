import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sendLapasTransferNotice } from "../../../lib/notifications/lapas-transfer-notice"

/**
 * E-mails the lapas a buyer's transfer notice (sendLapasTransferNotice). Never fails: an e-mail
 * that could not be sent is logged and left to the retry job, and nothing sent can be taken back.
 */
export const sendLapasTransferNoticeStep = createStep(
  "notify-send-lapas-transfer-notice",
  async (input: { notice_id: string; trigger: string }, { container }) =>
    new StepResponse(await sendLapasTransferNotice(container, input.notice_id, input.trigger))
)
