import { randomUUID } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import { formatRupiah } from "@karya-binaan/format"
import { extractText, getDocumentProxy } from "unpdf"
import { defineSuite, demoSeed } from "../runner"
import { emailsTo as emailsOf, failureOf, loginAsMember, waitFor, type Headers } from "../helpers"

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"

async function pdfText(data: ArrayBuffer) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(data)), { mergePages: true })
  return text.replace(/\s+/g, " ")
}

/**
 * The receipt of a direct sale: the till's PDFs (58 mm roll and A4) in the scoped API, the buyer's
 * public receipt and its PDFs by the link's token, and the receipt e-mailed once to a buyer whose
 * address the cashier typed.
 */
export default defineSuite({
  testSuite: ({ api, getContainer }) => {
    const as: Record<string, Headers> = {}
    const seeded = demoSeed()
    const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })
    let showroomA: string
    let variants: string[] = []

    beforeAll(async () => {
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${A}@karyabinaan.test`)
      as.staffB = await loginAsMember(api, `staff+${B}@karyabinaan.test`)
      as.national = await loginAsMember(api, "nasional@karyabinaan.test")
      const { data } = await api.get("/lapas-api/venues", as.staffA)
      showroomA = data.venues.find((v: any) => v.kind === "showroom").id
      const stock = await api.get("/lapas-api/stock?limit=200", as.staffA)
      const seen = new Set<string>()
      variants = (stock.data.stock as any[])
        .filter((row) => {
          if (row.product_status !== "published" || row.available < 5 || seen.has(row.product_id)) return false
          seen.add(row.product_id)
          return true
        })
        .map((row) => row.variant_id)
    })

    const sell = async (extra: Record<string, unknown> = {}) => {
      const body = {
        client_id: randomUUID(),
        venue_id: showroomA,
        lines: [
          { variant_id: variants[0], quantity: 2 },
          { variant_id: variants[1], quantity: 1 },
        ],
        payment_method: "cash",
        tendered: 5_000_000,
        sold_at: new Date().toISOString(),
        ...extra,
      }
      const { data, status } = await api.post("/lapas-api/direct-sales", body, as.staffA)
      expect(status).toBe(201)
      return { body, sale: data.direct_sale }
    }
    const tokenOf = (sale: { receipt_path: string }) => sale.receipt_path.replace(/^\/struk\//, "")
    const receiptPdf = async (id: string, format: string, who: Headers) => {
      const response: any = await api.get(`/lapas-api/direct-sales/${id}/receipt?format=${format}`, { ...who, responseType: "arraybuffer" })
      return {
        type: String(response.headers["content-type"]),
        disposition: String(response.headers["content-disposition"]),
        text: await pdfText(response.data),
      }
    }

    const emailsTo = (to: string) => emailsOf(getContainer(), to)

    it("prints the till's receipt as a 58 mm roll and as A4 with the number and total, for every role of the lapas", async () => {
      const { sale } = await sell()
      const total = formatRupiah(sale.total)
      for (const [format, who] of [
        ["thermal", as.staffA],
        ["a4", as.financeA],
        ["thermal", as.national],
      ] as const) {
        const pdf = await receiptPdf(sale.id, format, who)
        expect(pdf.type).toBe("application/pdf")
        expect(pdf.disposition).toBe(`inline; filename="struk-${sale.display_id}${format === "thermal" ? "-58mm" : ""}.pdf"`)
        expect(pdf.text).toContain(`#${sale.display_id}`)
        expect(pdf.text).toContain(total)
        expect(pdf.text).toContain("Tunai")
        expect(pdf.text).toContain(formatRupiah(sale.change))
        expect(pdf.text).toContain("35% premi warga binaan")
        expect(pdf.text).not.toContain("DIBATALKAN")
      }
      // Another lapas's sale reads as unknown; a format we do not print is a 400 that says which exist.
      expect((await failureOf(api.get(`/lapas-api/direct-sales/${sale.id}/receipt?format=a4`, as.staffB))).status).toBe(404)
      const bad = await failureOf(api.get(`/lapas-api/direct-sales/${sale.id}/receipt?format=a5`, as.staffA))
      expect(bad.status).toBe(400)
      expect(bad.message).toMatch(/thermal.*a4/)
      expect((await failureOf(api.get(`/lapas-api/direct-sales/dsale_unknown/receipt`, as.staffA))).status).toBe(404)
    })

    it("shows the buyer the receipt by its link's token, without the cashier's id, the buyer's contact or any ids", async () => {
      const { sale } = await sell({ buyer: { name: "Sari", phone: "081234567890" } })
      const response = await api.get(`/store/receipts/${tokenOf(sale)}`, store())
      expect(response.headers["cache-control"]).toBe("private, no-store")
      const receipt = response.data.receipt
      expect(receipt).toMatchObject({
        number: sale.display_id,
        venue: { name: sale.venue.name, kind: "showroom" },
        lapas: { time_zone: "Asia/Jakarta" },
        payment_method: "cash",
        status: "completed",
      })
      expect(receipt.lapas.name).toMatch(/Bojonegoro/)
      expect(receipt.lapas.city).toBeTruthy()
      expect(Number(receipt.total)).toBe(Number(sale.total))
      expect(Number(receipt.change)).toBe(Number(sale.change))
      expect(receipt.lines).toHaveLength(2)
      const raw = JSON.stringify(response.data)
      for (const secret of [sale.cashier.id, sale.id, sale.order_id, sale.client_id, "081234567890", "Sari", sale.lapas_id]) {
        expect(raw).not.toContain(secret)
      }
      expect(Object.keys(receipt.lines[0]).sort()).toEqual(["is_service", "quantity", "subtotal", "title", "unit_price", "variant_title"])

      const pdf: any = await api.get(`/store/receipts/${tokenOf(sale)}/pdf?format=a4`, { ...store(), responseType: "arraybuffer" })
      expect(String(pdf.headers["content-type"])).toBe("application/pdf")
      expect(await pdfText(pdf.data)).toContain(formatRupiah(sale.total))
      expect((await failureOf(api.get(`/store/receipts/${tokenOf(sale)}/pdf?format=letter`, store()))).status).toBe(400)
    })

    it("answers an unknown token with 404 and a message, and asks for the publishable key like other store routes", async () => {
      const unknown = await failureOf(api.get(`/store/receipts/${"x".repeat(24)}`, store()))
      expect(unknown.status).toBe(404)
      expect(unknown.message).toMatch(/Struk tidak ditemukan/)
      expect((await failureOf(api.get(`/store/receipts/${"y".repeat(24)}/pdf`, store()))).status).toBe(404)
      const { sale } = await sell({ payment_method: "qris", tendered: undefined })
      expect((await failureOf(api.get(`/store/receipts/${tokenOf(sale)}`))).status).toBe(400)
    })

    it("shows a voided sale as voided, on the public receipt and on the PDFs", async () => {
      const { sale } = await sell()
      await api.post(`/lapas-api/direct-sales/${sale.id}/void`, { reason: "Pembeli membatalkan" }, as.staffA)
      const { data } = await api.get(`/store/receipts/${tokenOf(sale)}`, store())
      expect(data.receipt.status).toBe("voided")
      expect(data.receipt.voided_at).toBeTruthy()
      expect(JSON.stringify(data)).not.toContain("Pembeli membatalkan")
      for (const format of ["thermal", "a4"]) {
        expect((await receiptPdf(sale.id, format, as.staffA)).text).toContain("DIBATALKAN")
      }
    })

    it("e-mails the receipt link once to a buyer with an e-mail, even when the sale is sent again, and none without", async () => {
      const email = `pembeli+${randomUUID().slice(0, 8)}@contoh.id`
      const { body, sale } = await sell({ buyer: { name: "Budi", email } })
      const [mail] = await waitFor("the receipt e-mail", async () => {
        const mails = await emailsTo(email)
        return mails.length ? mails : undefined
      }, 30_000)
      expect(mail.template).toBe("direct-sale-receipt")
      expect(mail.subject).toBe(`Struk belanja #${sale.display_id} dari ${(await api.get(`/store/receipts/${tokenOf(sale)}`, store())).data.receipt.lapas.name}`)
      expect(mail.text).toContain(`${process.env.STOREFRONT_URL || "http://localhost:8000"}${sale.receipt_path}`)
      expect(mail.text).toContain("Halo Budi,")
      expect(mail.text).toContain(formatRupiah(sale.total))

      // The device sends the sale again: replayed, no second e-mail.
      const again = await api.post("/lapas-api/direct-sales", body, as.staffA)
      expect(again.data.replayed).toBe(true)
      // A sale without an e-mail, then one with: once the later sale's e-mail is there, the events
      // before it (the plain sale's, and any the replay might have raised) have been handled.
      const { sale: plain } = await sell({ buyer: { name: "Tanpa Email" } })
      const later = `pembeli+${randomUUID().slice(0, 8)}@contoh.id`
      await sell({ buyer: { email: later } })
      await waitFor("the later sale's e-mail", async () => (await emailsTo(later)).length > 0, 30_000)
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const forSale = async (id: string) =>
        ((await notifications.listNotifications({ resource_id: id } as object)) as any[]).filter(
          (row) => row.template === "direct-sale-receipt"
        )
      expect(await forSale(plain.id)).toHaveLength(0)
      expect(await emailsTo(email)).toHaveLength(1)
      expect(await forSale(sale.id)).toHaveLength(1)
    })
  },
})
