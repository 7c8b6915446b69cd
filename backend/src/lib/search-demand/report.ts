import type { DayDemand, QueryDemand, SearchDemandResponse } from "@karya-binaan/contracts"
import { daysOf, endOfPeriodIn, startOfDayIn, type ReportTimeZone } from "../../modules/profit-share/reports/period"
import type { SqlClient } from "../sql"

/**
 * What buyers searched for over a period, read from the search log (table `search_query` of the
 * search module: one row per search, the query normalised, its result count, the lapas the
 * buyer filtered by). Only searches count; suggestions as the buyer types are not logged.
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

/**
 * Each query of the scope with its number of searches and the result count of its latest search
 * (ties on the instant broken by id, so the answer never depends on the plan).
 */
function perQuerySql(where: string) {
  return `SELECT s.query,
                 COUNT(*)::int AS searches,
                 (array_agg(s.result_count ORDER BY s.created_at DESC, s.id DESC))[1]::int AS last_result_count
            FROM search_query s
           WHERE ${where}
           GROUP BY s.query`
}

const toQueryDemand = (row: any): QueryDemand => ({
  query: row.query,
  searches: Number(row.searches),
  last_result_count: Number(row.last_result_count),
})

/**
 * The demand report: totals, the most searched queries, the queries whose latest search found at
 * most `few` products (most searched first: what buyers want and the catalog lacks), and
 * searches per day of the period (every day, zeros included), days counted in the scope's zone.
 */
export async function demandReport(
  sql: SqlClient,
  scope: DemandScope,
  options: { few: number; limit: number }
): Promise<DemandReport> {
  const log = logOf(scope)
  const [totals, top, unmet, daily] = await Promise.all([
    sql.raw(
      `SELECT COUNT(*)::int AS searches,
              COUNT(*) FILTER (WHERE s.result_count = 0)::int AS zero_result_searches,
              COUNT(DISTINCT s.query)::int AS distinct_queries
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
        WHERE q.last_result_count <= ?
        ORDER BY q.searches DESC, q.last_result_count ASC, q.query COLLATE "C" ASC
        LIMIT ?`,
      [...log.params, options.few, options.limit]
    ),
    sql.raw(
      `SELECT to_char(s.created_at AT TIME ZONE ?, 'YYYY-MM-DD') AS day,
              COUNT(*)::int AS searches,
              COUNT(*) FILTER (WHERE s.result_count = 0)::int AS zero_result_searches
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
      distinct_queries: Number(t.distinct_queries ?? 0),
    },
    top_queries: top.rows.map(toQueryDemand),
    unmet_queries: unmet.rows.map(toQueryDemand),
    daily: daysOf(scope.from, scope.to).map((day) => ({
      day,
      searches: Number(byDay.get(day)?.searches ?? 0),
      zero_result_searches: Number(byDay.get(day)?.zero_result_searches ?? 0),
    })),
  }
}
