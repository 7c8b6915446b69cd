/**
 * Indonesia's administrative areas, for cascading address pickers (province → kabupaten/kota →
 * kecamatan → kelurahan/desa). Public store routes, any client:
 * - `GET /store/areas/provinces`
 * - `GET /store/areas/provinces/:code/cities` (kabupaten and kota of a province)
 * - `GET /store/areas/cities/:code/districts` (kecamatan of a kabupaten/kota)
 * - `GET /store/areas/districts/:code/villages` (kelurahan and desa of a kecamatan)
 * Each list is sorted by name. Codes are Kemendagri's: province "35", kabupaten/kota "35.78",
 * kecamatan "35.78.09", kelurahan/desa "35.78.09.1001".
 *
 * How an address names them (what checkout validates): `province` = the province's name
 * ("Jawa Timur"), `city` = the kabupaten/kota's name ("Kota Surabaya"), `address_2` = the
 * kecamatan, or "kecamatan, kelurahan" ("Gubeng" or "Gubeng, Airlangga").
 */

export interface AreaOption {
  code: string
  name: string
}

/** `GET /store/areas/provinces` */
export interface StoreProvincesResponse {
  provinces: AreaOption[]
}

/** `GET /store/areas/provinces/:code/cities` */
export interface StoreCitiesResponse {
  cities: AreaOption[]
}

/** `GET /store/areas/cities/:code/districts` */
export interface StoreDistrictsResponse {
  districts: AreaOption[]
}

/** `GET /store/areas/districts/:code/villages` */
export interface StoreVillagesResponse {
  villages: AreaOption[]
}

/** The shapes of the codes in the paths above. */
export const AREA_CODE_PATTERNS = {
  province: /^\d{2}$/,
  city: /^\d{2}\.\d{2}$/,
  district: /^\d{2}\.\d{2}\.\d{2}$/,
} as const
