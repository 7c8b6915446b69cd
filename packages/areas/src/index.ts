import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"

/**
 * Indonesia's administrative areas from idn-area-data (Kepmendagri data: 38 provinces, 514
 * kabupaten/kota, ~7,300 kecamatan, ~83,000 kelurahan/desa), read once from the package's CSV
 * files, and the lookups an address needs: lists for cascading pickers and the resolution of
 * names a buyer or a client typed ("Kota Surabaya", "surabaya", "Kec. Gubeng") to codes.
 *
 * Codes are the package's: province "35", kabupaten/kota "35.78", kecamatan "35.78.09",
 * kelurahan "35.78.09.1001".
 */

export interface Area {
  code: string
  name: string
}

export interface Province extends Area {}
export interface Regency extends Area {
  province_code: string
}
export interface District extends Area {
  regency_code: string
}
export interface Village extends Area {
  district_code: string
}

const KEEP_UPPER = new Set(["DKI", "DI", "II", "III", "IV"])

/** "KOTA ADMINISTRASI JAKARTA PUSAT" → "Kota Administrasi Jakarta Pusat"; "DKI JAKARTA" keeps DKI. */
export function titleCase(name: string) {
  return name
    .replace(/"/g, "'")
    .toLowerCase()
    .split(/(\s+|-|\()/)
    .map((word) => {
      if (KEEP_UPPER.has(word.toUpperCase())) return word.toUpperCase()
      return word.charAt(0).toUpperCase() + word.slice(1)
    })
    .join("")
}

function dataDir() {
  return join(dirname(require.resolve("idn-area-data/package.json")), "data")
}

/** Rows of a CSV whose last column is the name (names may contain commas, never line breaks). */
function readRows(file: string, keyColumns: number): string[][] {
  const text = readFileSync(join(dataDir(), file), "utf8")
  const lines = text.split(/\r?\n/).slice(1)
  const rows: string[][] = []
  for (const line of lines) {
    if (!line.trim()) continue
    const parts = line.split(",")
    rows.push([...parts.slice(0, keyColumns), parts.slice(keyColumns).join(",").trim()])
  }
  return rows
}

let provinces: Province[] | null = null
let regencies: Regency[] | null = null
let districts: District[] | null = null
let villages: Village[] | null = null

export function listProvinces(): Province[] {
  provinces ??= readRows("provinces.csv", 1).map(([code, name]) => ({ code, name: titleCase(name) }))
  return provinces
}

function allRegencies(): Regency[] {
  regencies ??= readRows("regencies.csv", 2).map(([code, province_code, name]) => ({
    code,
    province_code,
    name: titleCase(name),
  }))
  return regencies
}

function allDistricts(): District[] {
  districts ??= readRows("districts.csv", 2).map(([code, regency_code, name]) => ({
    code,
    regency_code,
    name: titleCase(name),
  }))
  return districts
}

function allVillages(): Village[] {
  villages ??= readRows("villages.csv", 2).map(([code, district_code, name]) => ({
    code,
    district_code,
    name: titleCase(name),
  }))
  return villages
}

const byName = (a: Area, b: Area) => a.name.localeCompare(b.name, "id")

/**
 * Each level's areas grouped by their parent's code, sorted by name, built once: an address check
 * looks up one kecamatan's villages among ~83,000 on every cart address write, which filtering and
 * sorting the whole list made cost tens of milliseconds. Callers get a copy.
 */
function groupedBy<T extends Area>(rows: T[], parentOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const list = groups.get(parentOf(row))
    if (list) list.push(row)
    else groups.set(parentOf(row), [row])
  }
  for (const list of groups.values()) list.sort(byName)
  return groups
}
let regenciesByProvince: Map<string, Regency[]> | null = null
let districtsByRegency: Map<string, District[]> | null = null
let villagesByDistrict: Map<string, Village[]> | null = null

export function listRegencies(provinceCode: string): Regency[] {
  regenciesByProvince ??= groupedBy(allRegencies(), (r) => r.province_code)
  return [...(regenciesByProvince.get(provinceCode) ?? [])]
}

export function listDistricts(regencyCode: string): District[] {
  districtsByRegency ??= groupedBy(allDistricts(), (d) => d.regency_code)
  return [...(districtsByRegency.get(regencyCode) ?? [])]
}

export function listVillages(districtCode: string): Village[] {
  villagesByDistrict ??= groupedBy(allVillages(), (v) => v.district_code)
  return [...(villagesByDistrict.get(districtCode) ?? [])]
}

export function provinceByCode(code: string) {
  return listProvinces().find((p) => p.code === code)
}
export function regencyByCode(code: string) {
  return allRegencies().find((r) => r.code === code)
}
export function districtByCode(code: string) {
  return allDistricts().find((d) => d.code === code)
}

/** Lower case, letters and digits only, single spaces: how names are compared. */
export function normaliseName(name: string) {
  return name
    .toLowerCase()
    .replace(/["'`’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
}

const PROVINCE_ALIASES: Record<string, string> = {
  jakarta: "31",
  "dki": "31",
  yogyakarta: "34",
  "di yogyakarta": "34",
  diy: "34",
  jogja: "34",
  "bangka belitung": "19",
  babel: "19",
  kepri: "21",
  ntb: "52",
  ntt: "53",
}

const REGENCY_PREFIXES = ["kabupaten administrasi ", "kabupaten ", "kab ", "kota administrasi ", "kota adm ", "kota "]
const DISTRICT_PREFIXES = ["kecamatan ", "kec "]

function stripPrefix(name: string, prefixes: string[]) {
  for (const prefix of prefixes) {
    if (name.startsWith(prefix)) return name.slice(prefix.length)
  }
  return name
}

export function findProvince(input: string | null | undefined): Province | undefined {
  if (!input?.trim()) return undefined
  const value = input.trim()
  const byCode = provinceByCode(value)
  if (byCode) return byCode
  const wanted = normaliseName(value)
  const exact = listProvinces().find((p) => normaliseName(p.name) === wanted)
  if (exact) return exact
  const alias = PROVINCE_ALIASES[wanted] ?? PROVINCE_ALIASES[wanted.replace(/^provinsi /, "")]
  if (alias) return provinceByCode(alias)
  const withoutPrefix = wanted.replace(/^provinsi /, "")
  return listProvinces().find((p) => normaliseName(p.name) === withoutPrefix)
}

/**
 * The kabupaten/kota of a province named by a client: its code, its full name ("Kota Surabaya")
 * or its bare name ("Surabaya") when that names only one. Several matches (Kabupaten Bandung and
 * Kota Bandung) answer `ambiguous`.
 */
export function findRegency(
  provinceCode: string,
  input: string | null | undefined
): { regency?: Regency; ambiguous?: Regency[] } {
  if (!input?.trim()) return {}
  const value = input.trim()
  const inProvince = listRegencies(provinceCode)
  const byCode = inProvince.find((r) => r.code === value)
  if (byCode) return { regency: byCode }
  const wanted = normaliseName(value)
  const exact = inProvince.filter((r) => normaliseName(r.name) === wanted)
  if (exact.length === 1) return { regency: exact[0] }
  const typed = REGENCY_PREFIXES.find((p) => wanted.startsWith(p))
  const bare = stripPrefix(wanted, REGENCY_PREFIXES)
  const matches = inProvince.filter((r) => {
    const name = normaliseName(r.name)
    if (stripPrefix(name, REGENCY_PREFIXES) !== bare) return false
    // "Kab Bandung" must not match Kota Bandung.
    if (typed?.startsWith("kab")) return name.startsWith("kabupaten")
    if (typed?.startsWith("kota")) return name.startsWith("kota")
    return true
  })
  if (matches.length === 1) return { regency: matches[0] }
  if (matches.length > 1) return { ambiguous: matches }
  return {}
}

export function findDistrict(regencyCode: string, input: string | null | undefined): District | undefined {
  if (!input?.trim()) return undefined
  const value = input.trim()
  const inRegency = listDistricts(regencyCode)
  const byCode = inRegency.find((d) => d.code === value)
  if (byCode) return byCode
  const wanted = stripPrefix(normaliseName(value), DISTRICT_PREFIXES)
  return inRegency.find((d) => normaliseName(d.name) === wanted)
}

export function findVillage(districtCode: string, input: string | null | undefined): Village | undefined {
  if (!input?.trim()) return undefined
  const value = input.trim()
  const inDistrict = listVillages(districtCode)
  const byCode = inDistrict.find((v) => v.code === value)
  if (byCode) return byCode
  const wanted = stripPrefix(normaliseName(value), ["kelurahan ", "kel ", "desa "])
  return inDistrict.find((v) => normaliseName(v.name) === wanted)
}

/**
 * How a client names the kecamatan (and optionally the kelurahan) of an Indonesian address:
 * `address_2` holds "<kecamatan>" or "<kecamatan>, <kelurahan>", for example "Gubeng" or
 * "Kec. Gubeng, Airlangga". Legacy addresses kept it in `metadata.district`.
 */
export function splitAddress2(address2: string | null | undefined): { district?: string; village?: string } {
  if (!address2?.trim()) return {}
  const [district, ...rest] = address2.split(",")
  const village = rest.join(",").trim()
  return { district: district.trim() || undefined, village: village || undefined }
}

export interface AddressInput {
  province?: string | null
  city?: string | null
  address_2?: string | null
  metadata?: Record<string, unknown> | null
}

export type AreaProblem =
  | { field: "province"; kind: "missing" | "unknown"; value?: string }
  | { field: "city"; kind: "missing" | "unknown" | "ambiguous"; value?: string; province: string; candidates?: string[] }
  | { field: "district"; kind: "missing" | "unknown"; value?: string; city: string; province: string }
  | { field: "village"; kind: "unknown"; value: string; district: string }

export interface ResolvedAddress {
  province?: Province
  regency?: Regency
  district?: District
  village?: Village
  problems: AreaProblem[]
}

/** Resolves province → kabupaten/kota → kecamatan (→ kelurahan) and says what does not fit. */
export function resolveAddress(address: AddressInput): ResolvedAddress {
  const problems: AreaProblem[] = []
  const province = findProvince(address.province)
  if (!province) {
    problems.push(address.province?.trim()
      ? { field: "province", kind: "unknown", value: address.province.trim() }
      : { field: "province", kind: "missing" })
    return { problems }
  }
  const cityInput = address.city?.trim()
  if (!cityInput) {
    problems.push({ field: "city", kind: "missing", province: province.name })
    return { province, problems }
  }
  const { regency, ambiguous } = findRegency(province.code, cityInput)
  if (!regency) {
    problems.push({
      field: "city",
      kind: ambiguous ? "ambiguous" : "unknown",
      value: cityInput,
      province: province.name,
      candidates: ambiguous?.map((r) => r.name),
    })
    return { province, problems }
  }
  const parts = splitAddress2(address.address_2)
  const legacyDistrict = typeof address.metadata?.district === "string" ? (address.metadata.district as string) : undefined
  const districtInput = parts.district ?? legacyDistrict?.trim()
  if (!districtInput) {
    problems.push({ field: "district", kind: "missing", city: regency.name, province: province.name })
    return { province, regency, problems }
  }
  const district = findDistrict(regency.code, districtInput)
  if (!district) {
    problems.push({ field: "district", kind: "unknown", value: districtInput, city: regency.name, province: province.name })
    return { province, regency, problems }
  }
  let village: Village | undefined
  if (parts.village) {
    village = findVillage(district.code, parts.village)
    if (!village) {
      problems.push({ field: "village", kind: "unknown", value: parts.village, district: district.name })
    }
  }
  return { province, regency, district, village, problems }
}

/** One sentence per problem, in Bahasa Indonesia, naming what was typed and where. */
export function areaProblemMessage(problem: AreaProblem): string {
  switch (problem.field) {
    case "province":
      return problem.kind === "missing"
        ? "Pilih provinsi pada alamat pengiriman."
        : `Provinsi "${problem.value}" tidak dikenal; pilih provinsi dari daftar.`
    case "city":
      if (problem.kind === "missing") return `Pilih kabupaten/kota di ${problem.province}.`
      if (problem.kind === "ambiguous")
        return `"${problem.value}" di ${problem.province} bisa berarti ${problem.candidates!.join(" atau ")}; pilih salah satu.`
      return `Kabupaten/kota "${problem.value}" tidak ada di ${problem.province}.`
    case "district":
      return problem.kind === "missing"
        ? `Pilih kecamatan di ${problem.city}, ${problem.province}.`
        : `Kecamatan "${problem.value}" tidak ada di ${problem.city}, ${problem.province}.`
    case "village":
      return `Kelurahan/desa "${problem.value}" tidak ada di Kecamatan ${problem.district}.`
  }
}
