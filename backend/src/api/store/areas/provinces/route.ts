import type { StoreProvincesResponse } from "@karya-binaan/contracts"
import { listProvinces } from "@karya-binaan/areas"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EmptyQuerySchema, parseStoreQuery } from "../../catalog/validators"
import { areaOptions, sendCached } from "../validators"

/**
 * GET /store/areas/provinces: Indonesia's provinces by name, for an address's first picker.
 *
 * The address convention of this store (what checkout validates, any client may follow it):
 * `province` = the province's name ("Jawa Timur"), `city` = the kabupaten/kota's name
 * ("Kota Surabaya"; a bare "Surabaya" is accepted when it names only one), `address_2` = the
 * kecamatan, or "kecamatan, kelurahan" ("Gubeng" or "Gubeng, Airlangga"). Codes from these
 * routes are accepted in place of the names. Legacy addresses keeping the kecamatan in
 * `metadata.district` are still read.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  parseStoreQuery(req, EmptyQuerySchema)
  const provinces = [...listProvinces()].sort((a, b) => a.name.localeCompare(b.name, "id"))
  sendCached(res, { provinces: areaOptions(provinces) } satisfies StoreProvincesResponse)
}
