import type { MedusaRequest, MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { wibDay } from "../modules/profit-share/policy"
import type { Rule } from "./admin-guard"
import { validateBody } from "./validation"
import { notFound, orderIdsOfLapas } from "./access"
import { CreateSharePolicySchema } from "./admin/share-policies/validators"
import { CreateShareCorrectionSchema } from "./admin/orders/[id]/shares/corrections/validators"

/**
 * What lapas users may do on the profit-share admin routes (see admin-guard.ts: unlisted routes
 * are national-only). Money is finance's: lapas staff read none of it. The handlers narrow
 * what a finance user sees to their own lapas.
 */
export const profitShareGuardRules: Rule[] = [
  { methods: ["GET", "POST"], path: /^\/admin\/share-policies$/, roles: ["finance"] },
  { methods: ["GET"], path: /^\/admin\/ledger$/, roles: ["finance"] },
  {
    // Before the core rule for /admin/orders/:id/*, which lets staff read their orders.
    methods: ["GET"],
    path: /^\/admin\/orders\/([^/]+)\/shares$/,
    roles: ["finance"],
    scope: async (req, access, match) => {
      if (!(await orderIdsOfLapas(req, access.lapasId)).includes(match[1])) {
        throw notFound("Order", match[1])
      }
    },
  },
  {
    // HPP corrections: finance of an order holding their lapas's lines (the handler refuses
    // a line of another lapas with 403); lapas staff book no money.
    methods: ["POST"],
    path: /^\/admin\/orders\/([^/]+)\/shares\/corrections$/,
    roles: ["finance"],
    scope: async (req, access, match) => {
      if (!(await orderIdsOfLapas(req, access.lapasId)).includes(match[1])) {
        throw notFound("Order", match[1])
      }
    },
  },
]

/** Body and query validation of the profit-share admin routes. */
export const profitShareMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/share-policies",
    middlewares: [validateAndTransformBody(CreateSharePolicySchema)],
  },
  {
    method: ["POST"],
    matcher: "/admin/orders/:id/shares/corrections",
    middlewares: [validateBody(CreateShareCorrectionSchema)],
  },
]

/** Whole rupiah for JSON: a number while it is a safe integer, else its exact decimal string. */
export function rupiah(value: unknown): number | string {
  const amount = typeof value === "bigint" ? value : toRupiahBigInt(value ?? 0)
  const asNumber = Number(amount)
  return Number.isSafeInteger(asNumber) ? asNumber : amount.toString()
}

export function adminSharePolicy(policy: Record<string, any>) {
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

/** Parses a query with zod, answering 400 with the first problem in words. */
export function parseQuery<T extends z.ZodTypeAny>(req: MedusaRequest, schema: T): z.infer<T> {
  const parsed = schema.safeParse(req.query)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`
    )
  }
  return parsed.data
}
