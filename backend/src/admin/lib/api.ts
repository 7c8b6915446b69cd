import { FetchError } from "@medusajs/js-sdk"
import { sdk } from "./sdk"
import { messages } from "./messages"
import type {
  CreatePartnerBody,
  CreateStaffBody,
  CreateStaffResponse,
  LapasDetailResponse,
  LapasListResponse,
  MeLapasResponse,
  Partner,
  ProductWithLapasResponse,
  UpdateLapasBody,
  Lapas,
} from "./types"

/** Query keys, so mutations can invalidate what they change. */
export const queryKeys = {
  me: ["karya-binaan", "me-lapas"] as const,
  lapasList: ["karya-binaan", "lapas", "list"] as const,
  lapasDetail: (id: string) => ["karya-binaan", "lapas", "detail", id] as const,
  productLapas: (productId: string) =>
    ["karya-binaan", "product-lapas", productId] as const,
}

export const api = {
  me: () => sdk.client.fetch<MeLapasResponse>("/admin/me/lapas"),

  listLapas: () => sdk.client.fetch<LapasListResponse>("/admin/lapas"),

  getLapas: (id: string) =>
    sdk.client.fetch<LapasDetailResponse>(
      `/admin/lapas/${encodeURIComponent(id)}`
    ),

  updateLapas: (id: string, body: UpdateLapasBody) =>
    sdk.client.fetch<{ lapas: Lapas }>(
      `/admin/lapas/${encodeURIComponent(id)}`,
      { method: "POST", body }
    ),

  createPartner: (lapasId: string, body: CreatePartnerBody) =>
    sdk.client.fetch<{ partner: Partner }>(
      `/admin/lapas/${encodeURIComponent(lapasId)}/partners`,
      { method: "POST", body }
    ),

  createStaff: (lapasId: string, body: CreateStaffBody) =>
    sdk.client.fetch<CreateStaffResponse>(
      `/admin/lapas/${encodeURIComponent(lapasId)}/staff`,
      { method: "POST", body }
    ),

  productLapas: (productId: string) =>
    sdk.client.fetch<ProductWithLapasResponse>(
      `/admin/products/${encodeURIComponent(productId)}`,
      { query: { fields: "+lapas.*" } }
    ),
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
