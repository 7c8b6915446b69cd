import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { isDirectSaleOrder } from "../../../lib/order-parts/lapas-orders"
import { loadOrderParts, publicPart, type LoadedOrderPart } from "../../../lib/order-parts/parts"
import { notInScope, type MemberAccess } from "../../utils/member-access"

// Which parts of an order a member may see and act on. Everything here runs before a write, so a
// foreign or unknown id is refused (404) before anything is read for the response or written.

/** A request the order's state does not allow: 400 with what to do instead. */
export const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * Every part of the order and those the member may see: a lapas member's own part, every part
 * for national members (or the one of `lapasId` when they name one); 404 when they may see none.
 * A lapas member naming another lapas, or a national member naming a lapas with no part in the
 * order, is a 404 too.
 */
export async function orderPartsInScope(
  scope: MedusaContainer,
  member: MemberAccess,
  orderId: string,
  lapasId?: string | null
) {
  if (member.role !== "national" && lapasId && lapasId !== member.lapasId) throw notInScope("Lapas", lapasId)
  const all = (await loadOrderParts(scope, [orderId])).get(orderId) ?? []
  const own = member.role === "national" ? all : all.filter((p) => p.lapas.id === member.lapasId)
  if (!own.length) throw notInScope("Order", orderId)
  if (await isDirectSaleOrder(scope, orderId)) {
    throw refuse("This order is a direct sale, handed over at the counter; open it under Penjualan langsung (/lapas-api/direct-sales).")
  }
  const visible = lapasId ? own.filter((p) => p.lapas.id === lapasId) : own
  if (!visible.length) throw notInScope("Order part of lapas", lapasId!)
  return { all, visible }
}

/**
 * The one part a write or a document is for: a lapas member's own, or the one a national member
 * names (or the only one). A national member must name the lapas of a multi-lapas order.
 */
export async function partToActOn(
  scope: MedusaContainer,
  member: MemberAccess,
  orderId: string,
  lapasId?: string | null
): Promise<{ all: LoadedOrderPart[]; part: LoadedOrderPart }> {
  const { all, visible } = await orderPartsInScope(scope, member, orderId, lapasId)
  if (visible.length > 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `This order holds items of ${visible.length} lapas; name the lapas whose part this is (lapas_id).`
    )
  }
  return { all, part: visible[0] }
}

/**
 * The member's part holding this fulfillment, and the fulfillment; 404 when it is not one of
 * the member's (another lapas's fulfillments, under any order, are not found here).
 */
export async function fulfillmentInScope(
  scope: MedusaContainer,
  member: MemberAccess,
  orderId: string,
  fulfillmentId: string
) {
  const { visible } = await orderPartsInScope(scope, member, orderId)
  const part = visible.find((p) => p.fulfilments.some((f) => f.id === fulfillmentId))
  const fulfillment = part?.fulfilments.find((f) => f.id === fulfillmentId)
  if (!part || !fulfillment) throw notInScope("Fulfillment", fulfillmentId)
  if (fulfillment.canceled_at) throw refuse("This fulfillment was canceled; pack the items again.")
  return { part, fulfillment }
}

/** One lapas's part of the order as it is now, after a write changed it, ready for the response. */
export async function currentPart(scope: MedusaContainer, orderId: string, lapasId: string) {
  const part = ((await loadOrderParts(scope, [orderId])).get(orderId) ?? []).find((p) => p.lapas.id === lapasId)
  if (!part) throw notInScope("Order part of lapas", lapasId)
  return publicPart(part)
}
