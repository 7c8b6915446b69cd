import "server-only"
import {
  XENDIT_PROVIDER_ID,
  isXenditChannel,
  paymentKindOf,
  type OrderLookupBody,
  type OrderSummary,
  type OrderSummaryResponse,
  type PaymentKind,
  type TransferNoticeBody,
  type XenditChannel,
} from "@karya-binaan/contracts"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { getAuthHeaders, toShopError } from "./customer"
import { clientAddressHeaders } from "./client-address"
import { getSdk } from "./sdk"

/** `GET /store/orders/:id/summary`; null for an unknown id. The id itself is the (unguessable) key. */
export const getOrderSummary = cache(async (orderId: string): Promise<OrderSummary | null> => {
  try {
    const { order } = await getSdk().client.fetch<OrderSummaryResponse>(
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
    const { order } = await getSdk().client.fetch<OrderSummaryResponse>("/store/orders/lookup", {
      method: "POST",
      body: { display_id: displayId, email } satisfies OrderLookupBody,
      headers: await clientAddressHeaders(),
    })
    return order
  } catch (error) {
    const failure = toShopError(error)
    if (failure.status === 404) return null
    throw failure
  }
}

/**
 * The buyer's "Saya sudah transfer" for one lapas's part (`POST /store/orders/:id/transfer-notices`),
 * as multipart/form-data with the optional proof photo in `proof`. Like the summary, the order id
 * is the key; the visitor's address goes along for the backend's rate limit. Throws a ShopError
 * (the backend's status and message) when refused.
 */
export async function sendTransferNotice(orderId: string, body: TransferNoticeBody, proof: File | null): Promise<void> {
  const form = new FormData()
  form.set("lapas_handle", body.lapas_handle)
  form.set("amount", String(body.amount))
  form.set("transferred_on", body.transferred_on)
  if (body.sender_name) form.set("sender_name", body.sender_name)
  if (body.sender_bank) form.set("sender_bank", body.sender_bank)
  if (proof && proof.size > 0) form.set("proof", proof, proof.name || "bukti-transfer.jpg")
  try {
    await getSdk().client.fetch<unknown>(`/store/orders/${encodeURIComponent(orderId)}/transfer-notices`, {
      method: "POST",
      body: form,
      // No JSON content type: fetch writes the multipart boundary itself.
      headers: { "content-type": null, ...(await clientAddressHeaders()) },
    })
  } catch (error) {
    throw toShopError(error)
  }
}

/** The list route allows payment sessions only as a whole relation; the provider tells bank transfer from card. */
const HISTORY_FIELDS =
  "id,display_id,created_at,status,payment_status,fulfillment_status,total,currency_code,items.id,items.quantity,*payment_collections.payment_sessions"

/** Bank transfer, card or Xendit, from the provider of the order's payment session. */
export function orderPaymentKind(order: HttpTypes.StoreOrder): PaymentKind | null {
  const sessions = (order.payment_collections ?? []).flatMap((c) => c.payment_sessions ?? [])
  const provider = sessions[0]?.provider_id
  return provider ? paymentKindOf(provider) : null
}

/** The Xendit channel of the order's payment session (QRIS, BCA, OVO…), or null. */
export function orderXenditChannel(order: HttpTypes.StoreOrder): XenditChannel | null {
  const session = (order.payment_collections ?? []).flatMap((c) => c.payment_sessions ?? [])[0]
  if (session?.provider_id !== XENDIT_PROVIDER_ID) return null
  const channel = (session.data as Record<string, unknown> | undefined)?.channel
  return isXenditChannel(channel) ? channel : null
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
