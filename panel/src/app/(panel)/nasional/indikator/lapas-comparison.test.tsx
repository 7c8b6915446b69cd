import { cleanup, render, screen, within } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import type { IndicatorLapasComparison } from "@karya-binaan/contracts"
import { LapasComparisonTable } from "./lapas-comparison"

afterEach(cleanup)

const labels = {
  caption: "Perbandingan antar lapas · 2026",
  lapas: "Lapas",
  revenue: "Pendapatan",
  quantity: "Unit terjual (bersih)",
  pnbpBooked: "PNBP tercatat",
  pnbpTarget: "Target PNBP setahun",
  progress: "PNBP / target",
  premiEarned: "Premi diperoleh",
  inmates: "WBP penerima premi",
}

const rows: IndicatorLapasComparison[] = [
  {
    lapas_id: "lapas_s",
    name: "Lapas Surabaya",
    handle: "lapas-surabaya",
    revenue: "75000",
    quantity: 3,
    pnbp_booked: "3375",
    pnbp_deposited: "0",
    pnbp_target: "0",
    pnbp_booked_bp: null,
    premi_earned: "7875",
    inmates_earning: 20,
  },
  {
    lapas_id: "lapas_b",
    name: "Lapas Bojonegoro",
    handle: "lapas-bojonegoro",
    revenue: "1250000",
    quantity: 40,
    pnbp_booked: "56250",
    pnbp_deposited: "50000",
    pnbp_target: "25000000",
    pnbp_booked_bp: 22,
    premi_earned: "131250",
    inmates_earning: 12,
  },
]

describe("LapasComparisonTable", () => {
  it("lists every lapas side by side by revenue, money as Rp, with sort links", () => {
    render(<LapasComparisonTable rows={rows} sort="revenue" labels={labels} hrefFor={(s) => `?urut=${s}`} />)
    const table = screen.getByRole("table", { name: labels.caption })
    const body = within(table).getAllByRole("row").slice(1)
    expect(body.map((r) => within(r).getByRole("rowheader").textContent)).toEqual(["Lapas Bojonegoro", "Lapas Surabaya"])
    const first = within(body[0]).getAllByRole("cell").map((c) => c.textContent)
    expect(first).toEqual(["Rp 1.250.000", "40", "Rp 56.250", "Rp 25.000.000", "0,22 %", "Rp 131.250", "12"])
    const second = within(body[1]).getAllByRole("cell").map((c) => c.textContent)
    expect(second).toEqual(["Rp 75.000", "3", "Rp 3.375", "Rp 0", "—", "Rp 7.875", "20"])
    expect(screen.getByRole("link", { name: "Unit terjual (bersih)" }).getAttribute("href")).toBe("?urut=quantity")
    expect(screen.getByRole("columnheader", { name: "Pendapatan" }).getAttribute("aria-sort")).toBe("descending")
    expect(screen.getByRole("region", { name: labels.caption })).toBeDefined()
  })

  it("sorts by the column asked for", () => {
    render(<LapasComparisonTable rows={rows} sort="name" labels={labels} hrefFor={(s) => `?urut=${s}`} />)
    expect(screen.getAllByRole("rowheader").map((h) => h.textContent)).toEqual(["Lapas Bojonegoro", "Lapas Surabaya"])
    expect(screen.getByRole("columnheader", { name: "Lapas" }).getAttribute("aria-sort")).toBe("ascending")
    cleanup()
    render(<LapasComparisonTable rows={rows} sort="inmates_earning" labels={labels} hrefFor={(s) => `?urut=${s}`} />)
    expect(screen.getAllByRole("rowheader").map((h) => h.textContent)).toEqual(["Lapas Surabaya", "Lapas Bojonegoro"])
    expect(screen.getByRole("columnheader", { name: "WBP penerima premi" }).getAttribute("aria-sort")).toBe("descending")
  })
})
