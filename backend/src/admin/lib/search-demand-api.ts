import type { SearchDemandResponse } from "@karya-binaan/contracts"
import { sdk } from "./sdk"

export type SearchDemandParams = {
  lapasId?: string
  from?: string
  to?: string
  few?: number
  limit?: number
}

export const searchDemandQueryKeys = {
  all: ["karya-binaan", "search-demand"] as const,
  report: (params: SearchDemandParams) => ["karya-binaan", "search-demand", params] as const,
}

export const searchDemandApi = {
  /** Without lapasId: every search nationally. Lapas users may name only their own lapas. */
  get: ({ lapasId, from, to, few, limit }: SearchDemandParams) =>
    sdk.client.fetch<SearchDemandResponse>("/admin/search/demand", {
      query: {
        ...(lapasId ? { lapas_id: lapasId } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(few !== undefined ? { few: String(few) } : {}),
        ...(limit !== undefined ? { limit: String(limit) } : {}),
      },
    }),
}
