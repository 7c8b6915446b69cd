import "server-only"
import {
  LAPAS_API,
  type CreatePremiPayoutBody,
  type PremiInmatesResponse,
  type PremiPayoutListResponse,
  type PremiPayoutResponse,
} from "@karya-binaan/contracts"
import { getBackendUrl } from "../config"
import { ApiError, lapasApi } from "./api"
import { getSessionToken } from "./session-cookie"

/** Premi: balances per inmate, payouts and statements (finance and national members). */

function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ""
}

/** Earned, paid and outstanding premi per inmate of the member's lapas (national: lapas_id or all). */
export async function premiBalances(lapasId?: string) {
  return lapasApi<PremiInmatesResponse>(`${LAPAS_API}/premi/inmates${query({ lapas_id: lapasId })}`)
}

/** Payouts, newest first. */
export async function listPayouts({ inmateId, limit = 20 }: { inmateId?: string; limit?: number } = {}) {
  return lapasApi<PremiPayoutListResponse>(`${LAPAS_API}/premi/payouts${query({ inmate_id: inmateId, limit })}`)
}

export async function createPayout(body: CreatePremiPayoutBody) {
  return lapasApi<PremiPayoutResponse>(`${LAPAS_API}/premi/payouts`, { method: "POST", body })
}

export interface StatementFile {
  /** The PDF's bytes. */
  body: ArrayBuffer
  filename: string
}

/**
 * An inmate's premi statement as a PDF, fetched with the session's token on the server (the
 * panel's route handler passes it on; the token never reaches the browser). Throws ApiError like
 * lapasApi (401 included: the route handler sends the member to log in again).
 */
export async function premiStatementPdf(inmateId: string, period: { from?: string; to?: string } = {}): Promise<StatementFile> {
  const token = await getSessionToken()
  if (!token) throw new ApiError(401, "No session")
  const path = `${LAPAS_API}/premi/inmates/${encodeURIComponent(inmateId)}/statement${query({ ...period, format: "pdf" })}`
  let response: Response
  try {
    response = await fetch(`${getBackendUrl()}${path}`, {
      headers: { authorization: `Bearer ${token}`, accept: "application/pdf" },
      cache: "no-store",
    })
  } catch (error) {
    throw new ApiError(0, `Backend unreachable: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (!response.ok) {
    const payload = (await response.json().catch(() => ({}))) as { message?: unknown; type?: unknown }
    throw new ApiError(
      response.status,
      typeof payload.message === "string" && payload.message ? payload.message : `HTTP ${response.status}`,
      typeof payload.type === "string" ? payload.type : undefined
    )
  }
  const disposition = response.headers.get("content-disposition") ?? ""
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `premi-${inmateId}.pdf`
  return { body: await response.arrayBuffer(), filename }
}
