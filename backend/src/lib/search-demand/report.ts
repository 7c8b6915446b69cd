import type { DayDemand, QueryDemand, SearchDemandResponse } from "@karya-binaan/contracts"
import { daysOf, endOfPeriodIn, startOfDayIn, type ReportTimeZone } from "../../modules/profit-share/reports/period"
import type { SqlClient } from "../sql"

/**
 * What buyers searched for over a period, read from the search log (table `search_query` of the
 * search module: one row per search, the query normalised, its result count, the lapas the
 * buyer filtered by) and its events (`search_event`: a product opened or put in the cart from the
 * search's results page). Only searches count; suggestions as the buyer types are not logged.
 */

export interface DemandScope {
  /** null: every search nationally; a lapas id: the searches made with that lapas as filter. */
  lapasId: string | null
  /** Whole days [from, to] in `timeZone`. */
  from: string
  to: string
  timeZone: ReportTimeZone
}

/** The figures of GET /lapas-api/search-demand; the route adds the lapas, period and threshold. */
export type DemandReport = Pick<SearchDemandResponse, "totals" | "top_queries" | "unmet_queries" | "daily">

/** The log rows of the scope: the WHERE clause and its bindings (no value is ever spliced in). */
function logOf(scope: DemandScope) {
  const where = ["s.deleted_at IS NULL", "s.created_at >= ?", "s.created_at < ?"]
  const params: unknown[] = [
    startOfDayIn(scope.from, scope.timeZone).toISOString(),
    endOfPeriodIn(scope.to, scope.timeZone).toISOString(),
  ]
  if (scope.lapasId) {
    where.push("s.lapas_id = ?")
    params.push(scope.lapasId)
  }
  return { where: where.join(" AND "), params }
}

/** Whether a logged search (alias `s`) found nothing relevant: no result, or no click or add to cart from its page. */
const UNMET_SEARCH = `(s.result_count = 0 OR NOT EXISTS (SELECT 1 FROM search_event e WHERE e.search_query_id = s.id))`

/**
 * Each query of the scope, grouped under its canonical form (typo corrections applied, spelling
 * variants as their first spelling; searches logged before that was recorded under their own
 * text), with its number of searches, how many of them found nothing relevant, the result count
 * of its latest search (ties on the instant broken by id, so the answer never depends on the plan)
 * and the other spellings buyers typed.
 */
function perQuerySql(where: string) {
  return `SELECT coalesce(s.canonical_query, s.query) AS query,
                 COUNT(*)::int AS searches,
                 COUNT(*) FILTER (WHERE ${UNMET_SEARCH})::int AS unmet_searches,
                 (array_agg(s.result_count ORDER BY s.created_at DESC, s.id DESC))[1]::int AS last_result_count,
                 coalesce(array_agg(DISTINCT s.query ORDER BY s.query) FILTER (WHERE s.query <> coalesce(s.canonical_query, s.query)), '{}') AS variants
            FROM search_query s
           WHERE ${where}
           GROUP BY 1`
}

/** Spellings listed per query at most. */
const MAX_VARIANTS = 5

const toQueryDemand = (row: any): QueryDemand => ({
  query: row.query,
  searches: Number(row.searches),
  unmet_searches: Number(row.unmet_searches),
  last_result_count: Number(row.last_result_count),
  variants: (row.variants as string[]).slice(0, MAX_VARIANTS),
})

/**
 * The demand report: totals, the most searched queries, the unmet queries (most of whose searches
 * found nothing relevant: no result, or the buyer opened no product and added none to the cart
 * from the results; most unmet searches first: what buyers want and the catalog lacks), and
 * searches per day of the period (every day, zeros included), days counted in the scope's zone.
 */
export async function demandReport(
  sql: SqlClient,
  scope: DemandScope,
  options: { limit: number }
): Promise<DemandReport> {
  const log = logOf(scope)
  const [totals, top, unmet, daily] = await Promise.all([
    sql.raw(
      `SELECT COUNT(*)::int AS searches,
              COUNT(*) FILTER (WHERE s.result_count = 0)::int AS zero_result_searches,
              COUNT(*) FILTER (WHERE ${UNMET_SEARCH})::int AS unmet_searches,
              COUNT(DISTINCT coalesce(s.canonical_query, s.query))::int AS distinct_queries
         FROM search_query s
        WHERE ${log.where}`,
      log.params
    ),
    sql.raw(
      `SELECT q.* FROM (${perQuerySql(log.where)}) AS q
        ORDER BY q.searches DESC, q.query COLLATE "C" ASC
        LIMIT ?`,
      [...log.params, options.limit]
    ),
    sql.raw(
      `SELECT q.* FROM (${perQuerySql(log.where)}) AS q
        WHERE q.unmet_searches * 2 > q.searches
        ORDER BY q.unmet_searches DESC, q.searches DESC, q.query COLLATE "C" ASC
        LIMIT ?`,
      [...log.params, options.limit]
    ),
    sql.raw(
      `SELECT to_char(s.created_at AT TIME ZONE ?, 'YYYY-MM-DD') AS day,
              COUNT(*)::int AS searches,
              COUNT(*) FILTER (WHERE s.result_count = 0)::int AS zero_result_searches,
              COUNT(*) FILTER (WHERE ${UNMET_SEARCH})::int AS unmet_searches
         FROM search_query s
        WHERE ${log.where}
        GROUP BY 1`,
      [scope.timeZone, ...log.params]
    ),
  ])
  const byDay = new Map(daily.rows.map((row) => [row.day as string, row]))
  const t = totals.rows[0] ?? {}
  return {
    totals: {
      searches: Number(t.searches ?? 0),
      zero_result_searches: Number(t.zero_result_searches ?? 0),
      unmet_searches: Number(t.unmet_searches ?? 0),
      distinct_queries: Number(t.distinct_queries ?? 0),
    },
    top_queries: top.rows.map(toQueryDemand),
    unmet_queries: unmet.rows.map(toQueryDemand),
    daily: daysOf(scope.from, scope.to).map((day) => ({
      day,
      searches: Number(byDay.get(day)?.searches ?? 0),
      zero_result_searches: Number(byDay.get(day)?.zero_result_searches ?? 0),
      unmet_searches: Number(byDay.get(day)?.unmet_searches ?? 0),
    })),
  }
}
