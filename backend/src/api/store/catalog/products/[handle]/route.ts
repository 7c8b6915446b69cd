import type { StoreCatalogProductResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendCatalogAnswer } from "../../../../../lib/catalog/http-cache"
import { resolveRegion } from "../../../../../lib/catalog/queries"
import { productInCurrency, readProductByHandle } from "../../../../../lib/catalog/read-model"
import { sqlOf } from "../../../../../lib/sql"
import { salesChannelIdsOf } from "../../../../utils/store"
import { parseStoreQuery, StoreProductPageQuerySchema } from "../../validators"

/**
 * GET /store/catalog/products/:handle: everything the product page shows (variants with prices in
 * the region's currency and stock, images, categories, type, options, metadata, the lapas's public
 * profile), read from the catalogue read model; 404 for a product the key does not sell.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = parseStoreQuery(req, StoreProductPageQuerySchema)
  const handle = String(req.params.handle ?? "")
  if (!handle || handle.length > 200) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid path: handle must be 1 to 200 characters.")
  }
  const channels = [...salesChannelIdsOf(req)].sort()
  const key = `product ${handle} ${JSON.stringify(query)} ${channels.join(",")}`
  await sendCatalogAnswer(req, res, key, async () => {
    const region = await resolveRegion(req.scope, query.region_id)
    const product = await readProductByHandle(sqlOf(req.scope), handle, channels)
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with handle "${handle}" was not found.`)
    return { product: productInCurrency(product, region.currency_code) } satisfies StoreCatalogProductResponse
  })
}
