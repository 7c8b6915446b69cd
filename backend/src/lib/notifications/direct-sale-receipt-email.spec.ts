import type { PublicReceipt } from "@karya-binaan/contracts"
import { directSaleReceiptEmailKey, renderDirectSaleReceiptEmail } from "./direct-sale-receipt-email"

const receipt: PublicReceipt = {
  lapas: { name: "Lapas Kelas IIA Bojonegoro", city: "Bojonegoro", time_zone: "Asia/Jayapura" },
  venue: { name: "Galeri Lapas", kind: "showroom" },
  number: 77,
  sold_at: "2026-12-06T01:00:00.000Z",
  lines: [{ title: "Jahe Instan", variant_title: "250 g", quantity: 2, unit_price: 35000, subtotal: 70000, is_service: false }],
  subtotal: 70000,
  discount: 5000,
  total: 65000,
  payment_method: "cash",
  tendered: 100000,
  change: 35000,
  cashier_name: "Staf",
  status: "completed",
  voided_at: null,
}
const url = "https://karyabinaan.test/struk/tok<en>"

describe("the receipt e-mail", () => {
  it("is Indonesian by default, with the link, number, time in the lapas's zone, lines and amounts", () => {
    const mail = renderDirectSaleReceiptEmail(receipt, url, { buyerName: "Sari" })
    expect(mail.subject).toBe("Struk belanja #77 dari Lapas Kelas IIA Bojonegoro")
    expect(mail.text).toContain("Halo Sari,")
    expect(mail.text).toContain(url)
    expect(mail.text).toContain("10.00 WIT")
    expect(mail.text).toContain("Jahe Instan (250 g) × 2: Rp 70.000")
    expect(mail.text).toContain("Diskon: -Rp 5.000")
    expect(mail.text).toContain("Total: Rp 65.000")
    expect(mail.text).toContain("Kembalian: Rp 35.000")
    expect(mail.text).toContain("35% premi warga binaan")
    expect(mail.html).toContain('href="https://karyabinaan.test/struk/tok&lt;en&gt;"')
    expect(mail.html).not.toContain("<en>")
  })

  it("has an English version with the same facts", () => {
    const mail = renderDirectSaleReceiptEmail(receipt, url, { locale: "en" })
    expect(mail.subject).toBe("Your receipt #77 from Lapas Kelas IIA Bojonegoro")
    expect(mail.text).toContain("Hello,")
    expect(mail.text).toContain("Change: Rp 35.000")
    expect(mail.text).toContain("December 2026")
  })

  it("is keyed once per sale", () => {
    expect(directSaleReceiptEmailKey("dsale_1")).toBe("direct-sale-receipt:dsale_1")
  })
})
