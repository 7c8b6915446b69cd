import type { MeLapasResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LAPAS_MODULE } from "../../../../modules/lapas"
import type LapasModuleService from "../../../../modules/lapas/service"
import { resolveAdminAccess } from "../../../utils/access"
import { adminLapas } from "../../../../lib/lapas/views"

/** The caller's role and, for lapas users, their lapas. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const access = await resolveAdminAccess(req)
  if (access.role === "national") {
    res.json({ role: access.role, lapas: null } satisfies MeLapasResponse)
    return
  }
  const lapasService: LapasModuleService = req.scope.resolve(LAPAS_MODULE)
  const lapas = await lapasService.retrieveLapas(access.lapasId)
  res.json({ role: access.role, lapas: adminLapas(lapas) } satisfies MeLapasResponse)
}
