import type { MedusaRequest, MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { wibDay } from "../modules/profit-share/policy"
import type { Rule } from "./admin-guard"
import { validateBody } from "./validation"
import { notFound, orderIdsOfLapas, resolveAdminAccess } from "./access"
import { CreateSharePolicySchema } from "./admin/share-policies/validators"
import { CreateShareCorrectionSchema } from "./admin/orders/[id]/shares/corrections/validators"
import { CreatePnbpDepositSchema } from "./admin/pnbp-deposits/validators"
import { ClosePeriodSchema } from "./admin/periods/validators"
import { LAPAS_MODULE } from "../modules/lapas"
import type LapasModuleService from "../modules/lapas/service"
import { asTimeZone, type ReportTimeZone } from "../modules/profit-share/reports/period"
import type { ReportLapas } from "../modules/profit-share/reports/scope"

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
  // PNBP deposits, period close and the PNBP report: finance of a lapas (the handlers force
  // their own lapas and answer 404 for another lapas's); lapas staff read no money (403).
  { methods: ["GET", "POST"], path: /^\/admin\/pnbp-deposits$/, roles: ["finance"] },
  { methods: ["GET"], path: /^\/admin\/periods$/, roles: ["finance"] },
  { methods: ["POST"], path: /^\/admin\/periods\/close$/, roles: ["finance"] },
  { methods: ["GET"], path: /^\/admin\/reports\/pnbp(\/reconciliation)?$/, roles: ["finance"] },
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
  { method: ["POST"], matcher: "/admin/pnbp-deposits", middlewares: [validateBody(CreatePnbpDepositSchema)] },
  { method: ["POST"], matcher: "/admin/periods/close", middlewares: [validateBody(ClosePeriodSchema)] },
]

/** A lapas as the reports need it, or null when there is none with that id. */
export async function reportLapas(req: MedusaRequest, lapasId: string): Promise<ReportLapas | null> {
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [lapas] = (await lapasService.listLapas(
    { id: lapasId },
    { select: ["id", "name", "handle", "satker_code", "time_zone", "city"] }
  )) as any[]
  return lapas ? toReportLapas(lapas) : null
}

/** Every lapas as the reports need it (a national roll-up). */
export async function allReportLapas(req: MedusaRequest): Promise<ReportLapas[]> {
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const rows = (await lapasService.listLapas(
    {},
    { select: ["id", "name", "handle", "satker_code", "time_zone", "city"], take: null as any }
  )) as any[]
  return rows.map(toReportLapas)
}

function toReportLapas(lapas: Record<string, any>): ReportLapas {
  return {
    id: lapas.id,
    name: lapas.name,
    handle: lapas.handle,
    satker_code: lapas.satker_code ?? null,
    time_zone: asTimeZone(lapas.time_zone),
    city: lapas.city ?? null,
  }
}

/** The time zone a lapas keeps its days in (WIB when no lapas is named or it is unknown). */
export async function lapasTimeZone(req: MedusaRequest, lapasId: string | undefined | null): Promise<ReportTimeZone> {
  if (!lapasId) return "Asia/Jakarta"
  return (await reportLapas(req, lapasId))?.time_zone ?? "Asia/Jakarta"
}

/**
 * The lapas a money route is about: a finance user's own lapas whatever the request says (404
 * when they name another, so its existence does not leak), the one a national user names (404
 * when it does not exist), or null when a national user names none and `optional`.
 */
export async function scopedLapas(
  req: MedusaRequest,
  asked: string | undefined,
  optional = false
): Promise<ReportLapas | null> {
  const access = await resolveAdminAccess(req)
  if (access.role !== "national") {
    if (asked && asked !== access.lapasId) throw notFound("Lapas", asked)
    const own = await reportLapas(req, access.lapasId)
    if (!own) throw notFound("Lapas", access.lapasId)
    return own
  }
  if (!asked) {
    if (optional) return null
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "lapas_id: name the lapas (national users see every lapas).")
  }
  const lapas = await reportLapas(req, asked)
  if (!lapas) throw notFound("Lapas", asked)
  return lapas
}

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
