import type { SharePolicyListResponse, SharePolicyResponse } from "@karya-binaan/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { sharePolicyView } from "../../../lib/profit-share/share-policies"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { startOfWibDay, wibDay } from "../../../modules/profit-share/policy"
import { PROFIT_SHARE_MODULE } from "../../../modules/profit-share"
import type ProfitShareModuleService from "../../../modules/profit-share/service"
import { memberRoute, NATIONAL_ONLY, notInScope } from "../../utils/member-access"
import type { CreateSharePolicy, ListSharePoliciesQuery } from "./validators"

/**
 * Every share policy, newest first; with lapas_id the national ones ("all") and those of that lapas
 * and its partner agreements (an agreement's policy carries the agreement's lapas). National only.
 */
export const GET = memberRoute<unknown, ListSharePoliciesQuery>(NATIONAL_ONLY, async (req, res) => {
  const { lapas_id } = req.validatedQuery as unknown as ListSharePoliciesQuery
  if (lapas_id) {
    const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
    const [lapas] = await lapasService.listLapas({ id: lapas_id }, { select: ["id"] })
    if (!lapas) throw notInScope("Lapas", lapas_id)
  }
  const profitShare: ProfitShareModuleService = req.scope.resolve(PROFIT_SHARE_MODULE)
  const filters = lapas_id ? { $or: [{ scope: "all" }, { lapas_id }] } : {}
  const [policies, count] = await profitShare.listAndCountSharePolicies(filters as any, {
    order: { effective_from: "DESC", created_at: "DESC" },
    take: null as any,
  })
  res.json({ share_policies: policies.map(sharePolicyView), count } satisfies SharePolicyListResponse)
})

/**
 * A new split from a day on, for all lapas, one lapas or one partner agreement. Policies are never
 * edited: a change is a new policy. The day cannot lie in the past (WIB): sales already booked are
 * never split again. National only.
 */
export const POST = memberRoute<CreateSharePolicy>(NATIONAL_ONLY, async (req, res, member) => {
  const body = req.validatedBody as CreateSharePolicy
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)

  // Every id first: an unknown lapas or agreement is a 404 before anything is written.
  let lapasId: string | null = null
  let agreementId: string | null = null
  if (body.scope === "lapas") {
    lapasId = body.lapas_id!
    const [lapas] = await lapasService.listLapas({ id: lapasId }, { select: ["id"] })
    if (!lapas) throw notInScope("Lapas", lapasId)
  } else if (body.scope === "partner_agreement") {
    agreementId = body.partner_agreement_id!
    const [agreement] = await lapasService.listPartnerAgreements(
      { id: agreementId },
      { relations: ["partner"], select: ["id", "partner.lapas_id"] }
    )
    if (!agreement) throw notInScope("Partner agreement", agreementId)
    const agreementLapas = (agreement as any).partner?.lapas_id ?? null
    if (body.lapas_id && body.lapas_id !== agreementLapas) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Partner agreement "${agreementId}" belongs to another lapas than "${body.lapas_id}"; leave lapas_id out.`
      )
    }
    lapasId = agreementLapas
  }

  const today = wibDay(new Date())
  if (body.effective_from < today) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `effective_from ${body.effective_from} is in a closed past: sales already booked are never split again. Choose today (${today}) or a later day.`
    )
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
    created_by: member.memberId,
  })
  res.status(201).json({ share_policy: sharePolicyView(policy) } satisfies SharePolicyResponse)
})
