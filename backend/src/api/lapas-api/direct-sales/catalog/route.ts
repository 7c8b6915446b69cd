import type { DirectSaleCatalogQuery, DirectSaleCatalogResponse } from "@karya-binaan/contracts"
import { MedusaError } from "@medusajs/framework/utils"
import { directSaleCatalogItems } from "../../../../lib/direct-sales/catalog"
import { requireVenueOfLapas, venueView } from "../../../../lib/direct-sales/venues"
import { LAPAS_MODULE } from "../../../../modules/lapas"
import type LapasModuleService from "../../../../modules/lapas/service"
import { ALL_MEMBERS, lapasScopeOf, memberRoute } from "../../../utils/member-access"

/**
 * The till's catalogue at one venue: the lapas's variants with their rupiah price, SKU, barcode,
 * whether they are services and what the venue's location holds, and the lapas's static QRIS
 * image. The venue must be the lapas's (another lapas's reads as unknown: 404). National members
 * name the lapas (lapas_id).
 */
export const GET = memberRoute<unknown, DirectSaleCatalogQuery>(ALL_MEMBERS, async (req, res, member) => {
  const query = req.validatedQuery as unknown as DirectSaleCatalogQuery
  const lapasId = lapasScopeOf(member, query.lapas_id)
  if (!lapasId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Name the lapas whose till to open (lapas_id).")
  }
  const venue = await requireVenueOfLapas(req.scope, lapasId, query.venue_id)
  const lapas: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [[own], items] = await Promise.all([
    lapas.listLapas({ id: lapasId }, { select: ["id", "qris_image_url"] }),
    directSaleCatalogItems(req.scope, lapasId, venue),
  ])
  res.json({
    venue: venueView(venue),
    qris_image_url: ((own as { qris_image_url?: string | null } | undefined)?.qris_image_url as string | null) ?? null,
    items,
  } satisfies DirectSaleCatalogResponse)
})
