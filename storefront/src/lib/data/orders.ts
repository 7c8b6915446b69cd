import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { getAuthHeaders, toShopError } from "./customer"
import { getSdk } from "./sdk"

/** Whole rupiah. */
type Amount = number

export type OrderLapas = {
  id: string
  handle: string | null
  name: string
  city: string | null
  province: string | null
  time_zone: string | null
}

export type OrderItem = {
  id: string
  title: string
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: Amount
  total: Amount
  product_handle: string | null
}

/** Where one lapas's part of the order stands. */
export type GroupState =
  | "awaiting_payment"
  | "processing"
  | "ready_for_pickup"
  | "shipped"
  | "delivered"
  | "picked_up"
  | "canceled"

/** A part's progress; the dates are ISO instants, shown in the lapas's zone. */
export type GroupProgress = {
  state: GroupState
  courier: string | null
  /** The courier's tracking number. */
  resi: string | null
  paid_at: string | null
  ready_at: string | null
  shipped_at: string | null
  delivered_at: string | null
}

/** The whole order's progress, derived from all its parts ("shipped": every part shipped or ready for pickup). */
export type OrderProgress =
  | "awaiting_payment"
  | "processing"
  | "partially_shipped"
  | "shipped"
  | "delivered"
  | "canceled"

export type TimelineKey =
  | "placed"
  | "paid"
  | "shipped"
  | "ready_for_pickup"
  | "delivered"
  | "picked_up"
  | "canceled"
  | "refunded"

/** One step of the order's history; `lapas_name` is null for steps of the whole order. */
export type TimelineEntry = {
  key: TimelineKey
  at: string
  lapas_name: string | null
  courier: string | null
  resi: string | null
}

export type OrderGroup = {
  lapas: OrderLapas
  items: OrderItem[]
  shipping: { name: string; amount: Amount; kind: "courier" | "pickup" } | null
  subtotal: Amount
  total: Amount
  progress: GroupProgress
}

export type TransferAccount = {
  lapas: { name: string; handle: string | null }
  bank_name: string
  account_number: string
  account_holder: string
  amount: Amount
}

export type OrderSummary = {
  id: string
  display_id: number
  created_at: string
  email: string | null
  status: string
  payment_status: string
  fulfillment_status: string
  currency_code: string
  subtotal: Amount
  shipping_total: Amount
  discount_total: Amount
  tax_total: Amount
  total: Amount
  shipping_address: {
    first_name: string | null
    last_name: string | null
    address_1: string | null
    address_2: string | null
    city: string | null
    province: string | null
    postal_code: string | null
    phone: string | null
    district: string | null
  } | null
  groups: OrderGroup[]
  payment: {
    provider_id: string | null
    kind: "bank_transfer" | "card" | "other"
    status: string | null
    transfer: { due_at: string | null; total: Amount; accounts: TransferAccount[] } | null
  } | null
  progress: OrderProgress
  /** Oldest first. */
  timeline: TimelineEntry[]
}

/** `GET /store/orders/:id/summary`; null for an unknown id. The id itself is the (unguessable) key. */
export const getOrderSummary = cache(async (orderId: string): Promise<OrderSummary | null> => {
  try {
    const { order } = await getSdk().client.fetch<{ order: OrderSummary }>(
      `/store/orders/${encodeURIComponent(orderId)}/summary`,
      { method: "GET" }
    )
    return order
  } catch (error) {
    const failure = toShopError(error)
    if (failure.status === 404 || failure.status === 400) return null
    throw failure
  }
})

/**
 * Summaries of several orders (the account's order list) by id, read in parallel. An order whose
 * summary cannot be read is left out, so the list still shows with Medusa's own statuses.
 */
export async function getOrderSummaries(orderIds: string[]): Promise<Map<string, OrderSummary>> {
  const ids = [...new Set(orderIds.filter(Boolean))]
  const entries = await Promise.all(
    ids.map(async (id) => {
      try {
        return [id, await getOrderSummary(id)] as const
      } catch (error) {
        console.warn("[storefront] could not read the summary of order", id, toShopError(error).message)
        return [id, null] as const
      }
    })
  )
  return new Map(entries.filter((entry): entry is readonly [string, OrderSummary] => entry[1] !== null))
}

/**
 * Guest lookup by order number and email (`POST /store/orders/lookup`). null when they do not
 * match an order: the backend answers a wrong number and a wrong email alike.
 */
export async function lookupOrder(displayId: number, email: string): Promise<OrderSummary | null> {
  try {
    const { order } = await getSdk().client.fetch<{ order: OrderSummary }>("/store/orders/lookup", {
      method: "POST",
      body: { display_id: displayId, email },
    })
    return order
  } catch (error) {
    const failure = toShopError(error)
    if (failure.status === 404) return null
    throw failure
  }
}

/** The list route allows payment sessions only as a whole relation; the provider tells bank transfer from card. */
const HISTORY_FIELDS =
  "id,display_id,created_at,status,payment_status,fulfillment_status,total,currency_code,items.id,items.quantity,*payment_collections.payment_sessions"

/** Bank transfer or card, from the provider of the order's payment session. */
export function orderPaymentKind(order: HttpTypes.StoreOrder): "bank_transfer" | "card" | "other" | null {
  const sessions = (order.payment_collections ?? []).flatMap((c) => c.payment_sessions ?? [])
  const provider = sessions[0]?.provider_id
  if (!provider) return null
  if (provider === "pp_system_default") return "bank_transfer"
  if (provider.startsWith("pp_stripe")) return "card"
  return "other"
}

export type OrderHistory = { orders: HttpTypes.StoreOrder[]; count: number }

/** The logged-in customer's orders, newest first. */
export async function listCustomerOrders({ limit = 20, offset = 0 } = {}): Promise<OrderHistory> {
  try {
    const { orders, count } = await getSdk().store.order.list(
      { fields: HISTORY_FIELDS, limit, offset, order: "-created_at" },
      await getAuthHeaders()
    )
    return { orders, count }
  } catch (error) {
    throw toShopError(error)
  }
}
