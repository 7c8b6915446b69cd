import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { renderInviteEmail } from "../../lib/lapas/member-emails"
import { createLapasMemberStep, type CreateLapasMemberInput, type MemberInvitation } from "./steps/create-lapas-member"
import { renewMemberInviteStep } from "./steps/renew-member-invite"
import { sendMemberEmailStep } from "./steps/send-member-email"

const invitationEmail = (invitation: MemberInvitation, trigger: string) => ({
  to: invitation.email,
  template: "member-invitation",
  content: renderInviteEmail({
    name: invitation.name,
    role: invitation.role,
    lapasName: invitation.lapas_name,
    token: invitation.token,
    expiresAt: new Date(invitation.expires_at),
  }),
  member_id: invitation.member_id,
  idempotency_key: `member-invitation:${invitation.member_id}:${new Date(invitation.expires_at).getTime()}`,
  trigger,
})

/** A national member invites someone: the member row with a hashed token, then the e-mail with the link. */
export const inviteLapasMemberWorkflow = createWorkflow("invite-lapas-member", (input: CreateLapasMemberInput) => {
  const invitation = createLapasMemberStep(input)
  sendMemberEmailStep(transform({ invitation }, ({ invitation }) => invitationEmail(invitation, "lapas_member.invited")))
  return new WorkflowResponse(transform({ invitation }, ({ invitation }) => ({ member_id: invitation.member_id })))
})

/** Sends a member who has not accepted yet a new link; the old one stops working. */
export const resendMemberInviteWorkflow = createWorkflow("resend-member-invite", (input: { member_id: string }) => {
  const invitation = renewMemberInviteStep(input)
  sendMemberEmailStep(transform({ invitation }, ({ invitation }) => invitationEmail(invitation, "lapas_member.invite_resent")))
  return new WorkflowResponse(transform({ invitation }, ({ invitation }) => ({ member_id: invitation.member_id })))
})
