import type { MedusaRequest, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { isCalendarDay } from "../modules/profit-share/reports/period"
import type { Rule } from "./admin-guard"
import { notFound, resolveAdminAccess } from "./access"
import { PART_STATES } from "./order-part-state"
import { loadOrderParts, pickPart, publicPart, type LapasOrderPart } from "./order-parts"
import { validateBody, validateQuery } from "./validation"

// ---------------------------------------------------------------------------
// Validation (zod). Amounts are whole rupiah; days are YYYY-MM-DD in the lapas's time zone.
// ---------------------------------------------------------------------------

const lapasId = z.string().trim().min(1, "lapas_id names a lapas").optional()

export const ListLapasOrdersQuerySchema = z.object({
  state: z.enum([...PART_STATES] as [string, ...string[]], { error: `state is one of ${PART_STATES.join(", ")}` }).optional(),
  lapas_id: lapasId,
  q: z
    .string()
    .trim()
    .regex(/^#?\d{1,12}$/, "q is an order number, e.g. 1042")
    .transform((value) => Number(value.replace("#", "")))
    .optional(),
  limit: z.coerce.number().int().min(1, "limit is 1 to 100").max(100, "limit is 1 to 100").default(20),
  offset: z.coerce.number().int().min(0, "offset is 0 or more").default(0),
})
export type ListLapasOrdersQuery = z.infer<typeof ListLapasOrdersQuerySchema>

export const ConfirmTransferSchema = z
  .object({
    lapas_id: lapasId,
    amount: z
      .number({ error: "amount is the rupiah received, as a whole number, e.g. 125000" })
      .int("amount is whole rupiah: no fractions")
      .positive("amount must be more than 0")
      .max(Number.MAX_SAFE_INTEGER),
    transferred_on: z
      .string({ error: "transferred_on is the day the money arrived, written YYYY-MM-DD" })
      .refine(isCalendarDay, "transferred_on must be a real calendar date written YYYY-MM-DD, e.g. 2026-12-04"),
    proof_url: z
      .string()
      .trim()
      .max(2000, "proof_url is too long")
      .refine((value) => /^(https?:\/\/|\/)/.test(value), "proof_url is the URL of the uploaded proof image")
      .nullable()
      .optional(),
  })
  .strict()
export type ConfirmTransfer = z.infer<typeof ConfirmTransferSchema>

export const FulfilPartSchema = z.object({ lapas_id: lapasId }).strict()
export type FulfilPart = z.infer<typeof FulfilPartSchema>

export const ShipPartSchema = z
  .object({
    /** Accepted for symmetry with the other writes; the fulfilment already names its lapas. */
    lapas_id: lapasId,
    courier: z
      .string({ error: "Name the courier (courier), e.g. JNE" })
      .trim()
      .min(2, "Name the courier (courier), e.g. JNE")
      .max(60, "courier has at most 60 characters"),
    resi: z
      .string({ error: "Enter the tracking number (resi) the courier gave" })
      .trim()
      .regex(/^[A-Za-z0-9-]{6,40}$/, "resi is the courier's tracking number: 6 to 40 letters, digits or dashes"),
  })
  .strict()
export type ShipPart = z.infer<typeof ShipPartSchema>

export const lapasOrderMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/lapas-orders", middlewares: [validateQuery(ListLapasOrdersQuerySchema)] },
  {
    method: ["POST"],
    matcher: "/admin/lapas-orders/:id/transfer-confirmations",
    middlewares: [validateBody(ConfirmTransferSchema)],
  },
  { method: ["POST"], matcher: "/admin/lapas-orders/:id/fulfilments", middlewares: [validateBody(FulfilPartSchema)] },
  {
    method: ["POST"],
    matcher: "/admin/lapas-orders/:id/fulfilments/:fulfillment_id/shipment",
    middlewares: [validateBody(ShipPartSchema)],
  },
]

// ---------------------------------------------------------------------------
// Guard rules: staff and finance of a lapas read and confirm transfers for its parts; only
// staff pack, ship and cancel. The handlers narrow every order to the caller's own parts.
// ---------------------------------------------------------------------------

export const lapasOrderGuardRules: Rule[] = [
  { methods: ["GET"], path: /^\/admin\/lapas-orders(\/[^/]+)?$/, roles: ["lapas_staff", "finance"] },
  {
    methods: ["POST"],
    path: /^\/admin\/lapas-orders\/[^/]+\/transfer-confirmations$/,
    roles: ["lapas_staff", "finance"],
  },
  {
    methods: ["POST"],
    path: /^\/admin\/lapas-orders\/[^/]+\/(fulfilments(\/[^/]+\/(shipment|delivered))?|cancel)$/,
    roles: ["lapas_staff"],
  },
]

// ---------------------------------------------------------------------------
// Scope: which parts of an order the caller may see and act on.
// ---------------------------------------------------------------------------

/** A request the order's state does not allow: 400 with what to do instead. */
export const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * Every part of an order and those the caller may see: a lapas user's own part, every part for
 * national users; 404 when the caller may see none.
 */
export async function orderPartsInScope(req: MedusaRequest, orderId: string) {
  const access = await resolveAdminAccess(req)
  const all = (await loadOrderParts(req.scope, [orderId])).get(orderId) ?? []
  const visible = access.role === "national" ? all : all.filter((p) => p.lapas.id === access.lapasId)
  if (!visible.length) throw notFound("Order", orderId)
  return { access, all, visible }
}

/** The caller's parts of an order (see orderPartsInScope). */
export async function partsInScope(req: MedusaRequest, orderId: string): Promise<LapasOrderPart[]> {
  return (await orderPartsInScope(req, orderId)).visible
}

/** One lapas's part of the order as it is now, after a write changed it, ready for the response. */
export async function currentPart(req: MedusaRequest, orderId: string, lapasId: string) {
  const part = (await partsInScope(req, orderId)).find((p) => p.lapas.id === lapasId)
  if (!part) throw notFound("Order part of lapas", lapasId)
  return publicPart(part)
}

/** The one part a write acts on: the caller's own, or the one a national user names. */
export async function partToActOn(req: MedusaRequest, orderId: string, namedLapasId?: string) {
  const { access, all, visible } = await orderPartsInScope(req, orderId)
  const part = pickPart(visible, access.role === "national" ? namedLapasId : access.lapasId)
  if (!part) {
    if (access.role === "national" && !namedLapasId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `This order holds items of ${visible.length} lapas; name the lapas whose part this is (lapas_id).`
      )
    }
    throw notFound("Order part of lapas", namedLapasId ?? "")
  }
  return { access, all, part }
}
