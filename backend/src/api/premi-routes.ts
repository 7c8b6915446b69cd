import type { MedusaRequest, MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { PRODUCTION_MODULE } from "../modules/production"
import type ProductionModuleService from "../modules/production/service"
import { PAYOUT_METHODS } from "../modules/premi/models/payout"
import { isCalendarDay } from "../modules/profit-share/reports/period"
import type { LapasAccess, Rule } from "./admin-guard"
import { notFound } from "./access"
import { validateBody } from "./validation"

// ---------------------------------------------------------------------------
// Validation (zod). Amounts are whole rupiah; days are YYYY-MM-DD in the lapas's time zone.
// ---------------------------------------------------------------------------

const calendarDay = (what: string) =>
  z
    .string({ error: `${what} is a date written YYYY-MM-DD` })
    .refine(isCalendarDay, `${what} must be a real calendar date written YYYY-MM-DD, e.g. 2026-11-25`)

export const CreatePremiPayoutSchema = z
  .object({
    inmate_id: z.string({ error: "Name the inmate paid (inmate_id)" }).trim().min(1, "Name the inmate paid (inmate_id)"),
    amount: z
      .number({ error: "amount is whole rupiah, as a number, e.g. 50000" })
      .int("amount is whole rupiah: no fractions")
      .positive("amount must be more than 0")
      .max(Number.MAX_SAFE_INTEGER),
    paid_on: calendarDay("paid_on"),
    method: z.enum(PAYOUT_METHODS, {
      error: `method is one of ${PAYOUT_METHODS.join(", ")}`,
    }),
    note: z.string().trim().max(500, "A note has at most 500 characters").nullable().optional(),
  })
  .strict()
export type CreatePremiPayout = z.infer<typeof CreatePremiPayoutSchema>

export const PremiInmatesQuerySchema = z.object({
  /** National users only; finance always sees their own lapas. */
  lapas_id: z.string().min(1).optional(),
  status: z.enum(["active", "released"]).optional(),
})

export const PremiStatementQuerySchema = z
  .object({
    from: calendarDay("from").optional(),
    to: calendarDay("to").optional(),
    format: z.enum(["json", "pdf"], { error: "format is json or pdf" }).default("json"),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, "from must not be after to")

// ---------------------------------------------------------------------------
// Guard rules: premi is money, so finance (own lapas) and national users only; lapas staff are
// refused (403). An inmate of another lapas answers 404, so its existence does not leak.
// ---------------------------------------------------------------------------

async function requireOwnInmate(req: MedusaRequest, access: LapasAccess, inmateId: string) {
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const [inmate] = await production.listInmates({ id: inmateId, lapas_id: access.lapasId }, { select: ["id"] })
  if (!inmate) throw notFound("Inmate", inmateId)
}

export const premiGuardRules: Rule[] = [
  { methods: ["GET"], path: /^\/admin\/premi\/inmates$/, roles: ["finance"] },
  {
    methods: ["GET"],
    path: /^\/admin\/premi\/inmates\/([^/]+)\/statement$/,
    roles: ["finance"],
    scope: (req, access, match) => requireOwnInmate(req, access, match[1]),
  },
  {
    // The handler checks the inmate of the body against the caller's lapas (404 when foreign).
    methods: ["POST"],
    path: /^\/admin\/premi\/payouts$/,
    roles: ["finance"],
  },
]

export const premiMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/premi/payouts", middlewares: [validateBody(CreatePremiPayoutSchema)] },
]
