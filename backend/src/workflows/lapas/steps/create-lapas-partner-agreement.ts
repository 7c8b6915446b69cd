import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import type { PartnerActivity } from "../../../modules/lapas/models/partner-agreement"

/** A partner's written agreement; compensation deletes it. */
export const createLapasPartnerAgreementStep = createStep(
  "create-lapas-partner-agreement",
  async (
    input: { partner_id: string; number: string; starts_on: Date; ends_on: Date; activities: PartnerActivity[] },
    { container }
  ) => {
    const lapasService: LapasModuleService = container.resolve(LAPAS_MODULE)
    const agreement = await lapasService.createPartnerAgreements(input)
    return new StepResponse(agreement, agreement.id)
  },
  async (agreementId, { container }) => {
    if (!agreementId) return
    const lapasService: LapasModuleService = container.resolve(LAPAS_MODULE)
    await lapasService.deletePartnerAgreements(agreementId)
  }
)
