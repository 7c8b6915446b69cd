import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { LAPAS_MODULE } from "../modules/lapas"
import type LapasModuleService from "../modules/lapas/service"
import type { PartnerKind } from "../modules/lapas/models/partner"
import type { PartnerActivity } from "../modules/lapas/models/partner-agreement"

export interface CreatePartnerInput {
  lapas_id: string
  name: string
  kind: PartnerKind
  contact?: string | null
  agreement: {
    number: string
    /** YYYY-MM-DD, a day in the lapas's calendar. */
    starts_on: string
    ends_on: string
    activities: PartnerActivity[]
  }
}

const createPartnerStep = createStep(
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

const createAgreementStep = createStep(
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

/** A partner (mitra) of a lapas with its written agreement; neither is left behind alone. */
export const createPartnerWorkflow = createWorkflow(
  "create-lapas-partner",
  (input: CreatePartnerInput) => {
    const partnerInput = transform({ input }, ({ input }) => ({
      lapas_id: input.lapas_id,
      name: input.name,
      kind: input.kind,
      contact: input.contact ?? null,
    }))
    const partner = createPartnerStep(partnerInput)
    const agreementInput = transform({ input, partner }, ({ input, partner }) => ({
      partner_id: partner.id,
      number: input.agreement.number,
      // Agreement dates are calendar days; stored as the start of that day in WIB.
      starts_on: new Date(`${input.agreement.starts_on}T00:00:00+07:00`),
      ends_on: new Date(`${input.agreement.ends_on}T00:00:00+07:00`),
      activities: input.agreement.activities,
    }))
    createAgreementStep(agreementInput)
    return new WorkflowResponse(partner)
  }
)
