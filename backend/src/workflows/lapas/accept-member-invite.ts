import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { activateMemberStep } from "./steps/activate-member"
import { attachMemberLoginStep } from "./steps/attach-member-login"
import { findMemberInviteStep } from "./steps/find-member-invite"

/**
 * Someone opens their invitation link and chooses a password: the token is checked, the login is
 * created with that password, and the member becomes active with the token voided.
 */
export const acceptMemberInviteWorkflow = createWorkflow(
  "accept-member-invite",
  (input: { token: string; password: string; name?: string }) => {
    const invite = findMemberInviteStep(transform({ input }, ({ input }) => ({ token: input.token, password: input.password })))
    attachMemberLoginStep(
      transform({ input, invite }, ({ input, invite }) => ({
        member_id: invite.member_id,
        email: invite.email,
        password: input.password,
      }))
    )
    activateMemberStep(transform({ input, invite }, ({ input, invite }) => ({ member_id: invite.member_id, name: input.name })))
    return new WorkflowResponse(transform({ invite }, ({ invite }) => ({ email: invite.email })))
  }
)
