import type { PublicReceipt } from "@karya-binaan/contracts"
import { extractText, getDocumentProxy } from "unpdf"
import { a4ReceiptPdf, receiptFileName, thermalReceiptPdf } from "./pdf"

const MM = 72 / 25.4

function receipt(overrides: Partial<PublicReceipt> = {}): PublicReceipt {
  return {
    lapas: { name: "Lapas Kelas IIA Bojonegoro", city: "Bojonegoro", time_zone: "Asia/Makassar" },
    venue: { name: "Pameran UMKM Jatim", kind: "event" },
    number: 1042,
    sold_at: "2026-12-06T02:30:00.000Z",
    lines: [
      { title: "Jahe Instan", variant_title: "250 g", quantity: 2, unit_price: 35000, subtotal: 70000, is_service: false },
      { title: "Kursi Rotan", variant_title: "Default", quantity: 1, unit_price: 900000, subtotal: 900000, is_service: false },
    ],
    subtotal: 970000,
    discount: 20000,
    total: 950000,
    payment_method: "cash",
    tendered: 1000000,
    change: 50000,
    cashier_name: "Staf GIATJA Bojonegoro",
    status: "completed",
    voided_at: null,
    ...overrides,
  }
}

const URL_ = "https://karyabinaan.test/struk/abcdefghijklmnopqrstuvwx"

async function read(pdf: Buffer) {
  const doc = await getDocumentProxy(new Uint8Array(pdf))
  const { text } = await extractText(doc, { mergePages: true })
  const page = await doc.getPage(1)
  const [, , width, height] = page.view
  return { text: text.replace(/\s+/g, " "), width, height, pages: doc.numPages }
}

describe("receipt PDFs", () => {
  it("prints a 58 mm roll receipt with the number, time in the lapas's zone, lines, amounts and cash change", async () => {
    const { text, width } = await read(await thermalReceiptPdf(receipt(), URL_, new Date("2026-12-06T03:00:00Z")))
    expect(width).toBeCloseTo(58 * MM, 1)
    expect(text).toContain("Lapas Kelas IIA Bojonegoro")
    expect(text).toContain("Pameran UMKM Jatim")
    expect(text).toContain("#1042")
    expect(text).toContain("10.30 WITA")
    expect(text).toContain("Jahe Instan (250 g)")
    expect(text).toContain("2 × Rp 35.000")
    expect(text).toContain("Kursi Rotan")
    expect(text).not.toContain("(Default)")
    expect(text).toContain("-Rp 20.000")
    expect(text).toContain("Rp 950.000")
    expect(text).toContain("Tunai")
    expect(text).toContain("Rp 50.000")
    expect(text).toContain("Staf GIATJA Bojonegoro")
    expect(text).toContain("50% modal produksi, 35% premi warga binaan, 15% PNBP")
    // The link wraps on the narrow roll.
    expect(text.replace(/ /g, "")).toContain(URL_)
    expect(text).not.toContain("DIBATALKAN")
  })

  it("grows the roll with the lines", async () => {
    const short = await read(await thermalReceiptPdf(receipt(), URL_, new Date()))
    const many = Array.from({ length: 30 }, (_, i) => ({
      title: `Produk ${i + 1}`,
      variant_title: null,
      quantity: 1,
      unit_price: 1000,
      subtotal: 1000,
      is_service: false,
    }))
    const long = await read(await thermalReceiptPdf(receipt({ lines: many }), URL_, new Date()))
    expect(long.pages).toBe(1)
    expect(long.height).toBeGreaterThan(short.height + 30 * 10)
    expect(long.text).toContain("Produk 30")
  })

  it("says DIBATALKAN on a voided sale, and leaves out tendered and change for QRIS", async () => {
    const voided = receipt({ status: "voided", voided_at: "2026-12-06T04:00:00Z", payment_method: "qris", tendered: null, change: null })
    for (const pdf of [await thermalReceiptPdf(voided, URL_, new Date()), await a4ReceiptPdf(voided, URL_, new Date())]) {
      const { text } = await read(pdf)
      expect(text).toContain("DIBATALKAN")
      expect(text).toContain("QRIS")
      expect(text).not.toContain("Kembalian")
    }
  })

  it("prints an A4 receipt with the same facts", async () => {
    const { text, width, height } = await read(await a4ReceiptPdf(receipt(), URL_, new Date()))
    expect(Math.round(width)).toBe(595)
    expect(Math.round(height)).toBe(842)
    for (const fact of ["STRUK PENJUALAN", "#1042", "Jahe Instan (250 g)", "Rp 950.000", "Kembalian", "WITA", URL_]) {
      expect(text).toContain(fact)
    }
  })

  it("names the file after the receipt number and size", () => {
    expect(receiptFileName(receipt(), "thermal")).toBe("struk-1042-58mm.pdf")
    expect(receiptFileName(receipt(), "a4")).toBe("struk-1042.pdf")
  })
})
