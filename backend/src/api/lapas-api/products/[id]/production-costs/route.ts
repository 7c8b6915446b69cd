import type { ProductProductionCostsResponse } from "@karya-binaan/contracts"
import { variantProductionCosts } from "../../../../../lib/production/costs"
import { ALL_MEMBERS, memberRoute } from "../../../../utils/member-access"
import { requireProductInScope } from "../../../../utils/production-scope"

/**
 * A product's production cost per variant: the weighted average HPP (null before the first
 * batch), the stock at the lapas's location, and the batches, newest first.
 */
export const GET = memberRoute(ALL_MEMBERS, async (req, res, member) => {
  const productId = req.params.id
  const lapasId = await requireProductInScope(req.scope, member, productId)
  const variants = await variantProductionCosts(req.scope, lapasId, [productId])
  res.json({
    product_id: productId,
    variants: variants.map(({ product_id: _p, product_title: _t, ...variant }) => variant),
  } satisfies ProductProductionCostsResponse)
})
