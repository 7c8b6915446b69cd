import type {
  ConfirmTransferBody,
  OrderPartListResponse,
  OrderPartResponse,
  OrderPartsResponse,
  PartState,
  ShipPartBody,
} from "@karya-binaan/contracts"
import type { QueryClient } from "@tanstack/react-query"
import { moneyQueryKeys } from "./money-api"
import { sdk } from "./sdk"

/** The order list's filters and page, as the screen keeps them. */
export type LapasOrderListParams = {
  state?: PartState
  /** National users only. */
  lapasId?: string
  /** An order number (display id), digits only. */
  q?: string
  limit: number
  offset: number
}

/** Query keys of the lapas order screens; everything sits under one prefix. */
export const lapasOrderQueryKeys = {
  all: ["karya-binaan", "lapas-orders"] as const,
  list: (params: LapasOrderListParams) =>
    ["karya-binaan", "lapas-orders", "list", params] as const,
  detail: (orderId: string) => ["karya-binaan", "lapas-orders", "detail", orderId] as const,
  /** Every change to one order, so all its buttons wait while one runs. */
  mutation: (orderId: string) => ["karya-binaan", "lapas-orders", "mutation", orderId] as const,
}

/**
 * Query-key prefixes of the dashboard's own order page (order, payments,
 * fulfilments, reservations, stock): confirming a transfer captures a
 * payment, fulfilling and cancelling change fulfilments and stock.
 */
const dashboardOrderQueryKeys = [
  ["orders"],
  ["payment-collection"],
  ["payment"],
  ["fulfillments"],
  ["reservation_items"],
  ["inventory_items"],
  ["inventory_item_levels"],
] as const

/**
 * After a change to an order: refetch the lapas order list and widget (the
 * returned promise), and in the background the dashboard's order page and
 * the order's shares.
 */
export function invalidateLapasOrder(queryClient: QueryClient, orderId: string) {
  const background: readonly (readonly unknown[])[] = [
    moneyQueryKeys.orderShares(orderId),
    ...dashboardOrderQueryKeys,
  ]
  background.forEach((queryKey) => void queryClient.invalidateQueries({ queryKey }))
  return queryClient.invalidateQueries({ queryKey: lapasOrderQueryKeys.all })
}

const orderPath = (orderId: string) => `/admin/lapas-orders/${encodeURIComponent(orderId)}`

export const lapasOrdersApi = {
  /** Newest first; lapas users get only their own lapas's parts. */
  list: ({ state, lapasId, q, limit, offset }: LapasOrderListParams) =>
    sdk.client.fetch<OrderPartListResponse>("/admin/lapas-orders", {
      query: {
        limit,
        offset,
        ...(state ? { state } : {}),
        ...(lapasId ? { lapas_id: lapasId } : {}),
        ...(q ? { q } : {}),
      },
    }),

  /** The caller's parts of one order (404 when none are theirs). */
  detail: (orderId: string) => sdk.client.fetch<OrderPartsResponse>(orderPath(orderId)),

  confirmTransfer: (orderId: string, body: ConfirmTransferBody) =>
    sdk.client.fetch<OrderPartResponse>(`${orderPath(orderId)}/transfer-confirmations`, {
      method: "POST",
      body,
    }),

  /** Courier part: packs every open item; pickup part: marks it ready for pickup. */
  createFulfilment: (orderId: string, lapasId: string) =>
    sdk.client.fetch<OrderPartResponse>(`${orderPath(orderId)}/fulfillments`, {
      method: "POST",
      body: { lapas_id: lapasId },
    }),

  createShipment: (orderId: string, fulfillmentId: string, body: ShipPartBody) =>
    sdk.client.fetch<OrderPartResponse>(
      `${orderPath(orderId)}/fulfillments/${encodeURIComponent(fulfillmentId)}/shipment`,
      { method: "POST", body }
    ),

  /** Courier: delivered; pickup: picked up. */
  markDelivered: (orderId: string, fulfillmentId: string) =>
    sdk.client.fetch<OrderPartResponse>(
      `${orderPath(orderId)}/fulfillments/${encodeURIComponent(fulfillmentId)}/delivered`,
      { method: "POST", body: {} }
    ),

  cancel: (orderId: string) =>
    sdk.client.fetch<OrderPartsResponse>(`${orderPath(orderId)}/cancel`, {
      method: "POST",
      body: {},
    }),

  /** Uploads a transfer proof through Medusa's `POST /admin/uploads`; returns its URL. */
  uploadProof: async (file: File): Promise<string> => {
    const { files } = await sdk.admin.upload.create({ files: [file] })
    const url = files[0]?.url
    if (!url) {
      throw new Error("upload returned no file")
    }
    return url
  },
}
