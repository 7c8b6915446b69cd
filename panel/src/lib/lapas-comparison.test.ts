import { describe, expect, it } from "vitest"
import type { IndicatorLapasComparison } from "@karya-binaan/contracts"
import { comparisonSortParam, progressLabel, sortLapasComparison } from "./lapas-comparison"

const row = (name: string, f: Partial<IndicatorLapasComparison>): IndicatorLapasComparison => ({
  lapas_id: `lapas_${name}`,
  name,
  handle: name.toLowerCase(),
  revenue: "0",
  quantity: 0,
  pnbp_booked: "0",
  pnbp_deposited: "0",
  pnbp_target: "0",
  pnbp_booked_bp: null,
  premi_earned: "0",
  inmates_earning: 0,
  ...f,
})

const rows = [
  row("Lapas Ambarawa", { revenue: "900000", quantity: 12, pnbp_booked: "40000", pnbp_booked_bp: 400, inmates_earning: 3 }),
  row("Lapas Bojonegoro", { revenue: "12000000000", quantity: 3, pnbp_booked: "90000", pnbp_booked_bp: null, inmates_earning: 7 }),
  row("Lapas Cipinang", { revenue: "900000", quantity: 40, pnbp_booked: "10000", pnbp_booked_bp: 2550, inmates_earning: 0 }),
]
const names = (list: IndicatorLapasComparison[]) => list.map((r) => r.name)

describe("sortLapasComparison", () => {
  it("sorts by revenue by default, largest first (beyond Number's safe range), ties by name", () => {
    expect(names(sortLapasComparison(rows, comparisonSortParam(undefined)))).toEqual(["Lapas Bojonegoro", "Lapas Ambarawa", "Lapas Cipinang"])
  })

  it("sorts by any figure; a lapas without a target comes last on progress", () => {
    expect(names(sortLapasComparison(rows, "quantity"))).toEqual(["Lapas Cipinang", "Lapas Ambarawa", "Lapas Bojonegoro"])
    expect(names(sortLapasComparison(rows, "progress"))).toEqual(["Lapas Cipinang", "Lapas Ambarawa", "Lapas Bojonegoro"])
    expect(names(sortLapasComparison(rows, "inmates_earning"))).toEqual(["Lapas Bojonegoro", "Lapas Ambarawa", "Lapas Cipinang"])
    expect(names(sortLapasComparison(rows, "name"))).toEqual(["Lapas Ambarawa", "Lapas Bojonegoro", "Lapas Cipinang"])
  })

  it("takes only known sort keys from the address and leaves its input as it was", () => {
    expect(comparisonSortParam(" pnbp_booked ")).toBe("pnbp_booked")
    expect(comparisonSortParam("amount; drop")).toBe("revenue")
    const copy = [...rows]
    sortLapasComparison(rows, "name")
    expect(rows).toEqual(copy)
  })

  it("shows PNBP against target in Indonesian per cent, a dash without a target", () => {
    expect(progressLabel(2550)).toBe("25,5 %")
    expect(progressLabel(400)).toBe("4 %")
    expect(progressLabel(null)).toBe("—")
  })
})
