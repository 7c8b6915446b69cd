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

    describe("the till's catalogue (GET /lapas-api/direct-sales/catalog)", () => {
      const catalogOf = async (venueId: string, who: Headers, lapasId?: string) =>
        (
          await api.get(
            `/lapas-api/direct-sales/catalog?${new URLSearchParams({ venue_id: venueId, ...(lapasId ? { lapas_id: lapasId } : {}) })}`,
            who
          )
        ).data

      it("lists the lapas's variants with the price a sale charges and the showroom's stock, and the QRIS image", async () => {
        const catalog = await catalogOf(showroomA, as.staffA)
        expect(catalog.venue).toMatchObject({ id: showroomA, kind: "showroom", has_own_stock: false })
        expect(catalog).toHaveProperty("qris_image_url")
        expect(catalog.items.length).toBeGreaterThan(0)
        const { data: stock } = await api.get("/lapas-api/stock?limit=500", as.staffA)
        const stockOf = new Map((stock.stock as any[]).map((row) => [row.variant_id, row]))
        for (const item of catalog.items) {
          // Only the lapas's own variants, each with the stock the lapas's location holds.
          const row = stockOf.get(item.variant_id)
          expect(row).toBeTruthy()
          expect(item.available).toBe(row.manage_inventory && !item.is_service ? row.available : null)
          expect(Number.isInteger(Number(item.unit_price))).toBe(true)
          expect(item).toHaveProperty("barcode")
          expect(item).toHaveProperty("sku")
        }

        // The catalogue's price is the one a sale is charged, and the sale takes the units off.
        const [r1] = await variantsOfA()
        const item = catalog.items.find((i: any) => i.variant_id === r1.variant_id)
        const { data } = await api.post(
          "/lapas-api/direct-sales",
          {
            client_id: randomUUID(),
            venue_id: showroomA,
            lines: [{ variant_id: item.variant_id, quantity: 2 }],
            payment_method: "transfer",
            sold_at: new Date().toISOString(),
          },
          as.staffA
        )
        expect(data.direct_sale.lines[0].unit_price).toBe(item.unit_price)
        const after = await catalogOf(showroomA, as.staffA)
        expect(after.items.find((i: any) => i.variant_id === item.variant_id).available).toBe(item.available - 2)
      })

      it("shows an event's own stock, and services as untracked", async () => {
        const { data: created } = await api.post(
          "/lapas-api/venues",
          { name: "Pameran Katalog Kasir", place: "Balai Kota", starts_on: "2026-12-01", ends_on: "2026-12-31", max_discount_bp: 1000 },
          as.staffA
        )
        const event = created.venue
        const catalog = await catalogOf(event.id, as.staffA)
        expect(catalog.venue).toMatchObject({ id: event.id, kind: "event", has_own_stock: true, max_discount_bp: 1000 })
        const tracked = catalog.items.filter((i: any) => i.manage_inventory && !i.is_service)
        expect(tracked.length).toBeGreaterThan(0)
        // Nothing was moved to the event yet: its location holds none of it.
        expect(tracked.every((i: any) => i.available === 0)).toBe(true)

        // A service (product type "jasa") is listed with no stock to count.
        const [r1] = await variantsOfA()
        const { data: ref } = await api.get(`/admin/products/${r1.product_id}?fields=id,shipping_profile.id`, as.admin)
        // The seed made the "jasa" product type (services).
      const { data: types } = await api.get("/admin/product-types?value=jasa", as.admin)
      const type = { product_type: types.product_types[0] }
        const { data: service } = await api.post(
          "/admin/products",
          {
            title: "Cuci mobil (uji kasir)",
            handle: "uji-kasir-cuci-mobil",
            status: "published",
            type_id: type.product_type.id,
            shipping_profile_id: ref.product.shipping_profile.id,
            options: [{ title: "Paket", values: ["Standar"] }],
            variants: [
              {
                title: "Standar",
                sku: "UJI-KASIR-CUCI",
                options: { Paket: "Standar" },
                manage_inventory: false,
                prices: [{ currency_code: "idr", amount: 35_000 }],
              },
            ],
            sales_channels: [{ id: seeded.salesChannelId }],
            additional_data: { lapas_id: event.lapas_id },
          },
          as.admin
        )
        const withService = await catalogOf(event.id, as.staffA)
        const wash = withService.items.find((i: any) => i.product_id === service.product.id)
        expect(wash).toMatchObject({ sku: "UJI-KASIR-CUCI", unit_price: 35_000, is_service: true, manage_inventory: false, available: null })
      })

      it("refuses another lapas's venue (404), answers finance and national (naming the lapas), and wants a venue", async () => {
        const { data: venuesB } = await api.get("/lapas-api/venues", as.staffB)
        const showroomB = venuesB.venues.find((v: any) => v.kind === "showroom").id
        const foreign = await failureOf(api.get(`/lapas-api/direct-sales/catalog?venue_id=${showroomA}`, as.staffB))
        expect(foreign).toEqual({ status: 404, message: `Venue with id "${showroomA}" was not found.` })
        expect((await failureOf(api.get(`/lapas-api/direct-sales/catalog?venue_id=${showroomB}`, as.staffA))).status).toBe(404)
        const ownB = await catalogOf(showroomB, as.staffB)
        const itemsA = new Set((await catalogOf(showroomA, as.staffA)).items.map((i: any) => i.variant_id))
        expect(ownB.items.some((i: any) => itemsA.has(i.variant_id))).toBe(false)

        expect((await catalogOf(showroomA, as.financeA)).venue.id).toBe(showroomA)
        const national = await loginAsMember(api, "nasional@karyabinaan.test")
        const lapasA = (await catalogOf(showroomA, as.staffA)).venue.lapas_id
        expect((await failureOf(api.get(`/lapas-api/direct-sales/catalog?venue_id=${showroomA}`, national))).status).toBe(400)
        expect((await catalogOf(showroomA, national, lapasA)).items.length).toBeGreaterThan(0)
        expect((await failureOf(api.get(`/lapas-api/direct-sales/catalog?venue_id=${showroomA}&lapas_id=${lapasA}`, as.staffB))).status).toBe(404)

        const missing = await failureOf(api.get("/lapas-api/direct-sales/catalog", as.staffA))
        expect(missing.status).toBe(400)
        expect(missing.message).toMatch(/venue_id/)
        expect((await failureOf(api.get(`/lapas-api/direct-sales/catalog?venue_id=${showroomA}&fields=*`, as.staffA))).status).toBe(400)
      })
    })
  },
})
