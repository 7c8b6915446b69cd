import type { StoreCatalogCardsResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendCatalogAnswer } from "../../../../lib/catalog/http-cache"
import { resolveRegion } from "../../../../lib/catalog/queries"
import { cardInCurrency, readCardPage } from "../../../../lib/catalog/read-model"
import { sqlOf } from "../../../../lib/sql"
import { salesChannelIdsOf } from "../../../utils/store"
import { catalogFiltersOf, parseStoreQuery, StoreCatalogQuerySchema } from "../validators"

/**
 * GET /store/catalog/cards: one page of the product cards the caller's key sells, with the same
 * query, filters, sorts and order as GET /store/catalog, read from the catalogue read model in one
 * statement (src/lib/catalog/read-model.ts). Cached per process, with ETag and Cache-Control.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = parseStoreQuery(req, StoreCatalogQuerySchema)
  const channels = [...salesChannelIdsOf(req)].sort()
  const key = `cards ${JSON.stringify(query)} ${channels.join(",")}`
  await sendCatalogAnswer(req, res, key, async () => {
    const region = await resolveRegion(req.scope, query.region_id)
    const { cards, count } = await readCardPage(
      sqlOf(req.scope),
      catalogFiltersOf(query, channels, region.currency_code),
      { sort: query.sort, limit: query.limit, offset: query.offset }
    )
    return {
      cards: cards.map((card) => cardInCurrency(card, region.currency_code)),
      count,
      limit: query.limit,
      offset: query.offset,
    } satisfies StoreCatalogCardsResponse
  })
}
