import type { StoreCitiesResponse } from "@karya-binaan/contracts"
import { listRegencies, provinceByCode } from "@karya-binaan/areas"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { areaCodeOf, areaOptions, sendCached, unknownArea } from "../../../validators"

/** GET /store/areas/provinces/:code/cities: the kabupaten and kota of a province, by name. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const code = areaCodeOf(req, "province")
  if (!provinceByCode(code)) throw unknownArea("province", code)
  sendCached(res, { cities: areaOptions(listRegencies(code)) } satisfies StoreCitiesResponse)
}
