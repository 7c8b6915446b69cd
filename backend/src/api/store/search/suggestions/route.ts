import type { SearchSuggestionsResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SEARCH_MODULE } from "../../../../modules/search"
import type SearchModuleService from "../../../../modules/search/service"
import { salesChannelIdsOf } from "../../../utils/store"
import { parseStoreQuery } from "../../catalog/validators"
import { StoreSuggestionsQuerySchema } from "../validators"

/**
 * GET /store/search/suggestions: the best few matches for what the buyer has typed so far, for
 * the search box. Not logged: a half-typed word is not a search.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = parseStoreQuery(req, StoreSuggestionsQuerySchema)
  if (!query.q.trim()) {
    res.json({ suggestions: [] } satisfies SearchSuggestionsResponse)
    return
  }
  const search: SearchModuleService = req.scope.resolve(SEARCH_MODULE)
  const result = await search.searchProducts({
    q: query.q,
    sales_channel_ids: salesChannelIdsOf(req),
    limit: query.limit,
    offset: 0,
    facets: false,
  })
  res.json({ suggestions: result.hits } satisfies SearchSuggestionsResponse)
}
