import "server-only"
import { createRequire } from "node:module"
import path from "node:path"
import type { AreaProblem } from "@karya-binaan/areas"
import type { MessageKey } from "@/i18n"
import { EMPTY_AREA_LISTS, childLevelOf, type AreaLists, type AreaOption } from "@/modules/checkout/areas"
import type { FormState } from "@/modules/checkout/form-state"
import {
  readAddressForm,
  validateAddress,
  type AddressField,
  type AddressValues,
  type NormalizedAddress,
} from "@/modules/checkout/validation"

/**
 * Indonesia's provinces, kabupaten/kota, kecamatan and kelurahan/desa for the address pickers,
 * read on the server from @karya-binaan/areas (idn-area-data; Node-only: it reads CSV files).
 * Lists are computed once per parent and kept for the life of the server process.
 */

type AreasPackage = typeof import("@karya-binaan/areas")

let areasPackage: AreasPackage | null = null

/**
 * @karya-binaan/areas, loaded from node_modules when first needed, never bundled: it finds
 * idn-area-data's CSV files through `require.resolve`, which a bundle turns into a module number.
 * (A workspace package is bundled even when listed in serverExternalPackages.) The server runs
 * from the storefront folder (`next start`, `next dev`, vitest), where the package is installed.
 */
function areasLib(): AreasPackage {
  if (!areasPackage) {
    const load = createRequire(path.join(process.cwd(), "package.json"))
    const name = ["@karya-binaan", "areas"].join("/")
    areasPackage = load(/* webpackIgnore: true */ /* turbopackIgnore: true */ name) as AreasPackage
  }
  return areasPackage
}

const children = new Map<string, AreaOption[]>()

const option = (area: { code: string; name: string }): AreaOption => ({ code: area.code, name: area.name })

/** The areas under `parent` ("" for the provinces), or null when `parent` is not an area code. */
export function areaChildren(parent: string): AreaOption[] | null {
  const code = parent.trim()
  const level = childLevelOf(code)
  if (!level) return null
  const known = children.get(code)
  if (known) return known
  const { listDistricts, listProvinces, listRegencies, listVillages } = areasLib()
  let list: AreaOption[]
  if (level === "provinces") list = listProvinces().map(option)
  else if (level === "regencies") list = listRegencies(code).map(option)
  else if (level === "districts") list = listDistricts(code).map(option)
  else list = listVillages(code).map(option)
  // An unknown code of the right shape has no children; do not remember those.
  if (list.length > 0) children.set(code, list)
  return list
}

type PickedAreas = { province: string; city: string; district: string; village: string }

/**
 * The lists the pickers start with for an address (the provinces, and the children of every
 * level already chosen), and the address's area names as the lists spell them ("surabaya" →
 * "Kota Surabaya"); a name that cannot be found is kept as it is, for the buyer to correct.
 */
export function addressPickerData<T extends PickedAreas>(values: T): { values: T; areas: AreaLists } {
  const { findDistrict, findProvince, findRegency, findVillage } = areasLib()
  const areas: AreaLists = { ...EMPTY_AREA_LISTS, provinces: areaChildren("") ?? [] }
  const next = { ...values }
  const province = findProvince(values.province)
  if (!province) return { values: next, areas }
  next.province = province.name
  areas.regencies = areaChildren(province.code) ?? []
  const regency = findRegency(province.code, values.city).regency
  if (!regency) return { values: next, areas }
  next.city = regency.name
  areas.districts = areaChildren(regency.code) ?? []
  const district = findDistrict(regency.code, values.district)
  if (!district) return { values: next, areas }
  next.district = district.name
  areas.villages = areaChildren(district.code) ?? []
  const village = findVillage(district.code, values.village)
  if (village) next.village = village.name
  return { values: next, areas }
}

const PROBLEM_KEYS: Record<AreaProblem["field"], { field: AddressField; missing: MessageKey; unknown: MessageKey }> = {
  province: { field: "province", missing: "checkout.error.provinceRequired", unknown: "checkout.error.provinceUnknown" },
  city: { field: "city", missing: "checkout.error.cityRequired", unknown: "checkout.error.cityUnknown" },
  district: { field: "district", missing: "checkout.error.districtRequired", unknown: "checkout.error.districtUnknown" },
  village: { field: "village", missing: "checkout.error.villageUnknown", unknown: "checkout.error.villageUnknown" },
}

/**
 * Checks that province, kabupaten/kota, kecamatan (and kelurahan/desa when given) belong together,
 * as the backend will when the order is placed, and answers the address with their names as the
 * lists spell them, or the field that does not fit.
 */
export function checkAddressAreas(
  address: NormalizedAddress
): { ok: true; value: NormalizedAddress } | { ok: false; errors: Partial<Record<AddressField, MessageKey>> } {
  const resolved = areasLib().resolveAddress({
    province: address.province,
    city: address.city,
    address_2: [address.district, address.village].filter(Boolean).join(", "),
  })
  if (resolved.problems.length > 0) {
    const errors: Partial<Record<AddressField, MessageKey>> = {}
    for (const problem of resolved.problems) {
      const keys = PROBLEM_KEYS[problem.field]
      errors[keys.field] = problem.kind === "missing" ? keys.missing : keys.unknown
    }
    return { ok: false, errors }
  }
  return {
    ok: true,
    value: {
      ...address,
      province: resolved.province!.name,
      city: resolved.regency!.name,
      district: resolved.district!.name,
      village: resolved.village?.name ?? "",
    },
  }
}

/**
 * An address form as sent (with or without JavaScript), checked: presence and form of every
 * field, then the areas together. A refusal carries the errors, the values to refill and the
 * pickers' lists for them, so the form can be corrected even where no script runs.
 */
export function checkAddressForm(
  formData: FormData,
  options: { requireEmail?: boolean } = {}
): { ok: true; value: NormalizedAddress } | { ok: false; state: FormState } {
  const values = readAddressForm(formData)
  const result = validateAddress(values, options)
  if (!result.ok) return { ok: false, state: { errors: result.errors, ...addressRefill(values) } }
  const areas = checkAddressAreas(result.value)
  if (!areas.ok) return { ok: false, state: { errors: areas.errors, ...addressRefill(values) } }
  return { ok: true, value: areas.value }
}

/** What a refused address form is refilled with: the values and the pickers' lists for them. */
export function addressRefill(values: AddressValues): Pick<FormState, "values" | "areas"> {
  const picked = addressPickerData(values)
  return { values: picked.values, areas: picked.areas }
}
