import "server-only"
import { LAPAS_API, type ListVenuesResponse, type Venue } from "@karya-binaan/contracts"
import { getBackendUrl } from "../config"
import { lapasApi } from "./api"
import { getSessionToken } from "./session-cookie"

/**
 * Penjualan langsung, the till's side (`/lapas-api/venues`, `/lapas-api/direct-sales`): the venues
 * a cashier picks from, and the two calls the till's route handlers pass on with the member's
 * token (the catalogue and recording a sale). Those two answer the backend's status and body as
 * they are (401 included), so the page's queue can tell "send again later" from "refused".
 */

/** The lapas's venues (showroom, gate, cooperative, events); national members name the lapas. */
export async function listVenues(lapasId?: string): Promise<Venue[]> {
  const query = lapasId ? `?${new URLSearchParams({ lapas_id: lapasId })}` : ""
  return (await lapasApi<ListVenuesResponse>(`${LAPAS_API}/venues${query}`)).venues
}

/** Venues a sale can be made at today: not closed (events whose last day has passed included, until closed). */
export function openVenues(venues: Venue[]): Venue[] {
  return venues.filter((v) => !v.closed_at)
}

export interface Passed {
  status: number
  body: unknown
}

async function passOn(path: string, init: RequestInit): Promise<Passed> {
  const token = await getSessionToken()
  if (!token) return { status: 401, body: { message: "Sesi berakhir; masuk lagi." } }
  let response: Response
  try {
    response = await fetch(`${getBackendUrl()}${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}`, accept: "application/json" },
      cache: "no-store",
    })
  } catch {
    return { status: 502, body: { message: "Server Karya Binaan tidak terjangkau; penjualan dikirim lagi nanti." } }
  }
  const text = await response.text()
  let body: unknown = null
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = { message: `HTTP ${response.status}` }
  }
  return { status: response.status, body }
}

/** Records one sale from the device (`POST /lapas-api/direct-sales`), the JSON body as the page sent it. */
export function recordDirectSale(body: string): Promise<Passed> {
  return passOn(`${LAPAS_API}/direct-sales`, { method: "POST", body, headers: { "content-type": "application/json" } })
}

/** The till's catalogue at a venue (`GET /lapas-api/direct-sales/catalog`). */
export function directSaleCatalog(venueId: string): Promise<Passed> {
  return passOn(`${LAPAS_API}/direct-sales/catalog?${new URLSearchParams({ venue_id: venueId })}`, { method: "GET" })
}
