import type { MemberRole } from "@karya-binaan/contracts"
import { MEMBER_INVITE_DAYS } from "@karya-binaan/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { newInviteToken } from "../../../lib/lapas/member-admin"
import { normalizeMemberEmail } from "../../../lib/lapas/members"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"

export interface CreateLapasMemberInput {
  name: string
  email: string
  role: MemberRole
  lapas_id: string | null
}

/** The member's invitation: what the e-mail needs, the token in clear (only its hash is stored). */
export interface MemberInvitation {
  member_id: string
  name: string
  email: string
  role: MemberRole
  lapas_name: string | null
  token: string
  expires_at: Date
}

/**
 * A new member, not yet active, with an invitation token valid MEMBER_INVITE_DAYS days (the row
 * keeps its SHA-256 only). Refuses an e-mail another member already has. Compensation deletes it.
 */
export const createLapasMemberStep = createStep(
  "create-lapas-member",
  async (input: CreateLapasMemberInput, { container }) => {
    const lapasService: LapasModuleService = container.resolve(LAPAS_MODULE)
    const email = normalizeMemberEmail(input.email)
    const [existing] = await lapasService.listLapasMembers({ email }, { select: ["id"] })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `${email} is already a member (id "${existing.id}"); resend their invitation or change that member instead.`
      )
    }
    let lapasName: string | null = null
    if (input.lapas_id) {
      const [lapas] = await lapasService.listLapas({ id: input.lapas_id }, { select: ["id", "name"] })
      lapasName = lapas?.name ?? null
    }
    const { token, hash } = newInviteToken()
    const expiresAt = new Date(Date.now() + MEMBER_INVITE_DAYS * 86_400_000)
    const member = await lapasService.createLapasMembers({
      name: input.name,
      email,
      role: input.role,
      lapas_id: input.lapas_id,
      invite_token_hash: hash,
      invite_expires_at: expiresAt,
    })
    const invitation: MemberInvitation = {
      member_id: member.id,
      name: member.name,
      email,
      role: input.role,
      lapas_name: lapasName,
      token,
      expires_at: expiresAt,
    }
    return new StepResponse(invitation, member.id)
  },
  async (memberId, { container }) => {
    if (!memberId) return
    const lapasService: LapasModuleService = container.resolve(LAPAS_MODULE)
    await lapasService.deleteLapasMembers(memberId)
  }
)
