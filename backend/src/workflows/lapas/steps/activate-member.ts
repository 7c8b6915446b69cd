import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"

/** Marks the member active (and renamed, when they corrected their name) and voids the token. */
export const activateMemberStep = createStep(
  "activate-member",
  async (input: { member_id: string; name?: string }, { container }) => {
    const lapasService: LapasModuleService = container.resolve(LAPAS_MODULE)
    const [before] = await lapasService.listLapasMembers(
      { id: input.member_id },
      { select: ["id", "name", "invite_token_hash", "invite_expires_at", "activated_at"] }
    )
    await lapasService.updateLapasMembers({
      id: input.member_id,
      ...(input.name ? { name: input.name } : {}),
      activated_at: new Date(),
      invite_token_hash: null,
      invite_expires_at: null,
    })
    return new StepResponse(undefined, {
      id: input.member_id,
      name: before.name,
      invite_token_hash: before.invite_token_hash ?? null,
      invite_expires_at: before.invite_expires_at ?? null,
      activated_at: before.activated_at ?? null,
    })
  },
  async (before, { container }) => {
    if (!before) return
    const lapasService: LapasModuleService = container.resolve(LAPAS_MODULE)
    await lapasService.updateLapasMembers(before)
  }
)
