import { cleanup, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { createTranslator } from "@/i18n"
import { ImpactSummary } from "./impact-summary"

afterEach(cleanup)

const now = new Date("2026-11-22T20:00:00Z") // 23 November in WIB

describe("ImpactSummary", () => {
  it("shows premi, PNBP and orders in rupiah, dated in WIB", () => {
    const impact = { premi: 1_225_000, pnbp: 525_000, capital: 1_750_000, orders: 1234, lapas: 8, products: 50 }
    render(<ImpactSummary impact={impact} t={createTranslator("id")} locale="id" now={now} />)
    const summary = screen.getByTestId("impact-summary")
    expect(summary.querySelector('[data-figure="premi"] dd')?.textContent).toBe("Rp 1.225.000")
    expect(summary.querySelector('[data-figure="pnbp"] dd')?.textContent).toBe("Rp 525.000")
    expect(summary.querySelector('[data-figure="orders"] dd')?.textContent).toBe("1.234")
    expect(summary.querySelector('[data-figure="capital"]')).toBeNull()
    expect(summary.textContent).toContain("23 November 2026")
  })

  it("adds capital, lapas and products on the about page", () => {
    const impact = { premi: 7000, pnbp: 3000, capital: 10000, orders: 1, lapas: 8, products: 50 }
    render(<ImpactSummary impact={impact} t={createTranslator("en")} locale="en" now={now} full />)
    const summary = screen.getByTestId("impact-summary")
    expect(summary.querySelector('[data-figure="capital"] dd')?.textContent).toBe("Rp 10.000")
    expect(summary.querySelector('[data-figure="products"] dd')?.textContent).toBe("50")
  })

  it("says no sale is booked yet instead of showing Rp 0", () => {
    const impact = { premi: 0, pnbp: 0, capital: 0, orders: 0, lapas: 8, products: 50 }
    render(<ImpactSummary impact={impact} t={createTranslator("id")} locale="id" now={now} />)
    const summary = screen.getByTestId("impact-summary")
    expect(summary.textContent).toContain("Belum ada penjualan yang dibukukan")
    expect(summary.textContent).not.toContain("Rp 0")
    expect(summary.querySelector('[data-figure="lapas"] dd')?.textContent).toBe("8")
  })
})
