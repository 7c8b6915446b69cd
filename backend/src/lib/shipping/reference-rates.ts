import { COURIERS, courierByCode, type CourierRate, type CourierService } from "@karya-binaan/contracts"
import { listProvinces } from "@karya-binaan/areas"

/**
 * The national reference tariff a lapas starts from: a rate per kilogram and an estimate to every
 * province, by how far the destination's island group is from the lapas's. Staff then edit their
 * own table in the panel (their couriers' real prices); these figures are plausible, not quotes.
 */

type IslandGroup = "sumatera" | "kepri-babel" | "jawa" | "bali-nt" | "kalimantan" | "sulawesi" | "maluku" | "papua"

function islandGroupOf(provinceCode: string): IslandGroup {
  if (provinceCode === "19" || provinceCode === "21") return "kepri-babel"
  switch (provinceCode[0]) {
    case "1":
      return "sumatera"
    case "3":
      return "jawa"
    case "5":
      return "bali-nt"
    case "6":
      return "kalimantan"
    case "7":
      return "sulawesi"
    case "8":
      return "maluku"
    default:
      return "papua"
  }
}

/** Rough hops between island groups, as couriers route parcels (Jawa is the hub). */
const POSITION: Record<IslandGroup, [number, number]> = {
  sumatera: [0, 1],
  "kepri-babel": [1, 0],
  jawa: [1, 2],
  "bali-nt": [2, 2],
  kalimantan: [2, 1],
  sulawesi: [3, 1],
  maluku: [4, 1],
  papua: [5, 1],
}

function hops(from: IslandGroup, to: IslandGroup) {
  const [ax, ay] = POSITION[from]
  const [bx, by] = POSITION[to]
  return Math.abs(ax - bx) + Math.abs(ay - by)
}

/** Regular service: rupiah per kg and days by distance (same province, same island, 1 hop, …). */
const REGULAR_BY_DISTANCE: { per_kg: number; etd: [number, number] }[] = [
  { per_kg: 9_000, etd: [1, 2] },
  { per_kg: 14_000, etd: [2, 3] },
  { per_kg: 24_000, etd: [2, 4] },
  { per_kg: 38_000, etd: [3, 5] },
  { per_kg: 55_000, etd: [4, 6] },
  { per_kg: 75_000, etd: [4, 7] },
  { per_kg: 98_000, etd: [5, 8] },
  { per_kg: 120_000, etd: [6, 10] },
]

const SERVICE_FACTOR: Record<CourierService, { price: number; days: (d: [number, number]) => [number, number] }> = {
  regular: { price: 1, days: (d) => d },
  express: { price: 1.7, days: ([min, max]) => [Math.max(1, min - 1), Math.max(1, max - 2)] },
  cargo: { price: 0.45, days: ([min, max]) => [min + 2, max + 4] },
}

const COURIER_FACTOR: Record<string, number> = {
  jne: 1,
  jnt: 0.97,
  sicepat: 0.95,
  pos: 0.9,
  anteraja: 0.95,
  lion: 0.92,
}

const roundTo500 = (n: number) => Math.max(500, Math.round(n / 500) * 500)

export function referenceRates(originProvinceCode: string, courier: string, service: CourierService): CourierRate[] {
  const origin = islandGroupOf(originProvinceCode)
  const factor = (COURIER_FACTOR[courier] ?? 1) * SERVICE_FACTOR[service].price
  return listProvinces().map((province) => {
    const distance =
      province.code === originProvinceCode ? 0 : 1 + hops(origin, islandGroupOf(province.code))
    const base = REGULAR_BY_DISTANCE[Math.min(distance, REGULAR_BY_DISTANCE.length - 1)]
    const [etd_min_days, etd_max_days] = SERVICE_FACTOR[service].days(base.etd)
    return { zone: province.code, per_kg: roundTo500(base.per_kg * factor), etd_min_days, etd_max_days }
  })
}

/** The courier services a new lapas offers until its staff choose their own. */
export const DEFAULT_COURIER_SERVICES: { courier: string; service: CourierService }[] = [
  { courier: "jne", service: "regular" },
  { courier: "jne", service: "express" },
  { courier: "jne", service: "cargo" },
  { courier: "jnt", service: "regular" },
  { courier: "sicepat", service: "regular" },
  { courier: "pos", service: "regular" },
]

/** "JNE REG", "SiCepat GOKIL": how buyers see a courier service. */
export function courierServiceName(courier: string, service: CourierService) {
  const definition = courierByCode(courier)
  const code = definition?.services[service]?.code ?? service
  return `${definition?.name ?? courier} ${code}`
}

export const SERVICE_LABELS: Record<CourierService, string> = {
  regular: "Reguler",
  express: "Kilat",
  cargo: "Kargo (barang besar)",
}

export { COURIERS }
