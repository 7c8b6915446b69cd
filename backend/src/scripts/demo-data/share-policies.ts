import type { MedusaContainer } from "@medusajs/framework/types"
import { DEFAULT_BASIS_POINTS } from "@karya-binaan/shares"
import { PROFIT_SHARE_MODULE } from "../../modules/profit-share"
import type ProfitShareModuleService from "../../modules/profit-share/service"
import { startOfWibDay } from "../../modules/profit-share/policy"

/** Ditjenpas's formula for all lapas, in force since long before any demo order. */
export const DEFAULT_POLICY = {
  scope: "all" as const,
  ...DEFAULT_BASIS_POINTS,
  effective_from: "2020-01-01",
  note: "Ditjenpas: 50 % modal, 35 % premi, 15 % PNBP dari laba setiap penjualan",
}

/** Seeds the national default share policy once (found again by scope and date). */
export async function ensureSharePolicies(
  container: MedusaContainer,
  count: (what: string, n?: number) => void = () => {}
) {
  const profitShare: ProfitShareModuleService = container.resolve(PROFIT_SHARE_MODULE)
  const effectiveFrom = startOfWibDay(DEFAULT_POLICY.effective_from)
  const existing = await profitShare.listSharePolicies({ scope: "all", effective_from: effectiveFrom } as any)
  if (existing.length) {
    return existing[0]
  }
  const policy = await profitShare.createSharePolicies({
    scope: DEFAULT_POLICY.scope,
    capital_bp: DEFAULT_POLICY.capital_bp,
    premi_bp: DEFAULT_POLICY.premi_bp,
    pnbp_bp: DEFAULT_POLICY.pnbp_bp,
    effective_from: effectiveFrom,
    note: DEFAULT_POLICY.note,
    created_by: "seed",
  })
  count("share policy")
  return policy
}
