import type {
  AdminInmate,
  CreateProductionBatchBody,
  CreateProductionBatchResponse,
  CreateSharePolicyBody,
  InmateListResponse,
  LedgerResponse,
  OrderShares,
  ProductProductionCostsResponse,
  SharePolicyListResponse,
  SharePolicyResponse,
} from "@karya-binaan/contracts"
import { sdk } from "./sdk"

/** The ledger screen's filters and page. */
export type LedgerParams = {
  lapasId?: string
  from?: string
  to?: string
  limit: number
  offset: number
}

/** Query keys of the money screens, so mutations can invalidate what they change. */
export const moneyQueryKeys = {
  orderShares: (orderId: string) =>
    ["karya-binaan", "order-shares", orderId] as const,
  sharePolicies: ["karya-binaan", "share-policies"] as const,
  productionCosts: (productId: string) =>
    ["karya-binaan", "production-costs", productId] as const,
  activeInmates: (lapasId: string) => ["karya-binaan", "inmates", "active", lapasId] as const,
  ledger: (params: LedgerParams) => ["karya-binaan", "ledger", params] as const,
}

/**
 * Query-key prefixes of the dashboard's own product, variant and inventory
 * queries: a batch raises stock, so these pages must refetch.
 */
export const dashboardStockQueryKeys = [
  ["products"],
  ["product_variants"],
  ["product_variant"],
  ["inventory_items"],
  ["inventory_item_levels"],
] as const

/** Largest page `GET /admin/inmates` serves. */
const INMATE_PAGE = 100
/** Safety stop when paging inmates. */
const INMATE_MAX = 2000

export const moneyApi = {
  orderShares: (orderId: string) =>
    sdk.client.fetch<OrderShares>(
      `/admin/orders/${encodeURIComponent(orderId)}/shares`
    ),

  listSharePolicies: () =>
    sdk.client.fetch<SharePolicyListResponse>("/admin/share-policies", {
      query: { limit: 100 },
    }),

  createSharePolicy: (body: CreateSharePolicyBody) =>
    sdk.client.fetch<SharePolicyResponse>("/admin/share-policies", {
      method: "POST",
      body,
    }),

  productionCosts: (productId: string) =>
    sdk.client.fetch<ProductProductionCostsResponse>(
      `/admin/products/${encodeURIComponent(productId)}/production-costs`
    ),

  createProductionBatch: (body: CreateProductionBatchBody) =>
    sdk.client.fetch<CreateProductionBatchResponse>("/admin/production-batches", {
      method: "POST",
      body,
    }),

  /**
   * Every active inmate of a lapas, page by page. The server scopes lapas
   * users to their own lapas whatever `lapas_id` says; national users get
   * the asked lapas's only (callers still filter by `lapas_id`).
   */
  listActiveInmates: async (lapasId: string): Promise<AdminInmate[]> => {
    const all: AdminInmate[] = []
    const seen = new Set<string>()
    for (;;) {
      const page = await sdk.client.fetch<InmateListResponse>("/admin/inmates", {
        query: { status: "active", lapas_id: lapasId, limit: INMATE_PAGE, offset: all.length },
      })
      const fresh = page.inmates.filter((inmate) => !seen.has(inmate.id))
      fresh.forEach((inmate) => seen.add(inmate.id))
      all.push(...fresh)
      // stop on the last page, and if the server ignores `offset` (nothing new)
      if (!fresh.length || all.length >= page.count || all.length >= INMATE_MAX) {
        return all
      }
    }
  },

  ledger: ({ lapasId, from, to, limit, offset }: LedgerParams) =>
    sdk.client.fetch<LedgerResponse>("/admin/ledger", {
      query: {
        limit,
        offset,
        ...(lapasId ? { lapas_id: lapasId } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      },
    }),
}

/** HTTP status of a failed request, if it has one. */
export function errorStatus(error: unknown): number | undefined {
  if (typeof error === "object" && error !== null && "status" in error) {
    const status = (error as { status?: unknown }).status
    return typeof status === "number" ? status : undefined
  }
  return undefined
}
