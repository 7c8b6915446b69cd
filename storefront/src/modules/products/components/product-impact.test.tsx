import { cleanup, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { createTranslator } from "@/i18n"
import { ProductImpact } from "./product-impact"

afterEach(cleanup)

const impact = { variant_id: "var_1", price: 35000, premi: 12250, pnbp: 5250, capital: 17500, currency_code: "idr" }

describe("ProductImpact", () => {
  it("shows the backend's per-unit premi, PNBP and capital in rupiah", () => {
    render(<ProductImpact impact={impact} t={createTranslator("id")} />)
    const block = screen.getByTestId("product-impact")
    expect(screen.getByTestId("product-impact-premi").textContent).toBe("Rp 12.250 untuk premi warga binaan")
    expect(screen.getByTestId("product-impact-pnbp").textContent).toBe("Rp 5.250 PNBP untuk negara")
    expect(screen.getByTestId("product-impact-capital").textContent).toBe("Rp 17.500 kembali ke modal bengkel kerja")
    expect(block.textContent).toContain("Rp 35.000")
  })

  it("names the variant the figures are for, in English too", () => {
    render(<ProductImpact impact={impact} variantTitle="500 g" t={createTranslator("en")} />)
    expect(screen.getByTestId("product-impact").textContent).toContain("Of every unit of 500 g bought at Rp 35.000")
    expect(screen.getByTestId("product-impact-premi").textContent).toBe("Rp 12.250 goes to the inmates as premi (wages)")
  })

  it("says plainly that a sale without profit pays no premi, instead of showing zeros", () => {
    render(<ProductImpact impact={{ ...impact, premi: 0, pnbp: 0, capital: 0 }} t={createTranslator("id")} />)
    const block = screen.getByTestId("product-impact")
    expect(block.textContent).toContain("belum ada premi atau PNBP")
    expect(block.textContent).not.toContain("Rp 0")
    expect(screen.queryByTestId("product-impact-premi")).toBeNull()
  })
})
