import { randomUUID } from "node:crypto"
import { DEFAULT_BASIS_POINTS, splitProfit } from "@karya-binaan/shares"
import { DEMO_SERVICE_BATCH_NOTES, SERVICES } from "../../src/scripts/demo-data/services"
import { defineSuite, demoSeed } from "../runner"
import { BUYER_ADDRESS, failureOf, loginAsMember, placeOrder, variantOfProduct, waitFor, type Headers } from "../helpers"

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"

/** A calendar day (WIB) `days` before today, YYYY-MM-DD. */
const daysAgo = (days: number) => new Date(Date.now() + 7 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10)

/**
 * Services (jasa): a product of type "jasa" made through the scoped catalogue tracks no stock; its
 * HPP is a "batch layanan" (materials + labour per service) whose makers are the inmates who do
 * the work; a sale at the counter books profit = revenue − quantity × HPP and shares the line's
 * premi among exactly those workers; online a published service is a voucher redeemed by the
 * lapas's free pickup.
 */
export default defineSuite({
  testSuite: ({ api, dbConnection }) => {
    const as: Record<string, Headers> = {}
    const seeded = demoSeed()
    let showroomA: string
    let workers: string[]

    const sql = async (text: string, params: unknown[] = []) => (await dbConnection.raw(text, params)).rows as any[]

    beforeAll(async () => {
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.staffB = await loginAsMember(api, `staff+${B}@karyabinaan.test`)
      const { data } = await api.get("/lapas-api/venues", as.staffA)
      showroomA = data.venues.find((v: any) => v.kind === "showroom").id
      const inmates = (await api.get("/lapas-api/inmates?limit=50", as.staffA)).data.inmates as any[]
      workers = inmates
        .filter((i) => i.status === "active")
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((i) => i.id)
    })

    /** A published service of lapas A with one variant at `price`, made through the scoped API. */
    async function createService(title: string, price: number) {
      const { data } = await api.post(
        "/lapas-api/products",
        { title, kind: "service", status: "published", variants: [{ title: "Per layanan", price }] },
        as.staffA
      )
      return data.product
    }

    const recordBatch = (body: Record<string, unknown>, who = as.staffA) =>
      api.post("/lapas-api/production-batches", body, who)

    const sell = async (variantId: string, quantity: number, tendered: number) => {
      const { data, status } = await api.post(
        "/lapas-api/direct-sales",
        {
          client_id: randomUUID(),
          venue_id: showroomA,
          lines: [{ variant_id: variantId, quantity }],
          payment_method: "cash",
          tendered,
          sold_at: new Date().toISOString(),
        },
        as.staffA
      )
      expect(status).toBe(201)
      return data.direct_sale
    }

    const ledger = async (orderId: string) => {
      const sum: Record<string, bigint> = { capital: 0n, premi: 0n, pnbp: 0n }
      for (const r of await sql(`SELECT account, amount::text AS amount FROM share_ledger_entry WHERE order_id = ?`, [orderId])) {
        sum[r.account] += BigInt(r.amount)
      }
      return sum
    }

    /** The premi allocations of an order per inmate, once they add up to the ledger's premi. */
    const premiByInmate = (orderId: string, premi: bigint) =>
      waitFor(
        "the premi allocations",
        async () => {
          const rows = await sql(`SELECT inmate_id, amount::text AS amount FROM premi_allocation WHERE order_id = ?`, [orderId])
          const byInmate = new Map<string, bigint>()
          for (const r of rows) byInmate.set(r.inmate_id, (byInmate.get(r.inmate_id) ?? 0n) + BigInt(r.amount))
          const total = [...byInmate.values()].reduce((a, b) => a + b, 0n)
          return rows.length > 0 && total === premi && byInmate
        },
        20_000
      )

    it("makes a service of type jasa without stock, weight or size, and refuses goods fields on it", async () => {
      const product = await createService("Cuci Motor", 20_000)
      expect(product.kind).toBe("service")
      expect(product.variants[0].manage_inventory).toBe(false)
      expect(product.weight).toBeNull()
      const [type] = await sql(
        `SELECT pt.value FROM product p JOIN product_type pt ON pt.id = p.type_id WHERE p.id = ?`,
        [product.id]
      )
      expect(type.value).toBe("jasa")
      // One "jasa" type however many services are made (the demo seed made it already).
      expect((await sql(`SELECT count(*)::int AS n FROM product_type WHERE value = 'jasa' AND deleted_at IS NULL`))[0].n).toBe(1)

      const withWeight = await failureOf(
        api.post("/lapas-api/products", { title: "Pangkas", kind: "service", weight: 500, variants: [{ title: "Potong", price: 15_000 }] }, as.staffA)
      )
      expect(withWeight.status).toBe(400)
      expect(withWeight.message).toMatch(/no weight or packed size/)
      const tracked = await failureOf(
        api.post(`/lapas-api/products/${product.id}/variants`, { title: "Cuci + poles", price: 40_000, manage_inventory: true }, as.staffA)
      )
      expect(tracked.status).toBe(400)
      expect(tracked.message).toMatch(/tracks no stock/)

      // The list says which is which; the stock list leaves services out.
      const list = (await api.get("/lapas-api/products?q=Cuci%20Motor", as.staffA)).data.products as any[]
      expect(list.find((p) => p.id === product.id).kind).toBe("service")
      const stock = (await api.get("/lapas-api/stock?limit=500", as.staffA)).data.stock as any[]
      expect(stock.some((row) => row.product_id === product.id)).toBe(false)
      expect(stock.length).toBeGreaterThan(0)

      // Goods again: stock tracking comes back with an inventory item.
      const { data: goods } = await api.post(`/lapas-api/products/${product.id}`, { kind: "goods" }, as.staffA)
      expect(goods.product.kind).toBe("goods")
      expect(goods.product.variants[0].manage_inventory).toBe(true)
      const { data: back } = await api.post(`/lapas-api/products/${product.id}`, { kind: "service" }, as.staffA)
      expect(back.product.kind).toBe("service")
      expect(back.product.variants[0].manage_inventory).toBe(false)
    })

    it("records a batch layanan from materials + labour without raising stock, sells 3 at the counter and books premi to its two workers", async () => {
      const product = await createService("Cuci Mobil Kecil", 35_000)
      const variantId = product.variants[0].id
      const [w1, w2] = workers

      // Both parts or neither; a unit_cost given with them must be their sum.
      const oneSided = await failureOf(
        recordBatch({ variant_id: variantId, quantity: 100, material_cost: 6_000, produced_on: daysAgo(0), makers: [{ inmate_id: w1, work_units: 3 }] })
      )
      expect(oneSided.status).toBe(400)
      const wrongSum = await failureOf(
        recordBatch({ variant_id: variantId, quantity: 100, unit_cost: 1, material_cost: 6_000, labour_cost: 12_000, produced_on: daysAgo(0), makers: [{ inmate_id: w1, work_units: 3 }] })
      )
      expect(wrongSum.status).toBe(400)
      expect(wrongSum.message).toMatch(/material_cost \+ labour_cost \(18000\)/)
      // Another lapas's staff cannot record for it.
      expect(
        (await failureOf(recordBatch({ variant_id: variantId, quantity: 1, unit_cost: 1, produced_on: daysAgo(0), makers: [{ inmate_id: w1, work_units: 1 }] }, as.staffB))).status
      ).toBe(404)

      const { data: recorded, status } = (await recordBatch({
        variant_id: variantId,
        quantity: 100,
        material_cost: 6_000,
        labour_cost: 12_000,
        produced_on: daysAgo(0),
        makers: [
          { inmate_id: w1, work_units: 3 },
          { inmate_id: w2, work_units: 1 },
        ],
      })) as any
      expect(status).toBe(201)
      const batch = recorded.production_batch
      expect(batch).toMatchObject({ quantity: 100, unit_cost: 18_000, material_cost: 6_000, labour_cost: 12_000, is_service: true })
      expect(batch.makers.map((m: any) => m.inmate_id).sort()).toEqual([w1, w2].sort())
      expect(recorded.variant_cost).toMatchObject({ average_unit_cost: 18_000, stocked_quantity: 0 })
      // Stock unchanged: the service has no inventory item, so nothing was stocked anywhere.
      expect((await sql(`SELECT count(*)::int AS n FROM product_variant_inventory_item WHERE variant_id = ? AND deleted_at IS NULL`, [variantId]))[0].n).toBe(0)
      const detail = (await api.get(`/lapas-api/products/${product.id}`, as.staffA)).data.product
      expect(detail.variants[0]).toMatchObject({ manage_inventory: false, stocked: 0, available: 0 })
      const costs = (await api.get(`/lapas-api/products/${product.id}/production-costs`, as.staffA)).data
      expect(costs.variants[0]).toMatchObject({ average_unit_cost: 18_000, stocked_quantity: 0 })

      const sale = await sell(variantId, 3, 110_000)
      expect(Number(sale.total)).toBe(105_000)
      expect(sale.lines[0].is_service).toBe(true)
      expect(sale.stock_warnings).toEqual([])

      // The HPP snapshot is the batch's, and the line's 3 services came from that batch.
      const [snapshot] = await sql(`SELECT unit_cost::text AS unit_cost, method FROM production_order_line_cost WHERE order_id = ?`, [sale.order_id])
      expect(snapshot).toEqual({ unit_cost: "18000", method: "weighted_average" })
      const taken = await sql(`SELECT batch_id, quantity FROM production_line_batch WHERE order_id = ?`, [sale.order_id])
      expect(taken).toEqual([{ batch_id: batch.id, quantity: 3 }])

      // Profit = revenue − 3 × HPP, split 50/35/15.
      const profit = 105_000n - 3n * 18_000n
      const expected = splitProfit(profit, DEFAULT_BASIS_POINTS)
      const booked = await waitFor("the ledger", async () => {
        const sum = await ledger(sale.order_id)
        return sum.capital + sum.premi + sum.pnbp === profit && sum
      }, 20_000)
      expect(booked).toEqual({ capital: expected.capital, premi: expected.premi, pnbp: expected.pnbp })

      // The premi goes to exactly the two workers, by their work units (3 : 1), in whole rupiah
      // adding up to the line's premi (a tie's odd rupiah goes by the premi module's own order).
      const byInmate = await premiByInmate(sale.order_id, expected.premi)
      expect([...byInmate.keys()].sort()).toEqual([w1, w2].sort())
      expect(byInmate.get(w1)! + byInmate.get(w2)!).toBe(expected.premi)
      const exact = (expected.premi * 3n) / 4n
      expect([exact, exact + 1n]).toContain(byInmate.get(w1))
    })

    it("takes services sold beyond the batches from the latest batch, at the latest batch's HPP", async () => {
      const product = await createService("Pangkas Rambut Kilat", 20_000)
      const variantId = product.variants[0].id
      const [w1, w2, w3] = workers
      const first = (await recordBatch({
        variant_id: variantId,
        quantity: 2,
        material_cost: 2_000,
        labour_cost: 6_000,
        produced_on: daysAgo(3),
        makers: [{ inmate_id: w1, work_units: 2 }],
      })).data.production_batch
      const latest = (await recordBatch({
        variant_id: variantId,
        quantity: 1,
        material_cost: 3_000,
        labour_cost: 7_000,
        produced_on: daysAgo(0),
        makers: [
          { inmate_id: w2, work_units: 1 },
          { inmate_id: w3, work_units: 1 },
        ],
      })).data
      expect(latest.variant_cost).toMatchObject({ average_unit_cost: 10_000, stocked_quantity: 0 })

      // 5 sold, 3 covered: 2 from the first batch, 1 from the latest, and the 2 beyond from the latest.
      const sale = await sell(variantId, 5, 100_000)
      const taken = await sql(
        `SELECT batch_id, quantity FROM production_line_batch WHERE order_id = ? ORDER BY quantity`,
        [sale.order_id]
      )
      expect(taken).toEqual([
        { batch_id: first.id, quantity: 2 },
        { batch_id: latest.production_batch.id, quantity: 3 },
      ])
      const [snapshot] = await sql(`SELECT unit_cost::text AS unit_cost FROM production_order_line_cost WHERE order_id = ?`, [sale.order_id])
      expect(snapshot.unit_cost).toBe("10000")
      const profit = 100_000n - 5n * 10_000n
      const expected = splitProfit(profit, DEFAULT_BASIS_POINTS)
      const byInmate = await premiByInmate(sale.order_id, expected.premi)
      expect([...byInmate.keys()].sort()).toEqual([w1, w2, w3].sort())
    })

    it("seeds the demo services consistently: type jasa, no stock, a batch layanan by inmates of the service's own lapas", async () => {
      const handles = SERVICES.map((s) => s.handle)
      const rows = await sql(
        `SELECT p.handle, pt.value AS type, l.handle AS lapas, v.manage_inventory, b.id AS batch_id, b.material_cost::text AS material, b.labour_cost::text AS labour, b.unit_cost::text AS unit_cost
           FROM product p
           JOIN product_type pt ON pt.id = p.type_id
           JOIN product_variant v ON v.product_id = p.id AND v.deleted_at IS NULL
           JOIN lapas_lapas_product_product lp ON lp.product_id = p.id AND lp.deleted_at IS NULL
           JOIN lapas l ON l.id = lp.lapas_id
           LEFT JOIN production_batch b ON b.variant_id = v.id AND b.notes = ?
          WHERE p.handle = ANY(?)`,
        [DEMO_SERVICE_BATCH_NOTES, handles]
      )
      const variants = SERVICES.flatMap((s) => s.variants.map((v) => ({ ...v, service: s })))
      expect(rows.length).toBe(variants.length)
      for (const row of rows) {
        const service = SERVICES.find((s) => s.handle === row.handle)!
        expect(row).toMatchObject({ type: "jasa", lapas: service.lapas, manage_inventory: false })
        expect(row.batch_id).toBeTruthy()
        expect(BigInt(row.material) + BigInt(row.labour)).toBe(BigInt(row.unit_cost))
      }
      const strangers = await sql(
        `SELECT b.id FROM production_batch b
           JOIN production_batch_maker m ON m.batch_id = b.id AND m.deleted_at IS NULL
           JOIN inmate i ON i.id = m.inmate_id
          WHERE b.notes = ? AND i.lapas_id <> b.lapas_id`,
        [DEMO_SERVICE_BATCH_NOTES]
      )
      expect(strangers).toEqual([])
      expect(new Set(SERVICES.map((s) => s.lapas)).size).toBeGreaterThanOrEqual(2)
    })

    it("sells a published service online as a voucher redeemed by the lapas's free pickup, and adds no weight to a mixed cart", async () => {
      const store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      const service = SERVICES[0]
      const { data: listed } = await api.get(`/store/products?handle=${service.handle}&fields=id,handle,title,*type,variants.id`, store)
      expect(listed.products).toHaveLength(1)
      expect(listed.products[0].type.value).toBe("jasa")
      const voucher = listed.products[0].variants[0].id as string

      const groupsOf = async (items: { variant_id: string; quantity: number }[]) => {
        const { data } = await api.post(
          "/store/carts",
          { region_id: seeded.regionId, email: "pembeli@example.com", items, shipping_address: BUYER_ADDRESS },
          store
        )
        return (await api.get(`/store/carts/${data.cart.id}/lapas-shipping`, store)).data.groups as any[]
      }
      // A voucher alone: only the lapas's pickup is offered, and it is free.
      const [alone] = await groupsOf([{ variant_id: voucher, quantity: 2 }])
      expect(alone.lapas.handle).toBe(service.lapas)
      expect(alone.options.length).toBeGreaterThan(0)
      expect(alone.options.every((o: any) => o.kind === "pickup" && o.amount === 0)).toBe(true)

      // With goods of the same lapas: couriers too, priced as for the goods alone.
      const goods = await variantOfProduct(api, seeded.publishableKey, (await sql(
        `SELECT p.handle FROM product p JOIN lapas_lapas_product_product lp ON lp.product_id = p.id JOIN lapas l ON l.id = lp.lapas_id
          WHERE l.handle = ? AND p.type_id IS NULL AND p.status = 'published' ORDER BY p.handle LIMIT 1`,
        [service.lapas]
      ))[0].handle)
      const [goodsOnly] = await groupsOf([{ variant_id: goods, quantity: 1 }])
      const [mixed] = await groupsOf([
        { variant_id: goods, quantity: 1 },
        { variant_id: voucher, quantity: 3 },
      ])
      const couriers = (group: any) => group.options.filter((o: any) => o.kind === "courier").map((o: any) => [o.id, o.amount])
      expect(couriers(mixed).length).toBeGreaterThan(0)
      expect(couriers(mixed)).toEqual(couriers(goodsOnly))

      // The voucher is bought with pickup; its line requires shipping (Medusa's rule: the product is in
      // the lapas's shipping profile), which the pickup method satisfies.
      const order = await placeOrder(api, seeded, [{ variant_id: voucher, quantity: 2 }], { kinds: { [service.lapas]: "pickup" } })
      const [line] = await sql(
        `SELECT li.requires_shipping, li.product_type FROM order_line_item li JOIN order_item oi ON oi.item_id = li.id WHERE oi.order_id = ?`,
        [order.id]
      )
      expect(line).toEqual({ requires_shipping: true, product_type: "jasa" })
    })
  },
})
