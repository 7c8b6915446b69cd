import type { LapasProductResponse, LapasVariantInput } from "@karya-binaan/contracts"
import { productDetail, requireProductOfLapas } from "../../../../../lib/catalog/lapas-catalog"
import { createLapasVariant } from "../../../../../lib/catalog/lapas-catalog-writes"
import { LAPAS_STAFF_ONLY, memberRoute } from "../../../../utils/member-access"

/** Adds a variant (title, SKU, price in whole rupiah) to the lapas's product. */
export const POST = memberRoute<LapasVariantInput>(LAPAS_STAFF_ONLY, async (req, res, member) => {
  const id = req.params.id
  await requireProductOfLapas(req.scope, member.lapasId, id)
  await createLapasVariant(req.scope, id, req.validatedBody)
  res.json({ product: await productDetail(req.scope, id) } satisfies LapasProductResponse)
})
