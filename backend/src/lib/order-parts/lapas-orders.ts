import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  ACTION_STATES,
  ORDER_TABS,
  ORDER_TAB_KEYS,
  tabOfState,
  type ActionState,
  type OrderPart,
  type OrderPartDetail,
  type OrderTab,
  type PartShippingAddress,
  type PartState,
  type PartTimelineEvent,
} from "@karya-binaan/contracts"
import { productIdsOfLapas } from "../lapas/links"
import { addressAreaView } from "../address"
import { loadOrderParts, publicPart, type LoadedOrderPart } from "./parts"

/**
 * What the panel's order screens need besides the parts themselves (parts.ts): which orders a
 * lapas has a part in, the list's tabs and counts, the buyer's delivery address and a part's
 * history. Every function reads only what it is given ids for; the routes check the ids first.
 */

type Row = Record<string, any>

/** Order metadata key holding the reason a member gave when canceling the order. */
export const CANCEL_REASON_KEY = "cancel_reason"

/**
 * Direct sales (penjualan langsung) are orders too, but handed over at the counter: they have
 * their own screens and never enter the online order queues.
 */
// Written without jsonb's `?` operator: knex reads a `?` in raw SQL as a binding.
const NOT_DIRECT_SALE = `(o.metadata -> 'direct_sale') IS NULL`

/** Orders (not drafts, not direct sales) holding at least one line of the lapas's products. */
export async function orderIdsOfLapas(scope: MedusaContainer, lapasId: string): Promise<string[]> {
  const productIds = await productIdsOfLapas(scope, lapasId)
  if (!productIds.length) return []
  const pg = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const result = await pg.raw(
    `SELECT DISTINCT oi.order_id
       FROM order_item oi
       JOIN order_line_item li ON li.id = oi.item_id
       JOIN "order" o ON o.id = oi.order_id
      WHERE li.product_id = ANY(?) AND oi.deleted_at IS NULL AND li.deleted_at IS NULL AND ${NOT_DIRECT_SALE}`,
    [productIds]
  )
  return (result.rows as { order_id: string }[]).map((row) => row.order_id)
}

/** Every order (not drafts, not direct sales), for national members' lists. */
export async function allOrderIds(scope: MedusaContainer): Promise<string[]> {
  const pg = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const result = await pg.raw(`SELECT id FROM "order" o WHERE deleted_at IS NULL AND is_draft_order = false AND ${NOT_DIRECT_SALE}`)
  return (result.rows as { id: string }[]).map((row) => row.id)
}

/** Whether the order is a direct sale (its metadata names one). */
export async function isDirectSaleOrder(scope: MedusaContainer, orderId: string): Promise<boolean> {
  const pg = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const result = await pg.raw(`SELECT 1 FROM "order" o WHERE o.id = ? AND NOT ${NOT_DIRECT_SALE}`, [orderId])
  return result.rows.length > 0
}

export interface PartListFilter {
  state?: PartState
  tab?: OrderTab
  /** An order's display number. */
  q?: number
}

/**
 * A page of parts, newest first, with the counts per action state and per tab of every part
 * matching the search (the state or tab filter narrows only the page).
 */
export function listParts(parts: LoadedOrderPart[], filter: PartListFilter, page: { limit: number; offset: number }) {
  const searched = parts
    .filter((part) => filter.q === undefined || part.display_id === filter.q)
    .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.display_id - a.display_id)
  const counts = Object.fromEntries(ACTION_STATES.map((s) => [s, 0])) as Record<ActionState, number>
  const tabCounts = Object.fromEntries(ORDER_TAB_KEYS.map((t) => [t, 0])) as Record<OrderTab, number>
  for (const part of searched) {
    if ((ACTION_STATES as readonly string[]).includes(part.state)) counts[part.state as ActionState]++
    tabCounts[tabOfState(part.state)]++
  }
  const matching = searched.filter(
    (part) =>
      (!filter.state || part.state === filter.state) &&
      (!filter.tab || (ORDER_TABS[filter.tab] as readonly PartState[]).includes(part.state))
  )
  return {
    parts: matching.slice(page.offset, page.offset + page.limit).map(publicPart),
    count: matching.length,
    limit: page.limit,
    offset: page.offset,
    counts,
    tab_counts: tabCounts,
  }
}

/**
 * The list as it was computed before the state rows (part-states.ts): every order of the scope
 * loaded, every part's state computed, then filtered, sorted and paged in memory. Not used by the
 * route any more; the tests compare the route's SQL list with it and the bench times it as the
 * "before" figure.
 */
export async function listPartsInMemory(
  scope: MedusaContainer,
  lapasId: string | null,
  filter: PartListFilter,
  page: { limit: number; offset: number }
) {
  const orderIds = lapasId ? await orderIdsOfLapas(scope, lapasId) : await allOrderIds(scope)
  const parts = [...(await loadOrderParts(scope, orderIds)).values()]
    .flat()
    .filter((part) => !lapasId || part.lapas.id === lapasId)
  return listParts(parts, filter, page)
}

/** The order's delivery address and the cancel reason, by order id. */
export async function deliveryFactsOfOrders(scope: MedusaContainer, orderIds: string[]) {
  const result = new Map<string, { address: PartShippingAddress; cancel_reason: string | null }>()
  const ids = [...new Set(orderIds.filter(Boolean))]
  if (!ids.length) return result
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "metadata",
      "shipping_address.first_name",
      "shipping_address.last_name",
      "shipping_address.phone",
      "shipping_address.address_1",
      "shipping_address.address_2",
      "shipping_address.city",
      "shipping_address.province",
      "shipping_address.postal_code",
      "shipping_address.country_code",
      "shipping_address.metadata",
    ],
    filters: { id: ids },
  })
  for (const order of data as Row[]) {
    const a = (order.shipping_address ?? {}) as Row
    const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)
    result.set(order.id, {
      address: {
        name: [a.first_name, a.last_name].filter(Boolean).join(" "),
        phone: text(a.phone),
        address_1: text(a.address_1),
        // The kecamatan from address_2 (its kelurahan stays as address_2), or legacy metadata.district.
        ...addressAreaView(a),
        city: text(a.city),
        province: text(a.province),
        postal_code: text(a.postal_code),
        country_code: text(a.country_code),
      },
      cancel_reason: text(order.metadata?.[CANCEL_REASON_KEY]),
    })
  }
  return result
}

/** What happened to a part, oldest first: placed, transfer confirmed, packed, shipped or ready, received, canceled. */
export function partTimeline(part: LoadedOrderPart, cancelReason: string | null): PartTimelineEvent[] {
  const events: PartTimelineEvent[] = [{ key: "placed", at: part.created_at }]
  const confirmation = part.transfer?.confirmation
  if (confirmation) events.push({ key: "transfer_confirmed", at: confirmation.confirmed_at })
  for (const f of part.fulfilments) {
    if (f.canceled_at) continue
    events.push({ key: f.kind === "pickup" ? "ready_for_pickup" : "packed", at: f.created_at })
    if (f.shipped_at && f.kind === "courier") {
      events.push({
        key: "shipped",
        at: f.shipped_at,
        courier: f.courier,
        courier_name: f.courier_name,
        tracking_url: f.tracking_url,
        resi: f.resi,
      })
    }
    if (f.delivered_at) events.push({ key: f.kind === "pickup" ? "picked_up" : "delivered", at: f.delivered_at })
  }
  if (part.internal.canceled_at) {
    events.push({ key: "canceled", at: part.internal.canceled_at, reason: cancelReason })
  }
  return events.sort((a, b) => a.at.localeCompare(b.at))
}

/** The parts with the buyer's address and their history, for the detail screen and the documents. */
export async function detailedParts(scope: MedusaContainer, parts: LoadedOrderPart[]): Promise<OrderPartDetail[]> {
  const facts = await deliveryFactsOfOrders(
    scope,
    parts.map((p) => p.order_id)
  )
  return parts.map((part) => {
    const fact = facts.get(part.order_id)
    // A part canceled on its own keeps its reason with it; the order's reason is the whole order's.
    const cancelReason = part.internal.canceled_part ? part.internal.canceled_part.reason : fact?.cancel_reason ?? null
    return {
      ...(publicPart(part) as OrderPart),
      shipping_address: fact?.address ?? {
        name: part.buyer.name,
        phone: null,
        address_1: null,
        address_2: null,
        district: null,
        city: part.buyer.city,
        province: null,
        postal_code: null,
        country_code: null,
      },
      timeline: partTimeline(part, cancelReason),
      cancel_reason: cancelReason,
    }
  })
}
