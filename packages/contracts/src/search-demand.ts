import type { LapasTimeZone } from "./lapas"

/** What buyers searched for and did not find: GET /lapas-api/search-demand. */

/**
 * A query and how often it was searched. Spelling variants are grouped under the corrected form
 * ("jhe instan" and "jahe instant" under "jahe instan"); the query is normalised (lower case,
 * single spaces).
 */
export interface QueryDemand {
  query: string
  searches: number
  /** Searches that found nothing relevant: no result, or no product opened or put in the cart from the results. */
  unmet_searches: number
  /** What the most recent search of this query in the period found. */
  last_result_count: number
  /** Other spellings buyers typed that were grouped here (at most 5). */
  variants: string[]
}

export interface DayDemand {
  /** YYYY-MM-DD in the report's time zone. */
  day: string
  searches: number
  zero_result_searches: number
  unmet_searches: number
}

/** `GET /lapas-api/search-demand` query. */
export interface SearchDemandQuery {
  lapas_id?: string
  from?: string
  to?: string
  limit?: string
}

/** `GET /lapas-api/search-demand` */
export interface SearchDemandResponse {
  /** null: every search nationally (days in WIB). */
  lapas: { id: string; name: string; handle: string } | null
  period: { from: string; to: string; time_zone: LapasTimeZone }
  totals: { searches: number; zero_result_searches: number; unmet_searches: number; distinct_queries: number }
  top_queries: QueryDemand[]
  /** Queries most of whose searches found nothing relevant, most unmet searches first. */
  unmet_queries: QueryDemand[]
  /** Every day of the period, zeros included. */
  daily: DayDemand[]
}
