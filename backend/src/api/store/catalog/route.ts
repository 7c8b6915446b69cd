import type { CatalogPage } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogPage, resolveRegion } from "../../../lib/catalog/queries"
import { salesChannelIdsOf } from "../../utils/store"
import { sqlOf } from "../../../lib/sql"
import { catalogFiltersOf, parseStoreQuery, StoreCatalogQuerySchema } from "./validators"

/**
 * GET /store/catalog: the ids of one page of the products the caller's key sells (published,
 * in its sales channels, of an active lapas, with a price in the region's currency), filtered by
 * category (with its subcategories), collection, lapas and price range, sorted by `sort` with the product id
 * as tiebreak. Prices are each product's lowest plain variant price in the region's currency.
 * The storefront loads the products with GET /store/products?id[]=… and keeps this order.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = parseStoreQuery(req, StoreCatalogQuerySchema)
  const region = await resolveRegion(req.scope, query.region_id)
  const { ids, count } = await catalogPage(
    sqlOf(req.scope),
    catalogFiltersOf(query, salesChannelIdsOf(req), region.currency_code),
    { sort: query.sort, limit: query.limit, offset: query.offset }
  )
  res.json({ product_ids: ids, count, limit: query.limit, offset: query.offset } satisfies CatalogPage)
}
