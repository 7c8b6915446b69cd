/**
 * The national indicators' comparison of lapas side by side (IndicatorsResponse.lapas_comparison):
 * which column sorts it (`?urut=` on the page) and the sort itself. Pure, for server and tests.
 */
import type { IndicatorLapasComparison } from "@karya-binaan/contracts"

export const COMPARISON_SORTS = ["revenue", "quantity", "pnbp_booked", "progress", "premi_earned", "inmates_earning", "name"] as const
export type ComparisonSort = (typeof COMPARISON_SORTS)[number]

/** The page's `?urut=` value as a sort; anything else sorts by revenue. */
export function comparisonSortParam(value: string | undefined | null): ComparisonSort {
  const v = value?.trim() ?? ""
  return (COMPARISON_SORTS as readonly string[]).includes(v) ? (v as ComparisonSort) : "revenue"
}

const big = (value: unknown) => BigInt(String(value ?? 0))

/** The sort's value of a row (bigint for amounts and counts; the name for "name"). */
function valueOf(row: IndicatorLapasComparison, sort: ComparisonSort): bigint | string {
  switch (sort) {
    case "name":
      return row.name
    case "quantity":
      return BigInt(row.quantity)
    case "inmates_earning":
      return BigInt(row.inmates_earning)
    case "progress":
      // A lapas without a target sorts last.
      return row.pnbp_booked_bp === null ? -1n : BigInt(row.pnbp_booked_bp)
    default:
      return big(row[sort])
  }
}

/**
 * The rows sorted by `sort`: names A to Z, every figure largest first; ties by name. Returns a
 * new array.
 */
export function sortLapasComparison(rows: readonly IndicatorLapasComparison[], sort: ComparisonSort): IndicatorLapasComparison[] {
  const byName = (a: IndicatorLapasComparison, b: IndicatorLapasComparison) => a.name.localeCompare(b.name, "id")
  return [...rows].sort((a, b) => {
    if (sort === "name") return byName(a, b)
    const x = valueOf(a, sort)
    const y = valueOf(b, sort)
    return x === y ? byName(a, b) : x > y ? -1 : 1
  })
}

/** PNBP booked against the target as "12,34 %" ("—" without a target). */
export function progressLabel(bp: number | null): string {
  if (bp === null) return "—"
  return `${(bp / 100).toLocaleString("id-ID", { minimumFractionDigits: 0, maximumFractionDigits: 2 })} %`
}
