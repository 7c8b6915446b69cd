import type { AcceptInviteResponse } from "@karya-binaan/contracts"
import { acceptMemberInviteWorkflow } from "../../../../workflows/lapas/accept-member-invite"
import { publicMemberRoute } from "../../../utils/member-access"
import type { AcceptInvite } from "../validators"

/**
 * Public: the invitee sets a password with the token from their e-mail and may log in. Unknown,
 * used, expired tokens and deactivated accounts are a 400 that names no member.
 * Rate limiting of this route is a separate issue.
 */
export const POST = publicMemberRoute<AcceptInvite>(async (req, res) => {
  const body = req.validatedBody as AcceptInvite
  const { result } = await acceptMemberInviteWorkflow(req.scope).run({
    input: { token: body.token, password: body.password, name: body.name },
  })
  res.json({ email: result.email } satisfies AcceptInviteResponse)
})
