import type { CourierRate } from "@karya-binaan/contracts"

/** Reading the rate editor's form: one row per destination, fields repeated in row order. */

const all = (formData: FormData, name: string) => formData.getAll(name).map((v) => (typeof v === "string" ? v.trim() : ""))

/** "Rp 12.000", "12000", "12 000" → 12000; anything else (decimals, letters, empty) → null. */
export function wholeNumber(text: string): number | null {
  const digits = text.replace(/^rp\.?\s*/i, "").replace(/[.\s]/g, "")
  if (!/^\d{1,12}$/.test(digits)) return null
  return Number(digits)
}

/**
 * The rows of the rate table as typed, and the zones of rows that are not numbers at all (the
 * backend checks the rest: known zones, duplicates, rupiah above 0, min ≤ max).
 */
export function readRates(formData: FormData): { rates: CourierRate[]; invalid: string[] } {
  const zones = all(formData, "zone")
  const perKg = all(formData, "per_kg")
  const min = all(formData, "etd_min_days")
  const max = all(formData, "etd_max_days")
  const rates: CourierRate[] = []
  const invalid: string[] = []
  zones.forEach((zone, i) => {
    const row = { per_kg: wholeNumber(perKg[i] ?? ""), min: wholeNumber(min[i] ?? ""), max: wholeNumber(max[i] ?? "") }
    if (!zone || row.per_kg === null || row.min === null || row.max === null || row.per_kg <= 0 || row.min > row.max) {
      invalid.push(zone)
      return
    }
    rates.push({ zone, per_kg: row.per_kg, etd_min_days: row.min, etd_max_days: row.max })
  })
  return { rates, invalid }
}
