import { MEMBER_INVITE_DAYS, type MemberRole } from "@karya-binaan/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { newInviteToken } from "../../../lib/lapas/member-admin"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import type { MemberInvitation } from "./create-lapas-member"

/**
 * A new invitation token for a member who has not accepted yet; the old token stops working.
 * Compensation puts the old hash and expiry back.
 */
export const renewMemberInviteStep = createStep(
  "renew-member-invite",
  async (input: { member_id: string }, { container }) => {
    const lapasService: LapasModuleService = container.resolve(LAPAS_MODULE)
    const [member] = await lapasService.listLapasMembers(
      { id: input.member_id },
      { select: ["id", "name", "email", "role", "lapas_id", "invite_token_hash", "invite_expires_at", "activated_at", "deactivated_at"] }
    )
    if (!member) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member with id "${input.member_id}" was not found.`)
    }
    if (member.deactivated_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${member.email} is deactivated; reactivate the member before sending an invitation.`
      )
    }
    if (member.activated_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${member.email} has already accepted the invitation; a member who forgot the password resets it from the login page.`
      )
    }
    let lapasName: string | null = null
    if (member.lapas_id) {
      const [lapas] = await lapasService.listLapas({ id: member.lapas_id }, { select: ["id", "name"] })
      lapasName = lapas?.name ?? null
    }
    const { token, hash } = newInviteToken()
    const expiresAt = new Date(Date.now() + MEMBER_INVITE_DAYS * 86_400_000)
    await lapasService.updateLapasMembers({ id: member.id, invite_token_hash: hash, invite_expires_at: expiresAt })
    const invitation: MemberInvitation = {
      member_id: member.id,
      name: member.name,
      email: member.email,
      role: member.role as MemberRole,
      lapas_name: lapasName,
      token,
      expires_at: expiresAt,
    }
    return new StepResponse(invitation, {
      id: member.id,
      invite_token_hash: member.invite_token_hash ?? null,
      invite_expires_at: member.invite_expires_at ?? null,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    const lapasService: LapasModuleService = container.resolve(LAPAS_MODULE)
    await lapasService.updateLapasMembers(previous)
  }
)
