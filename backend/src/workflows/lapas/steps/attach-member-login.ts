import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { attachMemberLogin } from "../../../lib/lapas/members"

/**
 * Gives the member an e-mail/password login (Auth Module, emailpass) with the chosen password. An
 * e-mail that already has a login is refused (attachMemberLogin). Compensation deletes the login.
 */
export const attachMemberLoginStep = createStep(
  "attach-member-login",
  async (input: { member_id: string; email: string; password: string }, { container }) => {
    const authIdentityId = await attachMemberLogin(container, {
      memberId: input.member_id,
      email: input.email,
      password: input.password,
    })
    return new StepResponse(authIdentityId, authIdentityId)
  },
  async (authIdentityId, { container }) => {
    if (!authIdentityId) return
    await container.resolve(Modules.AUTH).deleteAuthIdentities([authIdentityId])
  }
)
