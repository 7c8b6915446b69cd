import "server-only"
import {
  LAPAS_API,
  type LapasOrderListResponse,
  type OrderPartDetailResponse,
  type OrderPartResponse,
  type OrderPartsResponse,
  type OrderTab,
} from "@karya-binaan/contracts"
import { getBackendUrl } from "../config"
import { lapasApi } from "./api"
import { getSessionToken } from "./session-cookie"

/** The lapas's orders (its parts of orders) through `/lapas-api/orders`. */

export const ORDERS_PAGE_SIZE = 20

const orderPath = (orderId: string, rest = "") => `${LAPAS_API}/orders/${encodeURIComponent(orderId)}${rest}`

/** A page of the member's parts under a tab, optionally one order number. */
export async function listOrders(options: { tab?: OrderTab; q?: string; page?: number; lapasId?: string }) {
  const params = new URLSearchParams()
  if (options.tab) params.set("tab", options.tab)
  if (options.q) params.set("q", options.q)
  if (options.lapasId) params.set("lapas_id", options.lapasId)
  const page = Math.max(1, options.page ?? 1)
  params.set("limit", String(ORDERS_PAGE_SIZE))
  params.set("offset", String((page - 1) * ORDERS_PAGE_SIZE))
  return lapasApi<LapasOrderListResponse>(`${LAPAS_API}/orders?${params}`)
}

/** The member's part(s) of one order (ApiError 404 when it is not theirs). */
export async function getOrder(orderId: string) {
  return lapasApi<OrderPartDetailResponse>(orderPath(orderId))
}

/** Confirms the transfer: the form's amount, day and proof photo go as multipart, as the member sent them. */
export async function confirmTransfer(
  orderId: string,
  fields: { amount: number; transferredOn: string; lapasId?: string; proof?: File | null }
) {
  const form = new FormData()
  form.set("amount", String(fields.amount))
  form.set("transferred_on", fields.transferredOn)
  if (fields.lapasId) form.set("lapas_id", fields.lapasId)
  if (fields.proof && fields.proof.size > 0) form.set("proof", fields.proof, fields.proof.name || "bukti.jpg")
  return lapasApi<OrderPartResponse>(orderPath(orderId, "/transfer-confirmations"), { method: "POST", body: form })
}

export async function packOrder(orderId: string, lapasId?: string) {
  return lapasApi<OrderPartResponse>(orderPath(orderId, "/fulfillments"), {
    method: "POST",
    body: lapasId ? { lapas_id: lapasId } : {},
  })
}

export async function shipPackage(orderId: string, fulfillmentId: string, body: { courier: string; resi: string }) {
  return lapasApi<OrderPartResponse>(orderPath(orderId, `/fulfillments/${encodeURIComponent(fulfillmentId)}/shipment`), {
    method: "POST",
    body,
  })
}

export async function markReceived(orderId: string, fulfillmentId: string) {
  return lapasApi<OrderPartResponse>(orderPath(orderId, `/fulfillments/${encodeURIComponent(fulfillmentId)}/delivered`), {
    method: "POST",
    body: {},
  })
}

export async function cancelOrder(orderId: string, reason: string) {
  return lapasApi<OrderPartsResponse>(orderPath(orderId, "/cancel"), { method: "POST", body: { reason } })
}

export const ORDER_DOCUMENTS = { "daftar-isi": "packing-slip", label: "shipping-label" } as const
export type OrderDocumentSlug = keyof typeof ORDER_DOCUMENTS

/**
 * A PDF of the member's part (packing slip or shipping label), fetched with the session's token
 * for the panel's download route; the backend's response as it came (status, body).
 */
export async function fetchOrderDocument(orderId: string, slug: OrderDocumentSlug, lapasId?: string): Promise<Response> {
  const token = await getSessionToken()
  if (!token) return new Response(null, { status: 401 })
  const query = lapasId ? `?lapas_id=${encodeURIComponent(lapasId)}` : ""
  try {
    return await fetch(`${getBackendUrl()}${orderPath(orderId, `/${ORDER_DOCUMENTS[slug]}`)}${query}`, {
      headers: { authorization: `Bearer ${token}`, accept: "application/pdf" },
      cache: "no-store",
    })
  } catch {
    return new Response(null, { status: 502 })
  }
}
