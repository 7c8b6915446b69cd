import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { hashInviteToken } from "../../lib/lapas/member-admin"
import { renderPasswordResetEmail } from "../../lib/lapas/member-emails"
import { findActiveMemberByEmailStep } from "./steps/find-active-member-by-email"
import { sendMemberEmailStep } from "./steps/send-member-email"

/**
 * E-mails an active member the link to set a new password, after Medusa's
 * `/auth/lapas_member/emailpass/reset-password` made a reset token. Unknown, invited-only and
 * deactivated members get nothing (and the route answers the same either way).
 */
export const sendMemberPasswordResetWorkflow = createWorkflow(
  "send-member-password-reset",
  (input: { email: string; token: string; trigger: string }) => {
    const member = findActiveMemberByEmailStep(transform({ input }, ({ input }) => ({ email: input.email })))
    const email = transform({ input, member }, ({ input, member }) =>
      member
        ? {
            to: member.email,
            template: "member-password-reset",
            content: renderPasswordResetEmail({ name: member.name, email: member.email, token: input.token }),
            member_id: member.id,
            idempotency_key: `member-password-reset:${hashInviteToken(input.token).slice(0, 32)}`,
            trigger: input.trigger,
          }
        : null
    )
    return new WorkflowResponse(sendMemberEmailStep(email))
  }
)
