import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeMemberEmail } from "../../../lib/lapas/members"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"

/** The active member (accepted, not deactivated) with this e-mail, or null. */
export const findActiveMemberByEmailStep = createStep(
  "find-active-member-by-email",
  async (input: { email: string }, { container }) => {
    const lapasService: LapasModuleService = container.resolve(LAPAS_MODULE)
    const [member] = await lapasService.listLapasMembers(
      { email: normalizeMemberEmail(input.email) },
      { select: ["id", "name", "email", "activated_at", "deactivated_at"] }
    )
    const active = member && member.activated_at && !member.deactivated_at
    return new StepResponse(active ? { id: member.id, name: member.name, email: member.email } : null)
  }
)
