import { LAPAS_CLASSES, LAPAS_TIME_ZONES, type LapasClass } from "@karya-binaan/contracts"
import type { LapasTimeZone } from "@karya-binaan/format"

export function isLapasClass(value: unknown): value is LapasClass {
  return typeof value === "string" && (LAPAS_CLASSES as readonly string[]).includes(value)
}

/** The lapas's zone for dates; Jakarta (WIB) when unknown. */
export function lapasTimeZone(value: unknown): LapasTimeZone {
  return (LAPAS_TIME_ZONES as readonly unknown[]).includes(value) ? (value as LapasTimeZone) : "Asia/Jakarta"
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
