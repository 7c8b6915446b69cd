import type { LapasProductResponse } from "@karya-binaan/contracts"
import {
  productDetail,
  requireImageOfProduct,
  requireProductOfLapas,
} from "../../../../../../lib/catalog/lapas-catalog"
import { removeProductImage } from "../../../../../../lib/catalog/lapas-catalog-writes"
import { LAPAS_STAFF_ONLY, memberRoute } from "../../../../../utils/member-access"

/** Removes a photo of the lapas's product (the next photo becomes the thumbnail if it was). */
export const DELETE = memberRoute(LAPAS_STAFF_ONLY, async (req, res, member) => {
  const { id, image_id } = req.params
  await requireProductOfLapas(req.scope, member.lapasId, id)
  const { product } = await requireImageOfProduct(req.scope, id, image_id)
  await removeProductImage(req.scope, product, image_id)
  res.json({ product: await productDetail(req.scope, id) } satisfies LapasProductResponse)
})
