import { sdk } from "./sdk"

/** A query as buyers typed it (normalised: lower case, single spaces) and how often. */
export type QueryDemand = {
  query: string
  searches: number
  /** What the most recent search of this query in the period found. */
  last_result_count: number
}

export type DayDemand = {
  /** YYYY-MM-DD in the report's time zone. */
  day: string
  searches: number
  zero_result_searches: number
}

/** `GET /admin/search/demand`. */
export type SearchDemandResponse = {
  /** null: every search nationally. */
  lapas: { id: string; name: string; handle: string } | null
  period: { from: string; to: string; time_zone: string }
  few: number
  totals: { searches: number; zero_result_searches: number; distinct_queries: number }
  top_queries: QueryDemand[]
  unmet_queries: QueryDemand[]
  /** Every day of the period, zeros included. */
  daily: DayDemand[]
}

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
