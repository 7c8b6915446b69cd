import { describe, expect, it } from "vitest"
import { normaliseIndonesianMobile as waNumber } from "@karya-binaan/contracts"
import { receiptPdfPath, storefrontReceiptUrl, whatsappLink } from "./receipt-links"

describe("receipt links", () => {
  it("points at the panel's PDF route and the storefront's receipt page", () => {
    expect(receiptPdfPath("dsale_1", "thermal")).toBe("/penjualan/dsale_1/struk?format=thermal")
    expect(receiptPdfPath("dsale_1", "a4")).toBe("/penjualan/dsale_1/struk?format=a4")
    expect(storefrontReceiptUrl("https://karyabinaan.id/", "/struk/abc")).toBe("https://karyabinaan.id/struk/abc")
  })

  it("sends WhatsApp to the buyer's number in international form, or lets WhatsApp ask", () => {
    expect(waNumber("0812-3456-7890")).toBe("6281234567890")
    expect(waNumber("+62 812 3456 7890")).toBe("6281234567890")
    expect(waNumber("021 555 1234")).toBeNull()
    expect(whatsappLink("081234567890", "Struk: https://x/struk/a b")).toBe(
      "https://wa.me/6281234567890?text=Struk%3A%20https%3A%2F%2Fx%2Fstruk%2Fa%20b"
    )
    expect(whatsappLink(null, "Struk")).toBe("https://wa.me/?text=Struk")
  })
})
