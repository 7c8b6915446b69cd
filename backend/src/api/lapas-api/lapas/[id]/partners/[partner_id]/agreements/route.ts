import type { PartnerResponse } from "@karya-binaan/contracts"
import { adminPartner } from "../../../../../../../lib/lapas/views"
import { LAPAS_MODULE } from "../../../../../../../modules/lapas"
import type LapasModuleService from "../../../../../../../modules/lapas/service"
import { memberRoute, STAFF_AND_NATIONAL } from "../../../../../../utils/member-access"
import { partnerInScope } from "../../../../scope"
import type { Agreement } from "../../../../validators"

/** A further agreement with a partner (a renewal or a new MoU/PKS): staff of the lapas and national. */
export const POST = memberRoute<Agreement>(STAFF_AND_NATIONAL, async (req, res, member) => {
  const partner = await partnerInScope(req.scope, member, req.params.id, req.params.partner_id)
  const body = req.validatedBody as Agreement
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  await lapasService.createPartnerAgreements({
    partner_id: partner.id,
    number: body.number,
    // Agreement dates are calendar days; stored as the start of that day in WIB (as when created with the partner).
    starts_on: new Date(`${body.starts_on}T00:00:00+07:00`),
    ends_on: new Date(`${body.ends_on}T00:00:00+07:00`),
    activities: body.activities,
  })
  const [updated] = await lapasService.listPartners({ id: partner.id }, { relations: ["agreements"] })
  res.status(201).json({ partner: adminPartner(updated) } satisfies PartnerResponse)
})
