import "server-only"
import {
  LAPAS_API,
  type CreateLapasProductRequest,
  type LapasCategoriesResponse,
  type LapasDeleteResponse,
  type LapasProductListResponse,
  type LapasProductResponse,
  type LapasProductStatus,
  type LapasStockResponse,
  type LapasVariantInput,
  type UpdateLapasProductRequest,
  type UpdateLapasStockRequest,
  type UpdateLapasStockResponse,
  type UpdateLapasVariantRequest,
} from "@karya-binaan/contracts"
import { lapasApi } from "./api"

/** The catalogue and stock of the member's lapas (`/lapas-api/products`, `/categories`, `/stock`). */

function query(params: Record<string, string | number | boolean | undefined>) {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ""
}

const product = (id: string) => `${LAPAS_API}/products/${encodeURIComponent(id)}`

export interface ProductListFilters {
  q?: string
  status?: LapasProductStatus
  lapasId?: string
  limit?: number
  offset?: number
}

export function listProducts(filters: ProductListFilters = {}) {
  return lapasApi<LapasProductListResponse>(
    `${LAPAS_API}/products${query({
      q: filters.q,
      status: filters.status,
      lapas_id: filters.lapasId,
      limit: filters.limit,
      offset: filters.offset,
    })}`
  )
}

export async function getProduct(id: string) {
  return (await lapasApi<LapasProductResponse>(product(id))).product
}

export async function createProduct(body: CreateLapasProductRequest) {
  return (await lapasApi<LapasProductResponse>(`${LAPAS_API}/products`, { method: "POST", body })).product
}

export async function updateProduct(id: string, body: UpdateLapasProductRequest) {
  return (await lapasApi<LapasProductResponse>(product(id), { method: "POST", body })).product
}

export function deleteProduct(id: string) {
  return lapasApi<LapasDeleteResponse>(product(id), { method: "DELETE" })
}

export async function addVariant(productId: string, body: LapasVariantInput) {
  return (await lapasApi<LapasProductResponse>(`${product(productId)}/variants`, { method: "POST", body })).product
}

export async function updateVariant(productId: string, variantId: string, body: UpdateLapasVariantRequest) {
  return (
    await lapasApi<LapasProductResponse>(`${product(productId)}/variants/${encodeURIComponent(variantId)}`, {
      method: "POST",
      body,
    })
  ).product
}

export function deleteVariant(productId: string, variantId: string) {
  return lapasApi<LapasDeleteResponse>(`${product(productId)}/variants/${encodeURIComponent(variantId)}`, {
    method: "DELETE",
  })
}

/** Uploads photos (multipart, field `files`); the backend re-encodes them as WebP. */
export async function uploadProductPhotos(productId: string, files: File[]) {
  const form = new FormData()
  for (const file of files) form.append("files", file, file.name)
  return (await lapasApi<LapasProductResponse>(`${product(productId)}/images`, { method: "POST", body: form })).product
}

export async function deleteProductPhoto(productId: string, imageId: string) {
  return (
    await lapasApi<LapasProductResponse>(`${product(productId)}/images/${encodeURIComponent(imageId)}`, {
      method: "DELETE",
    })
  ).product
}

export async function listCategories() {
  return (await lapasApi<LapasCategoriesResponse>(`${LAPAS_API}/categories`)).categories
}

export interface StockFilters {
  q?: string
  low?: boolean
  below?: number
  lapasId?: string
  limit?: number
  offset?: number
}

export function listStock(filters: StockFilters = {}) {
  return lapasApi<LapasStockResponse>(
    `${LAPAS_API}/stock${query({
      q: filters.q,
      low: filters.low ? "true" : undefined,
      below: filters.below,
      lapas_id: filters.lapasId,
      limit: filters.limit,
      offset: filters.offset,
    })}`
  )
}

export async function updateStock(levels: UpdateLapasStockRequest["levels"]) {
  return (await lapasApi<UpdateLapasStockResponse>(`${LAPAS_API}/stock`, { method: "POST", body: { levels } })).stock
}
