import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import type { PartnerKind } from "../../../modules/lapas/models/partner"

/** A partner of a lapas; compensation deletes it. */
export const createLapasPartnerStep = createStep(
  "create-lapas-partner",
  async (input: { lapas_id: string; name: string; kind: PartnerKind; contact?: string | null }, { container }) => {
    const lapasService: LapasModuleService = container.resolve(LAPAS_MODULE)
    const partner = await lapasService.createPartners(input)
    return new StepResponse(partner, partner.id)
  },
  async (partnerId, { container }) => {
    if (!partnerId) return
    const lapasService: LapasModuleService = container.resolve(LAPAS_MODULE)
    await lapasService.deletePartners(partnerId)
  }
)
