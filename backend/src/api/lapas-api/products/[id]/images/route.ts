import type { LapasProductResponse } from "@karya-binaan/contracts"
import { productDetail, requireProductOfLapas } from "../../../../../lib/catalog/lapas-catalog"
import { addProductImages } from "../../../../../lib/catalog/lapas-catalog-writes"
import { toStorePhoto } from "../../../../../lib/catalog/photos"
import { LAPAS_STAFF_ONLY, memberRoute } from "../../../../utils/member-access"
import type { PhotoUpload } from "./validators"

/**
 * Adds photos to the lapas's product (multipart, field `files`): each re-encoded as WebP of at
 * most 1600 px and stored through the File Module; the first photo becomes the thumbnail when
 * the product has none.
 */
export const POST = memberRoute<PhotoUpload>(LAPAS_STAFF_ONLY, async (req, res, member) => {
  const id = req.params.id
  await requireProductOfLapas(req.scope, member.lapasId, id)
  const photos = await Promise.all(req.validatedBody.photos.map((photo) => toStorePhoto(photo.bytes)))
  await addProductImages(req.scope, id, photos)
  res.json({ product: await productDetail(req.scope, id) } satisfies LapasProductResponse)
})
