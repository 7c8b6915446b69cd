import type {
  AddStaffBody,
  AddStaffResponse,
  AdminLapasDetailResponse,
  AdminLapasListResponse,
  AdminLapasResponse,
  AdminLapasWithBank,
  AdminPartnerResponse,
  CreatePartnerBody,
  MeLapasResponse,
  UpdateLapasBody,
} from "@karya-binaan/contracts"
import { FetchError } from "@medusajs/js-sdk"
import { sdk } from "./sdk"
import { messages } from "./messages"
import type { LapasProductListParams, LapasProductListResponse, ProductWithLapasResponse } from "./types"

/** Query keys, so mutations can invalidate what they change. */
export const queryKeys = {
  me: ["karya-binaan", "me-lapas"] as const,
  lapasList: ["karya-binaan", "lapas", "list"] as const,
  lapasDetail: (id: string) => ["karya-binaan", "lapas", "detail", id] as const,
  productLapas: (productId: string) =>
    ["karya-binaan", "product-lapas", productId] as const,
  lapasOptions: ["karya-binaan", "lapas", "options"] as const,
  lapasProducts: (params: LapasProductListParams) =>
    ["karya-binaan", "lapas-products", params] as const,
}

/** Fields the lapas product tables show; `lapas` comes through the product ↔ lapas link. */
const LAPAS_PRODUCT_FIELDS = [
  "id",
  "title",
  "handle",
  "status",
  "thumbnail",
  "*variants",
  "+lapas.id",
  "+lapas.name",
  "+lapas.handle",
  "+lapas.city",
].join(",")

/** Largest page `GET /admin/lapas` serves. */
const LAPAS_PAGE = 100

export const api = {
  me: () => sdk.client.fetch<MeLapasResponse>("/admin/me/lapas"),

  listLapas: () => sdk.client.fetch<AdminLapasListResponse>("/admin/lapas"),

  getLapas: (id: string) =>
    sdk.client.fetch<AdminLapasDetailResponse>(
      `/admin/lapas/${encodeURIComponent(id)}`
    ),

  updateLapas: (id: string, body: UpdateLapasBody) =>
    sdk.client.fetch<AdminLapasResponse>(
      `/admin/lapas/${encodeURIComponent(id)}`,
      { method: "POST", body }
    ),

  createPartner: (lapasId: string, body: CreatePartnerBody) =>
    sdk.client.fetch<AdminPartnerResponse>(
      `/admin/lapas/${encodeURIComponent(lapasId)}/partners`,
      { method: "POST", body }
    ),

  createStaff: (lapasId: string, body: AddStaffBody) =>
    sdk.client.fetch<AddStaffResponse>(
      `/admin/lapas/${encodeURIComponent(lapasId)}/staff`,
      { method: "POST", body }
    ),

  productLapas: (productId: string) =>
    sdk.client.fetch<ProductWithLapasResponse>(
      `/admin/products/${encodeURIComponent(productId)}`,
      { query: { fields: "+lapas.*" } }
    ),

  /** Every lapas the caller may see (for a filter), page by page. */
  listAllLapas: async (): Promise<AdminLapasWithBank[]> => {
    const all: AdminLapasWithBank[] = []
    for (;;) {
      const page = await sdk.client.fetch<AdminLapasListResponse>("/admin/lapas", {
        query: { limit: LAPAS_PAGE, offset: all.length },
      })
      all.push(...page.lapas)
      if (!page.lapas.length || all.length >= page.count) {
        return all
      }
    }
  },

  /** Products with their lapas; `lapas_id` filters for national users (see admin-guard). */
  listLapasProducts: ({ lapasId, q, limit, offset }: LapasProductListParams) =>
    sdk.client.fetch<LapasProductListResponse>("/admin/products", {
      query: {
        fields: LAPAS_PRODUCT_FIELDS,
        limit,
        offset,
        order: "title",
        ...(q ? { q } : {}),
        ...(lapasId ? { lapas_id: lapasId } : {}),
      },
    }),
}

/**
 * Text to show for a failed request: the server's own message for 4xx
 * (validation, permission, conflict…), a generic Indonesian one otherwise.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof FetchError || isFetchErrorLike(error)) {
    const status = error.status ?? 0
    if (status === 401) {
      return messages.common.unauthorized
    }
    if (status === 403 && !error.message) {
      return messages.common.forbidden
    }
    if (status >= 400 && status < 500 && error.message) {
      return error.message
    }
  }
  return messages.common.genericError
}

function isFetchErrorLike(
  error: unknown
): error is { status?: number; message: string } {
  return (
    typeof error === "object" &&
    error !== null &&
    "status" in error &&
    "message" in error
  )
}
