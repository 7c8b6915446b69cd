import type { LapasTimeZone } from "@karya-binaan/format"

export const LAPAS_CLASSES = ["kelas_i", "kelas_iia", "kelas_iib", "kelas_iii", "rutan", "bapas"] as const
export type LapasClass = (typeof LAPAS_CLASSES)[number]

/** A lapas's public profile, as `GET /store/lapas` and `GET /store/lapas/:handle` return it. */
export type StoreLapas = {
  id: string
  handle: string
  name: string
  lapas_class: string | null
  city: string | null
  province: string | null
  time_zone: string | null
  story: string | null
  logo_url: string | null
  /** published products this storefront's sales channel sells */
  product_count: number
}

export function isLapasClass(value: unknown): value is LapasClass {
  return typeof value === "string" && (LAPAS_CLASSES as readonly string[]).includes(value)
}

const ZONES: readonly LapasTimeZone[] = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]

/** The lapas's zone for dates; Jakarta (WIB) when unknown. */
export function lapasTimeZone(value: unknown): LapasTimeZone {
  return ZONES.includes(value as LapasTimeZone) ? (value as LapasTimeZone) : "Asia/Jakarta"
}

/** "Bojonegoro, Jawa Timur" (whatever parts are known). */
export function lapasPlace(lapas: { city?: string | null; province?: string | null }): string {
  return [lapas.city, lapas.province].map((part) => part?.trim()).filter(Boolean).join(", ")
}

/** Two letters for a lapas without a logo: the initials of its city, else of its name. */
export function lapasMonogram(lapas: { name?: string | null; city?: string | null }): string {
  const source = (lapas.city || lapas.name || "KB").replace(/^(lapas|rutan|bapas)\s+/i, "")
  const words = source.split(/\s+/).filter(Boolean)
  const letters = words.length > 1 ? words[0][0] + words[1][0] : source.slice(0, 2)
  return letters.toUpperCase()
}
