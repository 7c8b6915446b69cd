import type { MedusaRequest, MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { PRODUCTION_MODULE } from "../modules/production"
import { INMATE_STATUSES } from "../modules/production/models/inmate"
import type ProductionModuleService from "../modules/production/service"
import type { LapasAccess, Rule } from "./admin-guard"
import { lapasOfProduct, notFound } from "./access"
import { todayWib } from "./production-views"
import { validateBody, validateQuery } from "./validation"

// ---------------------------------------------------------------------------
// Validation (zod). Amounts are whole rupiah; dates are calendar days YYYY-MM-DD.
// ---------------------------------------------------------------------------

const wholeRupiah = z
  .number({ error: "Amounts are whole rupiah, as a number" })
  .int("Amounts are whole rupiah: no fractions")
  .nonnegative("An amount cannot be negative")
  .max(Number.MAX_SAFE_INTEGER)

const positiveCount = (what: string) =>
  z
    .number({ error: `${what} is a whole number` })
    .int(`${what} is a whole number`)
    .positive(`${what} must be at least 1`)
    .max(1_000_000, `${what} cannot exceed 1,000,000`)

const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Dates are written YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  }, "Not a calendar date")

const paging = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}

export const CreateProductionBatchSchema = z
  .object({
    variant_id: z.string().trim().min(1, "Name the product variant (variant_id) the batch made"),
    quantity: positiveCount("The batch quantity"),
    unit_cost: wholeRupiah,
    produced_on: calendarDay.refine(
      // One day of slack for lapas east of WIB (WITA, WIT).
      (value) => value <= todayWib(new Date(Date.now() + 24 * 60 * 60 * 1000)),
      "A batch cannot be produced in the future"
    ),
    makers: z
      .array(
        z
          .object({
            inmate_id: z.string().trim().min(1, "Each maker names an inmate (inmate_id)"),
            work_units: positiveCount("Work units"),
          })
          .strict()
      )
      .min(1, "Name at least one inmate who made the batch (makers)")
      .max(500)
      .refine(
        (makers) => new Set(makers.map((m) => m.inmate_id)).size === makers.length,
        "Each inmate appears once among the makers; add their work units together"
      ),
    notes: z.string().trim().max(2000).nullable().optional(),
  })
  .strict()
export type CreateProductionBatch = z.infer<typeof CreateProductionBatchSchema>

export const ListProductionBatchesQuerySchema = z.object({
  ...paging,
  variant_id: z.string().min(1).optional(),
  product_id: z.string().min(1).optional(),
  /** National users only; a lapas user always sees their own lapas. */
  lapas_id: z.string().min(1).optional(),
})
export type ListProductionBatchesQuery = z.infer<typeof ListProductionBatchesQuerySchema>

const inmateCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[A-Z0-9]+(-[A-Z0-9]+)*$/,
    "An inmate code is a pseudonym of letters, digits and single dashes, e.g. BJN-001; never a name or registration number"
  )
  .min(3, "An inmate code has at least 3 characters")
  .max(32, "An inmate code has at most 32 characters")

const inmateProfile = {
  display_name: z.string().trim().min(1).max(60, "A display name has at most 60 characters").nullable(),
  story: z.string().trim().max(1000, "A story has at most 1,000 characters").nullable(),
  consent_public: z.boolean(),
  status: z.enum(INMATE_STATUSES),
}

export const CreateInmateSchema = z
  .object({
    code: inmateCode,
    display_name: inmateProfile.display_name.optional(),
    story: inmateProfile.story.optional(),
    consent_public: inmateProfile.consent_public.default(false),
    status: inmateProfile.status.default("active"),
    /** Required from national users; lapas staff always create for their own lapas. */
    lapas_id: z.string().min(1).optional(),
  })
  .strict()
export type CreateInmate = z.infer<typeof CreateInmateSchema>

export const UpdateInmateSchema = z.object(inmateProfile).partial().strict()
export type UpdateInmate = z.infer<typeof UpdateInmateSchema>

export const ListInmatesQuerySchema = z.object({
  ...paging,
  status: z.enum(INMATE_STATUSES).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  lapas_id: z.string().min(1).optional(),
})
export type ListInmatesQuery = z.infer<typeof ListInmatesQuerySchema>

// ---------------------------------------------------------------------------
// Guard rules: lapas staff read and write their own lapas's production, finance reads it;
// national users pass every rule. The route handlers scope lists and writes to the caller's
// lapas again (resolveAdminAccess), so a rule forgotten here cannot leak another lapas.
// ---------------------------------------------------------------------------

async function requireOwnInmate(req: MedusaRequest, access: LapasAccess, inmateId: string) {
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const [inmate] = await production.listInmates({ id: inmateId, lapas_id: access.lapasId }, { select: ["id"] })
  if (!inmate) {
    throw notFound("Inmate", inmateId)
  }
}

async function requireOwnProduct(req: MedusaRequest, access: LapasAccess, productId: string) {
  if ((await lapasOfProduct(req, productId)) !== access.lapasId) {
    throw notFound("Product", productId)
  }
}

/** What lapas users may do on the production admin routes (see admin-guard.ts: unlisted routes are national-only). */
export const productionGuardRules: Rule[] = [
  { methods: ["GET"], path: /^\/admin\/production-batches$/, roles: ["lapas_staff", "finance"] },
  { methods: ["POST"], path: /^\/admin\/production-batches$/, roles: ["lapas_staff"] },
  { methods: ["GET"], path: /^\/admin\/inmates$/, roles: ["lapas_staff", "finance"] },
  { methods: ["POST"], path: /^\/admin\/inmates$/, roles: ["lapas_staff"] },
  {
    methods: ["GET"],
    path: /^\/admin\/inmates\/([^/]+)$/,
    roles: ["lapas_staff", "finance"],
    scope: (req, access, match) => requireOwnInmate(req, access, match[1]),
  },
  {
    methods: ["POST"],
    path: /^\/admin\/inmates\/([^/]+)$/,
    roles: ["lapas_staff"],
    scope: (req, access, match) => requireOwnInmate(req, access, match[1]),
  },
  {
    methods: ["GET"],
    path: /^\/admin\/products\/([^/]+)\/production-costs$/,
    roles: ["lapas_staff", "finance"],
    scope: (req, access, match) => requireOwnProduct(req, access, match[1]),
  },
]

/** Body and query validation of the production admin routes. */
export const productionMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/production-batches",
    middlewares: [validateBody(CreateProductionBatchSchema)],
  },
  {
    method: ["GET"],
    matcher: "/admin/production-batches",
    middlewares: [validateQuery(ListProductionBatchesQuerySchema)],
  },
  { method: ["POST"], matcher: "/admin/inmates", middlewares: [validateBody(CreateInmateSchema)] },
  { method: ["GET"], matcher: "/admin/inmates", middlewares: [validateQuery(ListInmatesQuerySchema)] },
  { method: ["POST"], matcher: "/admin/inmates/:id", middlewares: [validateBody(UpdateInmateSchema)] },
]
