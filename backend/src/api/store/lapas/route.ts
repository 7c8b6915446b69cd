import type { StoreLapasListResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { salesChannelIdsOf } from "../../utils/store"
import { LAPAS_MODULE } from "../../../modules/lapas"
import type LapasModuleService from "../../../modules/lapas/service"
import { publicLapas } from "../../../lib/lapas/views"
import { publishedProductCounts } from "../../../lib/catalog/product-counts"

/** Public profiles of every active lapas with the number of products it sells here. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const lapas = await lapasService.listLapas({ is_active: true }, { order: { name: "ASC" } })
  const counts = await publishedProductCounts(req.scope, lapas.map((l) => l.id), salesChannelIdsOf(req))
  res.json({
    lapas: lapas.map((l) => ({ ...publicLapas(l), product_count: counts.get(l.id) ?? 0 })),
    count: lapas.length,
  } satisfies StoreLapasListResponse)
}
