import type { StoreLapasResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { salesChannelIdsOf } from "../../../utils/store"
import { MedusaError } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../../../../modules/lapas"
import type LapasModuleService from "../../../../modules/lapas/service"
import { publicLapas } from "../../../../lib/lapas/views"
import { publishedProductCounts } from "../../../../lib/catalog/product-counts"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const handle = req.params.handle
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [lapas] = await lapasService.listLapas({ handle, is_active: true })
  if (!lapas) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No lapas with handle "${handle}" sells here.`)
  }
  const counts = await publishedProductCounts(req.scope, [lapas.id], salesChannelIdsOf(req))
  res.json({ lapas: { ...publicLapas(lapas), product_count: counts.get(lapas.id) ?? 0 } } satisfies StoreLapasResponse)
}
