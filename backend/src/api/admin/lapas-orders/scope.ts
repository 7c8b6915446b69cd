import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadOrderParts, pickPart, publicPart, type LoadedOrderPart } from "../../../lib/order-parts/parts"
import { notFound, resolveAdminAccess } from "../../utils/access"

// Scope: which parts of an order the caller may see and act on.

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
export async function partsInScope(req: MedusaRequest, orderId: string): Promise<LoadedOrderPart[]> {
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
