import type { StoreSearchResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"
import { clientOf, rateLimits } from "../../../lib/security/rate-limits"
import { salesChannelIdsOf } from "../../utils/store"
import { parseStoreQuery } from "../catalog/validators"
import { StoreSearchQuerySchema } from "./validators"

/**
 * GET /store/search: products the caller's key sells that match `q` (typos forgiven), filtered
 * by lapas, category, price and stock, with disjunctive facet counts. The same response from
 * either engine, with `corrected_query` when a misspelt word was corrected. Every search with a
 * query is logged (normalised text and its canonical form, result count and the lapas it was
 * limited to; nothing about the buyer); the first page answers the log entry's id as `search_id`,
 * which POST /store/search/events takes. At most LIMITS.searchLog.perClient searches of one client
 * an hour are logged (search_id null beyond). Logging never fails the search.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = parseStoreQuery(req, StoreSearchQuerySchema)
  const search: SearchModuleService = req.scope.resolve(SEARCH_MODULE)
  const result = await search.searchProducts({
    q: query.q,
    lapas: query.lapas,
    category: query.category,
    min_price: query.min_price,
    max_price: query.max_price,
    in_stock: query.in_stock,
    sales_channel_ids: salesChannelIdsOf(req),
    limit: query.limit,
    offset: query.offset,
  })
  let searchId: string | null = null
  if (query.offset === 0 && query.q?.trim()) {
    try {
      // A client past its quota still gets its results, unlogged (lib/security/rate-limits.ts).
      const quota = await rateLimits().searchLog.take(clientOf(req))
      if (quota.allowed) {
        searchId = await search.logSearch({
          query: query.q,
          result_count: result.total,
          lapas_id: await loggedLapasId(req, query.lapas),
          corrected_query: result.corrected_query ?? null,
        })
      }
    } catch (error) {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Search log: could not log a search: ${(error as Error).message}`)
    }
  }
  res.json({ ...result, corrected_query: result.corrected_query ?? null, search_id: searchId } satisfies StoreSearchResponse)
}

/** The id of the one lapas a search was limited to (a search on that lapas's page), else null. */
async function loggedLapasId(req: MedusaRequest, handles: string[] | undefined): Promise<string | null> {
  if (handles?.length !== 1) return null
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [lapas] = await lapasService.listLapas({ handle: handles[0] }, { select: ["id"] })
  return lapas?.id ?? null
}
