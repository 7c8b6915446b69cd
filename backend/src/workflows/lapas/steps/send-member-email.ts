import type { NotificationContent } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliverNotification } from "../../../lib/notifications/deliver"

export interface MemberEmail {
  to: string
  /** invitation, password-reset */
  template: string
  content: NotificationContent
  member_id: string
  idempotency_key: string
  trigger: string
}

/**
 * E-mails a panel member through the Notification Module ("email" channel). Never fails: a message
 * that could not be sent stays marked failed for the retry job; nothing sent can be taken back.
 */
export const sendMemberEmailStep = createStep(
  "send-member-email",
  async (input: MemberEmail | null, { container }) => {
    if (!input) return new StepResponse("skipped" as const)
    const outcome = await deliverNotification(container, {
      to: input.to,
      channel: "email",
      template: input.template,
      content: input.content,
      data: { member_id: input.member_id },
      trigger_type: input.trigger,
      resource_id: input.member_id,
      resource_type: "lapas_member",
      idempotency_key: input.idempotency_key,
    })
    return new StepResponse(outcome)
  }
)
