import type { StoreDistrictsResponse } from "@karya-binaan/contracts"
import { listDistricts, regencyByCode } from "@karya-binaan/areas"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { areaCodeOf, areaOptions, sendCached, unknownArea } from "../../../validators"

/** GET /store/areas/cities/:code/districts: the kecamatan of a kabupaten/kota, by name. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const code = areaCodeOf(req, "city")
  if (!regencyByCode(code)) throw unknownArea("city", code)
  sendCached(res, { districts: areaOptions(listDistricts(code)) } satisfies StoreDistrictsResponse)
}
