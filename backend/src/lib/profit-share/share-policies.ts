import type { SharePolicy } from "@karya-binaan/contracts"
import { wibDay, type PolicyRow } from "../../modules/profit-share/policy"

/** A share policy as the panel shows it: the split in basis points and its first day (WIB). */
export function sharePolicyView(policy: PolicyRow & { note: string | null; created_at: Date | string }): SharePolicy {
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
