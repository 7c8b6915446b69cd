import type { PartnerDeleteResponse, PartnerResponse } from "@karya-binaan/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { adminPartner } from "../../../../../../lib/lapas/views"
import { LAPAS_MODULE } from "../../../../../../modules/lapas"
import type LapasModuleService from "../../../../../../modules/lapas/service"
import { PROFIT_SHARE_MODULE } from "../../../../../../modules/profit-share"
import type ProfitShareModuleService from "../../../../../../modules/profit-share/service"
import { memberRoute, STAFF_AND_NATIONAL } from "../../../../../utils/member-access"
import { partnerInScope } from "../../../scope"
import type { UpdatePartner } from "../../../validators"

/** Corrects a partner's name, kind or contact: staff of the lapas and national. */
export const POST = memberRoute<UpdatePartner>(STAFF_AND_NATIONAL, async (req, res, member) => {
  const partner = await partnerInScope(req.scope, member, req.params.id, req.params.partner_id)
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  await lapasService.updatePartners({ id: partner.id, ...(req.validatedBody as UpdatePartner) })
  const [updated] = await lapasService.listPartners({ id: partner.id }, { relations: ["agreements"] })
  res.json({ partner: adminPartner(updated) } satisfies PartnerResponse)
})

/**
 * Removes a partner recorded by mistake, with its agreements. A partner whose agreement carries a
 * share policy stays: sales were (or will be) split by it.
 */
export const DELETE = memberRoute(STAFF_AND_NATIONAL, async (req, res, member) => {
  const partner = await partnerInScope(req.scope, member, req.params.id, req.params.partner_id)
  const agreementIds = (partner.agreements ?? []).map((a) => a.id)
  if (agreementIds.length) {
    const profitShare: ProfitShareModuleService = req.scope.resolve(PROFIT_SHARE_MODULE)
    const policies = await profitShare.listSharePolicies({ partner_agreement_id: agreementIds }, { select: ["id"] })
    if (policies.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Partner "${partner.name}" has an agreement with a share policy; a partner whose agreement splits sales cannot be removed.`
      )
    }
  }
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  await lapasService.deletePartners(partner.id)
  res.json({ id: partner.id, object: "partner", deleted: true } satisfies PartnerDeleteResponse)
})
