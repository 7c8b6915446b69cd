import "server-only"
import type {
  OrderLookupBody,
  OrderSummariesQuery,
  OrderSummary,
  OrderSummaryListResponse,
  OrderSummaryResponse,
  TransferNoticeBody,
} from "@karya-binaan/contracts"
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

export type OrderHistory = { orders: OrderSummary[]; count: number }

/**
 * The logged-in customer's orders, newest first, each with its progress per lapas (state,
 * courier, resi) and payment: one request (`GET /store/orders/summaries`), not one per order.
 */
export async function listCustomerOrders({ limit = 20, offset = 0 } = {}): Promise<OrderHistory> {
  try {
    const { orders, count } = await getSdk().client.fetch<OrderSummaryListResponse>("/store/orders/summaries", {
      method: "GET",
      query: { limit, offset } satisfies OrderSummariesQuery,
      headers: await getAuthHeaders(),
    })
    return { orders, count }
  } catch (error) {
    throw toShopError(error)
  }
}
