import { cleanup, render, screen, within } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import type { PublicReceipt } from "@karya-binaan/contracts"
import { createTranslator } from "@/i18n"
import { ReceiptView } from "./receipt-view"

afterEach(cleanup)

function receipt(overrides: Partial<PublicReceipt> = {}): PublicReceipt {
  return {
    lapas: { name: "Lapas Kelas IIA Tanjungpinang", city: "Tanjungpinang", time_zone: "Asia/Makassar" },
    venue: { name: "Pameran Temu Bisnis", kind: "event" },
    number: 2048,
    sold_at: "2026-12-06T02:05:00.000Z",
    lines: [
      { title: "Kotak Tisu", variant_title: "Motif Melayu", quantity: 2, unit_price: 62500, subtotal: 125000, is_service: false },
      { title: "Pangkas Rambut", variant_title: "Default", quantity: 1, unit_price: 15000, subtotal: 15000, is_service: true },
    ],
    subtotal: 140000,
    discount: 10000,
    total: 130000,
    payment_method: "cash",
    tendered: 150000,
    change: 20000,
    cashier_name: "Staf GIATJA Tanjungpinang",
    status: "completed",
    voided_at: null,
    ...overrides,
  }
}

describe("the buyer's receipt page", () => {
  it("shows the number, the time in the lapas's zone, lines, amounts in rupiah and cash change, in Indonesian", () => {
    render(<ReceiptView receipt={receipt()} token="tok_abc" t={createTranslator("id")} locale="id" />)
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Struk belanja")
    expect(screen.getByTestId("receipt-number").textContent).toBe("#2048")
    expect(screen.getByTestId("receipt-time").textContent).toBe("6 Desember 2026 10.05 WITA")
    const lines = screen.getAllByTestId("receipt-line")
    expect(lines).toHaveLength(2)
    expect(within(lines[0]).getByText("Kotak Tisu (Motif Melayu)")).toBeTruthy()
    expect(within(lines[0]).getByText("2 × Rp 62.500")).toBeTruthy()
    expect(within(lines[1]).getByText("Pangkas Rambut")).toBeTruthy()
    expect(screen.getByTestId("receipt-total").textContent).toBe("Rp 130.000")
    expect(screen.getByText("-Rp 10.000")).toBeTruthy()
    expect(screen.getByText("Tunai")).toBeTruthy()
    expect(screen.getByText("Kembalian")).toBeTruthy()
    expect(screen.getByText("Rp 20.000")).toBeTruthy()
    expect(screen.getByText(/35% premi \(upah\) warga binaan/)).toBeTruthy()
    expect(screen.queryByTestId("receipt-voided")).toBeNull()
  })

  it("offers printing and the two PDFs through the storefront's own links", () => {
    render(<ReceiptView receipt={receipt()} token="tok/abc" t={createTranslator("id")} locale="id" />)
    expect(screen.getByTestId("receipt-print").textContent).toBe("Cetak struk")
    expect(screen.getByTestId("receipt-pdf-thermal").getAttribute("href")).toBe("/struk/tok%2Fabc/pdf?format=thermal")
    expect(screen.getByTestId("receipt-pdf-a4").getAttribute("href")).toBe("/struk/tok%2Fabc/pdf?format=a4")
  })

  it("says Dibatalkan when the sale was voided, and leaves out cash lines for QRIS", () => {
    render(
      <ReceiptView
        receipt={receipt({ status: "voided", voided_at: "2026-12-06T03:00:00.000Z", payment_method: "qris", tendered: null, change: null })}
        token="tok"
        t={createTranslator("id")}
        locale="id"
      />
    )
    const banner = screen.getByTestId("receipt-voided")
    expect(banner.getAttribute("role")).toBe("alert")
    expect(banner.textContent).toContain("Dibatalkan")
    expect(banner.textContent).toContain("6 Desember 2026 11.00 WITA")
    expect(screen.getByText("QRIS")).toBeTruthy()
    expect(screen.queryByText("Kembalian")).toBeNull()
  })

  it("reads in English with the storefront's language switch", () => {
    render(<ReceiptView receipt={receipt()} token="tok" t={createTranslator("en")} locale="en" />)
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Receipt")
    expect(screen.getByTestId("receipt-time").textContent).toMatch(/^6 December 2026 (at )?10:05 WITA$/)
    expect(screen.getByText("Cash")).toBeTruthy()
    expect(screen.getByText("Exhibition / event", { exact: false })).toBeTruthy()
    expect(screen.getByTestId("receipt-total").textContent).toBe("Rp 130.000")
  })
})
