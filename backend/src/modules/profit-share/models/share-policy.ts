import { model } from "@medusajs/framework/utils"

export const POLICY_SCOPES = ["all", "lapas", "partner_agreement"] as const
export type PolicyScope = (typeof POLICY_SCOPES)[number]

/**
 * How the profit of a sale is split, in basis points (capital + premi + PNBP = 10,000), from a
 * calendar day (WIB) on, for every lapas, one lapas or one partner agreement. Policies are
 * never changed once made: a new split is a new policy with a later `effective_from`.
 */
export const SharePolicy = model
  .define("share_policy", {
    id: model.id({ prefix: "spol" }).primaryKey(),
    scope: model.enum([...POLICY_SCOPES]),
    /** The lapas of a lapas-scoped policy, and the lapas of the agreement of an agreement-scoped one. */
    lapas_id: model.text().nullable(),
    partner_agreement_id: model.text().nullable(),
    capital_bp: model.number(),
    premi_bp: model.number(),
    pnbp_bp: model.number(),
    /** 00:00 WIB of the first calendar day the policy applies to (by the order's date). */
    effective_from: model.dateTime(),
    note: model.text().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([
    { on: ["scope", "lapas_id", "partner_agreement_id", "effective_from"] },
  ])
