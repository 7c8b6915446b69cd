/**
 * The cascading address pickers' data as the browser sees it: each level's list of areas
 * (code and name, from @karya-binaan/areas on the server) and how a code names its children's level.
 * Codes are idn-area-data's: province "35", kabupaten/kota "35.78", kecamatan "35.78.09".
 */

export type AreaOption = { code: string; name: string }

export type AreaLists = {
  provinces: AreaOption[]
  regencies: AreaOption[]
  districts: AreaOption[]
  villages: AreaOption[]
}

export const EMPTY_AREA_LISTS: AreaLists = { provinces: [], regencies: [], districts: [], villages: [] }

export type AreaLevel = keyof AreaLists

/**
 * The level of the children of `parent`: no parent → provinces, a province → kabupaten/kota,
 * a kabupaten/kota → kecamatan, a kecamatan → kelurahan/desa. Anything else is null.
 */
export function childLevelOf(parent: string | null | undefined): AreaLevel | null {
  const code = (parent ?? "").trim()
  if (code === "") return "provinces"
  if (/^\d{2}$/.test(code)) return "regencies"
  if (/^\d{2}\.\d{2}$/.test(code)) return "districts"
  if (/^\d{2}\.\d{2}\.\d{2}$/.test(code)) return "villages"
  return null
}

/** The code of the area with this name in a list (names are what the form submits). */
export function codeOfName(list: readonly AreaOption[], name: string | null | undefined): string | null {
  if (!name) return null
  return list.find((area) => area.name === name)?.code ?? null
}

/** The URL the pickers load a level's list from. */
export function areasUrl(parent: string): string {
  return `/api/areas?parent=${encodeURIComponent(parent)}`
}
