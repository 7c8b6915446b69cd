import { MEMBER_PASSWORD_MIN_LENGTH } from "@karya-binaan/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashInviteToken } from "../../../lib/lapas/member-admin"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"

const refused = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * The member an invitation token belongs to, when the token is known, unexpired and unused and the
 * member is not deactivated. Every refusal is a 400 that names no member (a token reveals nothing).
 */
export const findMemberInviteStep = createStep(
  "find-member-invite",
  async (input: { token: string; password: string }, { container }) => {
    if (input.password.length < MEMBER_PASSWORD_MIN_LENGTH) {
      throw refused(`password: a password has at least ${MEMBER_PASSWORD_MIN_LENGTH} characters.`)
    }
    const lapasService: LapasModuleService = container.resolve(LAPAS_MODULE)
    const [member] = await lapasService.listLapasMembers(
      { invite_token_hash: hashInviteToken(input.token) },
      { select: ["id", "email", "invite_expires_at", "activated_at", "deactivated_at"] }
    )
    if (!member || member.activated_at) {
      throw refused("token: this invitation link is unknown or has already been used; ask a national administrator for a new one.")
    }
    if (member.deactivated_at) {
      throw refused("token: this account has been deactivated; ask a national administrator to reactivate it.")
    }
    if (!member.invite_expires_at || new Date(member.invite_expires_at).getTime() <= Date.now()) {
      throw refused("token: this invitation link has expired; ask a national administrator to send a new one.")
    }
    return new StepResponse({ member_id: member.id, email: member.email })
  }
)
