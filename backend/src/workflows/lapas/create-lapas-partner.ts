import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PartnerKind } from "../../modules/lapas/models/partner"
import type { PartnerActivity } from "../../modules/lapas/models/partner-agreement"
import { createLapasPartnerStep } from "./steps/create-lapas-partner"
import { createLapasPartnerAgreementStep } from "./steps/create-lapas-partner-agreement"

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
    const partner = createLapasPartnerStep(partnerInput)
    const agreementInput = transform({ input, partner }, ({ input, partner }) => ({
      partner_id: partner.id,
      number: input.agreement.number,
      // Agreement dates are calendar days; stored as the start of that day in WIB.
      starts_on: new Date(`${input.agreement.starts_on}T00:00:00+07:00`),
      ends_on: new Date(`${input.agreement.ends_on}T00:00:00+07:00`),
      activities: input.agreement.activities,
    }))
    createLapasPartnerAgreementStep(agreementInput)
    return new WorkflowResponse(partner)
  }
)
