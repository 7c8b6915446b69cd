import "server-only"
import {
  LAPAS_API,
  type CloseVenueResponse,
  type CashClosingPreview,
  type CashClosingResponse,
  type CloseCashRequest,
  type CreateEventVenueRequest,
  type DirectSaleResponse,
  type LapasQrisResponse,
  type ListCashClosingsResponse,
  type ListDirectSalesResponse,
  type ListVenuesResponse,
  type UpdateVenueRequest,
  type VenueResponse,
  type VenueStockMoveRequest,
  type VenueStockResponse,
  type ReceiptFormat,
} from "@karya-binaan/contracts"
import { getBackendUrl } from "../config"
import { lapasApi } from "./api"
import { queryString } from "./national"
import { getSessionToken } from "./session-cookie"

/**
 * The panel pages around the till: the lapas's direct sales (history, one sale, void, stock
 * settlement, receipts), its venues and events (stock moves, closing an event, the static QRIS
 * image) and the daily cash closing, all through the scoped API with the member's token.
 */

export const DIRECT_SALES_PAGE_SIZE = 20
export const CASH_CLOSINGS_PAGE_SIZE = 30

/** `POST|DELETE /lapas-api/lapas/:id/qris` (the contract's LapasQrisResponse). */
export type QrisResponse = LapasQrisResponse

export type { CloseVenueResponse, ListCashClosingsResponse, ReceiptFormat }

const salePath = (id: string, rest = "") => `${LAPAS_API}/direct-sales/${encodeURIComponent(id)}${rest}`
const venuePath = (id: string, rest = "") => `${LAPAS_API}/venues/${encodeURIComponent(id)}${rest}`

export interface DirectSaleFilters {
  venueId?: string
  /** The lapas's calendar day, YYYY-MM-DD. */
  day?: string
  status?: "completed" | "voided"
  /** Only sales with a stock warning to settle. */
  warnings?: boolean
  /** National members: one lapas. */
  lapasId?: string
  page?: number
}

/** A page of the lapas's direct sales, newest first. */
export function listDirectSales(filters: DirectSaleFilters = {}) {
  const page = Math.max(1, filters.page ?? 1)
  return lapasApi<ListDirectSalesResponse>(
    `${LAPAS_API}/direct-sales${queryString({
      venue_id: filters.venueId,
      business_date: filters.day,
      status: filters.status,
      warnings: filters.warnings ? "true" : undefined,
      lapas_id: filters.lapasId,
      limit: DIRECT_SALES_PAGE_SIZE,
      offset: (page - 1) * DIRECT_SALES_PAGE_SIZE,
    })}`
  )
}

/** One sale (ApiError 404 when it is not the member's lapas's). */
export async function getDirectSale(id: string) {
  return (await lapasApi<DirectSaleResponse>(salePath(id))).direct_sale
}

export async function voidDirectSale(id: string, reason: string) {
  return (await lapasApi<DirectSaleResponse>(salePath(id, "/void"), { method: "POST", body: { reason } })).direct_sale
}

/** Staff say how the stock a sale oversold was settled. */
export async function settleDirectSaleStock(id: string, note: string) {
  return (await lapasApi<DirectSaleResponse>(salePath(id, "/settle-stock"), { method: "POST", body: { note } })).direct_sale
}

/**
 * The sale's receipt PDF (58 mm roll or A4), fetched with the session's token for the panel's
 * download route; the backend's response as it came, so its body can be streamed on.
 */
export async function fetchDirectSaleReceipt(id: string, format: ReceiptFormat): Promise<Response> {
  const token = await getSessionToken()
  if (!token) return new Response(null, { status: 401 })
  try {
    return await fetch(`${getBackendUrl()}${salePath(id, "/receipt")}?format=${format}`, {
      headers: { authorization: `Bearer ${token}`, accept: "application/pdf" },
      cache: "no-store",
    })
  } catch {
    return new Response(null, { status: 502 })
  }
}

// ---------------------------------------------------------------------------------------------
// Venues and events

/** The lapas's venues: showroom, gate, cooperative (made on first use) and its events. */
export async function listVenues(lapasId?: string) {
  return (await lapasApi<ListVenuesResponse>(`${LAPAS_API}/venues${queryString({ lapas_id: lapasId })}`)).venues
}

export async function createEventVenue(body: CreateEventVenueRequest) {
  return (await lapasApi<VenueResponse>(`${LAPAS_API}/venues`, { method: "POST", body })).venue
}

export async function updateVenue(id: string, body: UpdateVenueRequest) {
  return (await lapasApi<VenueResponse>(venuePath(id), { method: "POST", body })).venue
}

export function closeVenue(id: string) {
  return lapasApi<CloseVenueResponse>(venuePath(id, "/close"), { method: "POST", body: {} })
}

export function getVenueStock(id: string) {
  return lapasApi<VenueStockResponse>(venuePath(id, "/stock"))
}

export function moveVenueStock(id: string, body: VenueStockMoveRequest) {
  return lapasApi<VenueStockResponse>(venuePath(id, "/stock-moves"), { method: "POST", body })
}

/** Uploads the lapas's static QRIS image as multipart `file` (the backend re-encodes it to PNG). */
export async function uploadQris(lapasId: string, file: File) {
  const form = new FormData()
  form.set("file", file, file.name || "qris.png")
  return (await lapasApi<QrisResponse>(`${LAPAS_API}/lapas/${encodeURIComponent(lapasId)}/qris`, { method: "POST", body: form })).lapas
}

export async function removeQris(lapasId: string) {
  return (await lapasApi<QrisResponse>(`${LAPAS_API}/lapas/${encodeURIComponent(lapasId)}/qris`, { method: "DELETE" })).lapas
}

// ---------------------------------------------------------------------------------------------
// Daily closing (tutup kas)

/** The day so far at a venue for a cashier (staff: their own till), with the closing when done. */
export function getCashClosingPreview(query: { venueId: string; day: string; cashierId?: string }) {
  return lapasApi<CashClosingPreview>(
    `${LAPAS_API}/cash-closings/preview${queryString({
      venue_id: query.venueId,
      business_date: query.day,
      cashier_id: query.cashierId,
    })}`
  )
}

export async function closeCash(body: CloseCashRequest) {
  return (await lapasApi<CashClosingResponse>(`${LAPAS_API}/cash-closings`, { method: "POST", body })).closing
}

export function listCashClosings(filters: { venueId?: string; from?: string; to?: string; lapasId?: string; page?: number } = {}) {
  const page = Math.max(1, filters.page ?? 1)
  return lapasApi<ListCashClosingsResponse>(
    `${LAPAS_API}/cash-closings${queryString({
      venue_id: filters.venueId,
      from: filters.from,
      to: filters.to,
      lapas_id: filters.lapasId,
      limit: CASH_CLOSINGS_PAGE_SIZE,
      offset: (page - 1) * CASH_CLOSINGS_PAGE_SIZE,
    })}`
  )
}
