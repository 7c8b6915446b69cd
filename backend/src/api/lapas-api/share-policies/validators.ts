import { z } from "@medusajs/framework/zod"
import { SHARE_POLICY_SCOPES } from "@karya-binaan/contracts"
import { calendarDay } from "../../utils/schemas"

/** 9900 → "9,900". */
export const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",")

const basisPoints = (label: string) =>
  z
    .number({ error: `Give the ${label} share in basis points, as a whole number (3500 = 35 %)` })
    .int(`The ${label} share is a whole number of basis points (3500 = 35 %)`)
    .min(0, `The ${label} share cannot be negative`)
    .max(10_000, `The ${label} share cannot be more than 10,000 (100 %)`)

export const CreateSharePolicySchema = z
  .object({
    scope: z.enum(SHARE_POLICY_SCOPES),
    lapas_id: z.string().min(1).optional(),
    partner_agreement_id: z.string().min(1).optional(),
    capital_bp: basisPoints("capital"),
    premi_bp: basisPoints("premi"),
    pnbp_bp: basisPoints("PNBP"),
    effective_from: calendarDay("effective_from"),
    note: z.string().trim().max(1000).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const sum = body.capital_bp + body.premi_bp + body.pnbp_bp
    if (sum !== 10_000) {
      ctx.addIssue({
        code: "custom",
        path: ["capital_bp"],
        message: `The shares (capital ${grouped(body.capital_bp)} + premi ${grouped(body.premi_bp)} + PNBP ${grouped(body.pnbp_bp)} basis points) add up to ${grouped(sum)}; they must add up to 10,000 (100 %).`,
      })
    }
    if (body.scope === "all" && (body.lapas_id || body.partner_agreement_id)) {
      ctx.addIssue({
        code: "custom",
        path: ["scope"],
        message: "A policy for all lapas names no lapas_id and no partner_agreement_id.",
      })
    }
    if (body.scope === "lapas" && (!body.lapas_id || body.partner_agreement_id)) {
      ctx.addIssue({
        code: "custom",
        path: ["lapas_id"],
        message: "A policy for one lapas names its lapas_id (and no partner_agreement_id).",
      })
    }
    if (body.scope === "partner_agreement" && !body.partner_agreement_id) {
      ctx.addIssue({
        code: "custom",
        path: ["partner_agreement_id"],
        message: "A policy for one partner agreement names its partner_agreement_id.",
      })
    }
  })
export type CreateSharePolicy = z.infer<typeof CreateSharePolicySchema>

export const ListSharePoliciesQuerySchema = z
  .object({
    lapas_id: z.string().trim().min(1, "lapas_id names a lapas by its id").optional(),
  })
  .strict()
export type ListSharePoliciesQuery = z.infer<typeof ListSharePoliciesQuerySchema>
