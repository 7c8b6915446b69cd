import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LAPAS_MODULE } from "../../../../modules/lapas"
import type LapasModuleService from "../../../../modules/lapas/service"
import { publicLapas } from "../../../lapas-views"
import { publishedProductCounts } from "../product-counts"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const handle = req.params.handle
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const [lapas] = await lapasService.listLapas({ handle, is_active: true })
  if (!lapas) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No lapas with handle "${handle}" sells here.`)
  }
  const counts = await publishedProductCounts(req, [lapas.id])
  res.json({ lapas: { ...publicLapas(lapas), product_count: counts.get(lapas.id) ?? 0 } })
}
