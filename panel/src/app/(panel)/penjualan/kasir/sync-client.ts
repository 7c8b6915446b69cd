import type { DirectSaleCatalogResponse, RecordDirectSaleRequest } from "@karya-binaan/contracts"
import type { SendResult } from "./queue"

/** The panel's route handlers the till talks to (they add the member's token, which never reaches the page). */
export const SYNC_PATH = "/penjualan/sinkron"
export const CATALOG_PATH = "/penjualan/kasir/katalog"

/**
 * A fetch the proxy may answer with a redirect to /masuk (no session cookie): redirects are not
 * followed and read as 401. A network failure is status 0.
 */
async function call(fetchImpl: typeof fetch, url: string, init: RequestInit): Promise<SendResult> {
  let response: Response
  try {
    response = await fetchImpl(url, { ...init, redirect: "manual", cache: "no-store", credentials: "same-origin" })
  } catch {
    return { status: 0, body: null }
  }
  if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400)) {
    return { status: 401, body: { message: "Sesi berakhir" } }
  }
  let body: unknown = null
  try {
    body = await response.json()
  } catch {
    body = null
  }
  return { status: response.status, body }
}

/** Sends one queued sale through /penjualan/sinkron. */
export function postSale(sale: RecordDirectSaleRequest, fetchImpl: typeof fetch = fetch): Promise<SendResult> {
  return call(fetchImpl, SYNC_PATH, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(sale),
  })
}

/** The venue's catalogue through /penjualan/kasir/katalog. */
export async function fetchCatalog(
  venueId: string,
  fetchImpl: typeof fetch = fetch
): Promise<{ status: number; catalog: DirectSaleCatalogResponse | null; message: string | null }> {
  const { status, body } = await call(fetchImpl, `${CATALOG_PATH}?${new URLSearchParams({ venue_id: venueId })}`, {
    headers: { accept: "application/json" },
  })
  if (status === 200 && body && Array.isArray((body as DirectSaleCatalogResponse).items)) {
    return { status, catalog: body as DirectSaleCatalogResponse, message: null }
  }
  const message = (body as { message?: unknown } | null)?.message
  return { status, catalog: null, message: typeof message === "string" ? message : null }
}
