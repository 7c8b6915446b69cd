import type { LapasDeleteResponse, LapasProductResponse, UpdateLapasProductRequest } from "@karya-binaan/contracts"
import { productDetail, requireProductOfLapas, requireStoreCategory } from "../../../../lib/catalog/lapas-catalog"
import { deleteLapasProduct, updateLapasProduct } from "../../../../lib/catalog/lapas-catalog-writes"
import { ALL_MEMBERS, LAPAS_STAFF_ONLY, memberRoute } from "../../../utils/member-access"

/** One product of the lapas with its variants (IDR price, stock at the lapas's location) and photos. */
export const GET = memberRoute(ALL_MEMBERS, async (req, res, member) => {
  const id = req.params.id
  await requireProductOfLapas(req.scope, member.lapasId, id)
  res.json({ product: await productDetail(req.scope, id) } satisfies LapasProductResponse)
})

/** Edits the product; `status` publishes (published) or unpublishes (draft) it. */
export const POST = memberRoute<UpdateLapasProductRequest>(LAPAS_STAFF_ONLY, async (req, res, member) => {
  const id = req.params.id
  await requireProductOfLapas(req.scope, member.lapasId, id)
  if (req.validatedBody.category_id) {
    await requireStoreCategory(req.scope, req.validatedBody.category_id)
  }
  await updateLapasProduct(req.scope, id, req.validatedBody)
  res.json({ product: await productDetail(req.scope, id) } satisfies LapasProductResponse)
})

/** Deletes a draft that no order holds (else 400 saying why). */
export const DELETE = memberRoute(LAPAS_STAFF_ONLY, async (req, res, member) => {
  const id = req.params.id
  await requireProductOfLapas(req.scope, member.lapasId, id)
  await deleteLapasProduct(req.scope, id)
  res.json({ id, object: "product", deleted: true } satisfies LapasDeleteResponse)
})
