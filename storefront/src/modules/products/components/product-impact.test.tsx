import { cleanup, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { createTranslator } from "@/i18n"
import { ProductImpact } from "./product-impact"

afterEach(cleanup)

const impact = {
  variant_id: "var_1",
  price: 35000,
  currency_code: "idr",
  has_premi: true,
  premi_at_least: 12000,
  premi_step: 1000,
  premi_percent: 35,
  pnbp_percent: 15,
}

describe("ProductImpact", () => {
  it("shows the makers' premi as at least a whole Rp 1.000 and the shares in percent, no cost or amounts", () => {
    render(<ProductImpact impact={impact} t={createTranslator("id")} />)
    const block = screen.getByTestId("product-impact")
    expect(screen.getByTestId("product-impact-premi").textContent).toBe(
      "Setidaknya Rp 12.000 untuk premi warga binaan (35% dari laba)"
    )
    expect(screen.getByTestId("product-impact-pnbp").textContent).toBe("15% dari laba untuk negara sebagai PNBP")
    expect(screen.getByTestId("product-impact-capital").textContent).toBe("Sisa laba (50%) kembali ke modal bengkel kerja")
    expect(block.textContent).toContain("Rp 35.000")
    expect(block.textContent).toContain("dibulatkan ke bawah ke kelipatan Rp 1.000")
    // Only the price and the premi band are amounts: no PNBP, capital or cost in rupiah.
    expect(block.textContent!.match(/Rp [\d.]+/g)).toEqual(["Rp 35.000", "Rp 12.000", "Rp 1.000"])
  })

  it("names the variant the figures are for, in English too, with fractional shares", () => {
    render(
      <ProductImpact impact={{ ...impact, premi_percent: 33.33, pnbp_percent: 16.67 }} variantTitle="500 g" t={createTranslator("en")} />
    )
    expect(screen.getByTestId("product-impact").textContent).toContain("Of every unit of 500 g bought at Rp 35.000")
    expect(screen.getByTestId("product-impact-premi").textContent).toBe(
      "At least Rp 12.000 goes to the inmates as premi (wages), 33,33% of the profit"
    )
    expect(screen.getByTestId("product-impact-capital").textContent).toBe("The rest of the profit (50%) goes back to the workshop as capital")
  })

  it("says 'less than one step' for a premi under Rp 1.000", () => {
    render(<ProductImpact impact={{ ...impact, premi_at_least: 0 }} t={createTranslator("id")} />)
    expect(screen.getByTestId("product-impact-premi").textContent).toBe(
      "Kurang dari Rp 1.000 untuk premi warga binaan (35% dari laba)"
    )
  })

  it("says plainly that a sale without profit pays no premi, instead of showing zeros", () => {
    render(<ProductImpact impact={{ ...impact, has_premi: false, premi_at_least: 0 }} t={createTranslator("id")} />)
    const block = screen.getByTestId("product-impact")
    expect(block.textContent).toContain("belum ada premi atau PNBP")
    expect(block.textContent).not.toContain("Rp 0")
    expect(screen.queryByTestId("product-impact-premi")).toBeNull()
  })
})
