import type { CreateLapasProductRequest, LapasProductListResponse, LapasProductResponse } from "@karya-binaan/contracts"
import { productDetail, productSummaries, requireStoreCategory } from "../../../lib/catalog/lapas-catalog"
import { createLapasProduct } from "../../../lib/catalog/lapas-catalog-writes"
import { ALL_MEMBERS, LAPAS_STAFF_ONLY, lapasScopeOf, memberRoute } from "../../utils/member-access"
import type { ListProductsQuery } from "./validators"

/** The lapas's products (national: every lapas's, or one named by lapas_id), newest first. */
export const GET = memberRoute<unknown, ListProductsQuery>(ALL_MEMBERS, async (req, res, member) => {
  const query = req.validatedQuery as unknown as ListProductsQuery
  const lapasId = lapasScopeOf(member, query.lapas_id)
  const { products, count } = await productSummaries(
    req.scope,
    { lapasId, q: query.q || undefined, status: query.status },
    { limit: query.limit, offset: query.offset }
  )
  res.json({ products, count, limit: query.limit, offset: query.offset } satisfies LapasProductListResponse)
})

/** Creates a product of the caller's lapas (a draft unless status says published). */
export const POST = memberRoute<CreateLapasProductRequest>(LAPAS_STAFF_ONLY, async (req, res, member) => {
  const body = req.validatedBody
  if (body.category_id) {
    await requireStoreCategory(req.scope, body.category_id)
  }
  const id = await createLapasProduct(req.scope, member.lapasId!, body)
  res.json({ product: await productDetail(req.scope, id) } satisfies LapasProductResponse)
})
