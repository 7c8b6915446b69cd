import { randomUUID } from "node:crypto"
import { defineSuite, demoSeed } from "../runner"
import { failureOf, loginAsMember, placeOrderWithPayment, loginAs, variantOfProduct, type Headers } from "../helpers"

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"

/**
 * Penjualan langsung through the scoped API (`/lapas-api/direct-sales`): a sale at a venue is a
 * Medusa order on the direct-sales channel, paid at once and booked like an online sale; a device
 * id is booked once; a sale beyond the stock at hand is recorded and flagged; a void reverses it.
 */
export default defineSuite({
  testSuite: ({ api, dbConnection }) => {
    const as: Record<string, Headers> = {}
    const seeded = demoSeed()
    let showroomA: string

    beforeAll(async () => {
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${A}@karyabinaan.test`)
      as.staffB = await loginAsMember(api, `staff+${B}@karyabinaan.test`)
      as.admin = await loginAs(api, "admin@karyabinaan.test")
      const { data } = await api.get("/lapas-api/venues", as.staffA)
      showroomA = data.venues.find((v: any) => v.kind === "showroom").id
    })

    /** Published variants of A with stock, one per product. */
    const variantsOfA = async () => {
      const { data } = await api.get("/lapas-api/stock?limit=200", as.staffA)
      const seen = new Set<string>()
      return (data.stock as any[]).filter((row) => {
        if (row.product_status !== "published" || row.available < 5 || seen.has(row.product_id)) return false
        seen.add(row.product_id)
        return true
      })
    }
    const ledgerOf = async (orderId: string) =>
      (
        await dbConnection.raw(
          `SELECT line_item_id, account, amount::text AS amount, kind FROM share_ledger_entry WHERE order_id = ? ORDER BY account, kind`,
          [orderId]
        )
      ).rows as { account: string; amount: string; kind: string }[]
    const totals = (rows: { account: string; amount: string }[]) => {
      const sum: Record<string, bigint> = { capital: 0n, premi: 0n, pnbp: 0n }
      for (const r of rows) sum[r.account] += BigInt(r.amount)
      return sum
    }

    it("books a cash sale of two products at the showroom as an online sale of the same lines", async () => {
      const [r1, r2] = await variantsOfA()
      const v1 = r1.variant_id
      const v2 = r2.variant_id
      const sale = {
        client_id: randomUUID(),
        venue_id: showroomA,
        lines: [
          { variant_id: v1, quantity: 2 },
          { variant_id: v2, quantity: 1 },
        ],
        payment_method: "cash",
        tendered: 5_000_000,
        sold_at: new Date().toISOString(),
      }
      const { data, status } = await api.post("/lapas-api/direct-sales", sale, as.staffA)
      expect(status).toBe(201)
      expect(data.replayed).toBe(false)
      const ds = data.direct_sale
      expect(ds.order_id).toBeTruthy()
      expect(Number(ds.change)).toBe(5_000_000 - Number(ds.total))
      const direct = totals(await ledgerOf(ds.order_id))
      expect(direct.capital + direct.premi + direct.pnbp).toBeGreaterThan(0n)

      // The same lines bought online and captured book the same shares.
      const store = { publishableKey: seeded.publishableKey, regionId: seeded.regionId }
      const online = await placeOrderWithPayment(
        api,
        store,
        [
          { variant_id: v1, quantity: 2 },
          { variant_id: v2, quantity: 1 },
        ],
        as.admin
      )
      await api.post(`/admin/payments/${online.paymentId}/capture`, {}, as.admin)
      let onlineTotals = totals(await ledgerOf(online.id))
      for (let i = 0; i < 50 && onlineTotals.capital === 0n; i++) {
        await new Promise((r) => setTimeout(r, 200))
        onlineTotals = totals(await ledgerOf(online.id))
      }
      expect(direct).toEqual(onlineTotals)

      // Sent again: the same sale, nothing new.
      const again = await api.post("/lapas-api/direct-sales", sale, as.staffA)
      expect(again.status).toBe(200)
      expect(again.data.replayed).toBe(true)
      expect(again.data.direct_sale.id).toBe(ds.id)
      expect(totals(await ledgerOf(ds.order_id))).toEqual(direct)

      // Void: the shares net to zero and the sale says why.
      const voided = await api.post(`/lapas-api/direct-sales/${ds.id}/void`, { reason: "Salah input jumlah" }, as.staffA)
      expect(voided.data.direct_sale.status).toBe("voided")
      const after = totals(await ledgerOf(ds.order_id))
      expect(after).toEqual({ capital: 0n, premi: 0n, pnbp: 0n })
      expect((await failureOf(api.post(`/lapas-api/direct-sales/${ds.id}/void`, { reason: "Salah input lagi" }, as.staffA))).status).toBe(409)
    })

    it("refuses another lapas's venue and variants, and finance cannot sell", async () => {
      const [r1] = await variantsOfA()
      const sale = {
        client_id: randomUUID(),
        venue_id: showroomA,
        lines: [{ variant_id: r1.variant_id, quantity: 1 }],
        payment_method: "qris",
        sold_at: new Date().toISOString(),
      }
      expect((await failureOf(api.post("/lapas-api/direct-sales", sale, as.staffB))).status).toBe(404)
      expect((await failureOf(api.post("/lapas-api/direct-sales", sale, as.financeA))).status).toBe(403)
    })
  },
})
