import type { SharePolicy, SharePolicyListResponse, SharePolicyResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import type ProfitShareModuleService from "../../../modules/profit-share/service"
import { startOfWibDay, wibDay, type PolicyRow } from "../../../modules/profit-share/policy"
import { forbidden, notFound, resolveAdminAccess } from "../../utils/access"
import type { CreateSharePolicy } from "./validators"

/**
 * National users see every policy; finance of a lapas the national ones ("all") and those of
 * their lapas and its partner agreements (an agreement's policy carries the agreement's lapas).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const access = await resolveAdminAccess(req)
  const profitShare: ProfitShareModuleService = req.scope.resolve(PROFIT_SHARE_MODULE)
  const filters =
    access.role === "national" ? {} : { $or: [{ scope: "all" }, { lapas_id: access.lapasId }] }
  const [policies, count] = await profitShare.listAndCountSharePolicies(filters as any, {
    order: { effective_from: "DESC", created_at: "DESC" },
    take: null as any,
  })
  res.json({ share_policies: policies.map(adminSharePolicy), count } satisfies SharePolicyListResponse)
}

/**
 * A new split from a day on. Policies are never edited: a change is a new policy. The day
 * cannot lie in the past (WIB): sales already booked are never split again.
 */
export async function POST(req: MedusaRequest<CreateSharePolicy>, res: MedusaResponse) {
  const access = await resolveAdminAccess(req)
  const body = req.validatedBody as CreateSharePolicy

  const today = wibDay(new Date())
  if (body.effective_from < today) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `effective_from ${body.effective_from} is in a closed past: sales already booked are never split again. Choose today (${today}) or a later day.`
    )
  }

  let lapasId: string | null = null
  let agreementId: string | null = null
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  if (body.scope === "all") {
    if (access.role !== "national") {
      throw forbidden("Only national users set the split for all lapas; set one for your own lapas instead.")
    }
  } else if (body.scope === "lapas") {
    lapasId = body.lapas_id!
    if (access.role !== "national" && access.lapasId !== lapasId) {
      throw notFound("Lapas", lapasId)
    }
    const [lapas] = await lapasService.listLapas({ id: lapasId }, { select: ["id"] })
    if (!lapas) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is no lapas with id "${lapasId}".`)
    }
  } else {
    agreementId = body.partner_agreement_id!
    const [agreement] = await lapasService.listPartnerAgreements(
      { id: agreementId },
      { relations: ["partner"], select: ["id", "partner.lapas_id"] }
    )
    const agreementLapas = (agreement as any)?.partner?.lapas_id ?? null
    if (access.role !== "national" && (!agreement || agreementLapas !== access.lapasId)) {
      throw notFound("Partner agreement", agreementId)
    }
    if (!agreement) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is no partner agreement with id "${agreementId}".`)
    }
    if (body.lapas_id && body.lapas_id !== agreementLapas) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Partner agreement "${agreementId}" belongs to another lapas than "${body.lapas_id}"; leave lapas_id out.`
      )
    }
    lapasId = agreementLapas
  }

  const profitShare: ProfitShareModuleService = req.scope.resolve(PROFIT_SHARE_MODULE)
  const policy = await profitShare.createSharePolicies({
    scope: body.scope,
    lapas_id: lapasId,
    partner_agreement_id: agreementId,
    capital_bp: body.capital_bp,
    premi_bp: body.premi_bp,
    pnbp_bp: body.pnbp_bp,
    effective_from: startOfWibDay(body.effective_from),
    note: body.note ?? null,
    created_by: access.userId,
  })
  res.status(201).json({ share_policy: adminSharePolicy(policy) } satisfies SharePolicyResponse)
}

function adminSharePolicy(policy: PolicyRow & { note: string | null; created_at: Date | string }): SharePolicy {
  return {
    id: policy.id,
    scope: policy.scope,
    lapas_id: policy.lapas_id ?? null,
    partner_agreement_id: policy.partner_agreement_id ?? null,
    capital_bp: policy.capital_bp,
    premi_bp: policy.premi_bp,
    pnbp_bp: policy.pnbp_bp,
    effective_from: wibDay(policy.effective_from),
    note: policy.note ?? null,
    created_at: new Date(policy.created_at).toISOString(),
  }
}
