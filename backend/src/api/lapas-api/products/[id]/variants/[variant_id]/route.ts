import type { LapasDeleteResponse, LapasProductResponse, UpdateLapasVariantRequest } from "@karya-binaan/contracts"
import {
  productDetail,
  requireProductOfLapas,
  requireVariantOfProduct,
} from "../../../../../../lib/catalog/lapas-catalog"
import { deleteLapasVariant, updateLapasVariant } from "../../../../../../lib/catalog/lapas-catalog-writes"
import { LAPAS_STAFF_ONLY, memberRoute } from "../../../../../utils/member-access"

/** Edits a variant of the lapas's product: the variant must be THIS product's. */
export const POST = memberRoute<UpdateLapasVariantRequest>(LAPAS_STAFF_ONLY, async (req, res, member) => {
  const { id, variant_id } = req.params
  await requireProductOfLapas(req.scope, member.lapasId, id)
  await requireVariantOfProduct(req.scope, id, variant_id)
  await updateLapasVariant(req.scope, id, variant_id, req.validatedBody)
  res.json({ product: await productDetail(req.scope, id) } satisfies LapasProductResponse)
})

export const DELETE = memberRoute(LAPAS_STAFF_ONLY, async (req, res, member) => {
  const { id, variant_id } = req.params
  await requireProductOfLapas(req.scope, member.lapasId, id)
  await requireVariantOfProduct(req.scope, id, variant_id)
  await deleteLapasVariant(req.scope, variant_id)
  res.json({ id: variant_id, object: "variant", deleted: true } satisfies LapasDeleteResponse)
})
