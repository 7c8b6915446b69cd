import type { LapasTimeZone } from "./lapas"

/** What buyers searched for and did not find: GET /lapas-api/search-demand. */

/** A query as buyers typed it (normalised: lower case, single spaces) and how often. */
export interface QueryDemand {
  query: string
  searches: number
  /** What the most recent search of this query in the period found. */
  last_result_count: number
}

export interface DayDemand {
  /** YYYY-MM-DD in the report's time zone. */
  day: string
  searches: number
  zero_result_searches: number
}

/** `GET /lapas-api/search-demand` query. */
export interface SearchDemandQuery {
  lapas_id?: string
  from?: string
  to?: string
  /** A query whose latest search found at most this many is unmet. */
  few?: string
  limit?: string
}

/** `GET /lapas-api/search-demand` */
export interface SearchDemandResponse {
  /** null: every search nationally (days in WIB). */
  lapas: { id: string; name: string; handle: string } | null
  period: { from: string; to: string; time_zone: LapasTimeZone }
  few: number
  totals: { searches: number; zero_result_searches: number; distinct_queries: number }
  top_queries: QueryDemand[]
  unmet_queries: QueryDemand[]
  /** Every day of the period, zeros included. */
  daily: DayDemand[]
}
