import type { StoreVillagesResponse } from "@karya-binaan/contracts"
import { districtByCode, listVillages } from "@karya-binaan/areas"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { areaCodeOf, areaOptions, sendCached, unknownArea } from "../../../validators"

/** GET /store/areas/districts/:code/villages: the kelurahan and desa of a kecamatan, by name. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const code = areaCodeOf(req, "district")
  if (!districtByCode(code)) throw unknownArea("district", code)
  sendCached(res, { villages: areaOptions(listVillages(code)) } satisfies StoreVillagesResponse)
}
