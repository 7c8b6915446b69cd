import "server-only"
import {
  LAPAS_API,
  type CreateInmateBody,
  type CreateProductionBatchBody,
  type CreateProductionBatchResponse,
  type InmateListResponse,
  type InmateResponse,
  type InmateStatus,
  type LapasProductionCostsResponse,
  type ProductionBatchListResponse,
  type UpdateInmateBody,
} from "@karya-binaan/contracts"
import { lapasApi } from "./api"

/** Production: the lapas's inmates (WBP), production batches and the variants a batch can be recorded for. */

export const PRODUCTION_PAGE_SIZE = 20

function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ""
}

export interface InmateFilter {
  status?: InmateStatus
  q?: string
  /** 1-based. */
  page?: number
  limit?: number
}

/** The inmates of the member's lapas (national: of every lapas), by code. */
export async function listInmates({ status, q, page = 1, limit = PRODUCTION_PAGE_SIZE }: InmateFilter = {}) {
  return lapasApi<InmateListResponse>(
    `${LAPAS_API}/inmates${query({ status, q, limit, offset: (Math.max(1, page) - 1) * limit })}`
  )
}

/** Every active inmate of the lapas (the makers a batch can name), at most 100. */
export async function listActiveInmates() {
  const { inmates } = await lapasApi<InmateListResponse>(`${LAPAS_API}/inmates${query({ status: "active", limit: 100 })}`)
  return inmates
}

export async function getInmate(id: string) {
  const { inmate } = await lapasApi<InmateResponse>(`${LAPAS_API}/inmates/${encodeURIComponent(id)}`)
  return inmate
}

export async function createInmate(body: CreateInmateBody) {
  const { inmate } = await lapasApi<InmateResponse>(`${LAPAS_API}/inmates`, { method: "POST", body })
  return inmate
}

export async function updateInmate(id: string, body: UpdateInmateBody) {
  const { inmate } = await lapasApi<InmateResponse>(`${LAPAS_API}/inmates/${encodeURIComponent(id)}`, {
    method: "POST",
    body,
  })
  return inmate
}

/** Batches, newest first. */
export async function listBatches({ page = 1, limit = PRODUCTION_PAGE_SIZE }: { page?: number; limit?: number } = {}) {
  return lapasApi<ProductionBatchListResponse>(
    `${LAPAS_API}/production-batches${query({ limit, offset: (Math.max(1, page) - 1) * limit })}`
  )
}

export async function createBatch(body: CreateProductionBatchBody) {
  return lapasApi<CreateProductionBatchResponse>(`${LAPAS_API}/production-batches`, { method: "POST", body })
}

/** The variants of one lapas's products with stock and average HPP (national members name the lapas). */
export async function lapasVariants(lapasId?: string) {
  const { variants } = await lapasApi<LapasProductionCostsResponse>(
    `${LAPAS_API}/production-costs${query({ lapas_id: lapasId })}`
  )
  return variants
}
