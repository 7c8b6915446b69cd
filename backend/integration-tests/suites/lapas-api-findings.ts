import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { defineSuite, demoSeed } from "../runner"
import { loginAs, loginAsMember, waitFor, type Headers } from "../helpers"
import { buildLapasB, fingerprintOfB, leakedMarkers, LAPAS_A, type LapasB } from "../security/lapas-b"

/**
 * Regression tests for the findings of issue 17 (A = lapas-bojonegoro, B = lapas-surabaya). Each
 * finding is the request that worked on the old design (a Medusa user of lapas A behind the
 * admin guard), now made with a lapas MEMBER's token: Medusa's `/admin/*` answers 401 and B is
 * unchanged; and the same attempt through the scoped API answers 404 (or 403 for a role the
 * route does not serve) and B is unchanged. Where a 404 is expected, the test first shows the
 * route exists and works for A's own records (or answers 403 to a role it does not serve), so a
 * route that is missing (also a 404) cannot pass for a refusal.
 */

type Who = "staffA" | "financeA"
const CALLERS: Who[] = ["staffA", "financeA"]

interface Answer {
  status: number
  message: string
  text: string
  data: any
}

export default defineSuite({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const as: Record<Who | "admin", Headers> = {} as any
    let b: LapasB
    /** B's ledger entries of the shared order (booked when it was captured). */
    let sharedEntriesB: string[] = []
    /** The shared order's total: both lapas's lines and shipping. */
    let sharedTotal = 0
    let priceListA = ""
    const sql = async (text: string, params: unknown[] = []) => (await dbConnection.raw(text, params)).rows as any[]

    beforeAll(async () => {
      as.admin = await loginAs(api, "admin@karyabinaan.test")
      as.staffA = await loginAsMember(api, `staff+${LAPAS_A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${LAPAS_A}@karyabinaan.test`)
      b = await buildLapasB(api, getContainer(), demoSeed(), as.admin)

      // The shared order paid in full: each lapas's shares are booked for it.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "total", "payment_collections.payments.id"],
        filters: { id: b.ids.sharedOrder },
      })
      const shared = data[0] as any
      sharedTotal = Number(shared.total)
      await api.post(`/admin/payments/${shared.payment_collections[0].payments[0].id}/capture`, {}, as.admin)
      const entries = await waitFor(
        "the shared order's shares of B",
        async () => {
          const rows = await sql(`SELECT id FROM share_ledger_entry WHERE order_id = ? AND lapas_id = ?`, [b.ids.sharedOrder, b.ids.lapas])
          return rows.length >= 3 && rows
        },
        20_000
      )
      sharedEntriesB = entries.map((row: any) => row.id)

      // A price list of A's (the kind the old design let staff keep), for the batch-delete finding.
      const { data: list } = await api.post(
        `/admin/price-lists`,
        {
          title: "Pameran Bojonegoro",
          description: "Harga pameran",
          type: "sale",
          prices: [{ variant_id: b.own.variant, currency_code: "idr", amount: 20000 }],
        },
        as.admin
      )
      priceListA = list.price_list.id
    })

    async function call(who: Who, method: string, url: string, body?: unknown): Promise<Answer> {
      const response = await api.request({
        method,
        url,
        data: body,
        headers: as[who].headers,
        validateStatus: () => true,
        transformResponse: [(raw: unknown) => raw],
        responseType: "text",
      })
      const text = typeof response.data === "string" ? response.data : JSON.stringify(response.data ?? "")
      let data: any = null
      try {
        data = JSON.parse(text)
      } catch {
        data = null
      }
      return { status: response.status, message: String(data?.message ?? ""), text, data }
    }

    /** The answer, with what a failed expectation should show. */
    const seen = (who: Who, method: string, url: string, answer: Answer) => ({
      request: `${who} ${method} ${url}`,
      status: answer.status,
      leaked: leakedMarkers(b.markers.concat(sharedEntriesB), answer.text, url),
      hasMessage: answer.status < 300 || answer.message.length > 0,
    })

    /** Medusa's admin API refuses a member's token before anything is read or written, and says nothing of B. */
    async function expectAdminClosed(method: string, url: string, body?: unknown) {
      for (const who of CALLERS) {
        const answer = await call(who, method, url, body)
        expect(seen(who, method, url, answer)).toEqual({ request: `${who} ${method} ${url}`, status: 401, leaked: [], hasMessage: true })
      }
    }

    /** The scoped API refuses with `status` and a message, and the answer carries nothing of B. */
    async function expectRefused(who: Who, method: string, url: string, status: 403 | 404 | 400, body?: unknown) {
      const answer = await call(who, method, url, body)
      expect(seen(who, method, url, answer)).toEqual({ request: `${who} ${method} ${url}`, status, leaked: [], hasMessage: true })
      return answer
    }

    /** The scoped API answers 200 to A's own request, carrying nothing of B. */
    async function expectOwnWorks(who: Who, method: string, url: string, body?: unknown) {
      const answer = await call(who, method, url, body)
      expect({ ...seen(who, method, url, answer), message: answer.message }).toEqual({
        request: `${who} ${method} ${url}`,
        status: 200,
        leaked: [],
        hasMessage: true,
        message: "",
      })
      return answer
    }

    const variantRow = async (id: string) =>
      (await sql(`SELECT id, deleted_at, manage_inventory FROM product_variant WHERE id = ?`, [id]))[0]
    const basePrices = async (variantId: string) =>
      sql(
        `SELECT p.id, p.amount::text AS amount, p.deleted_at FROM price p
           JOIN product_variant_price_set l ON l.price_set_id = p.price_set_id AND l.deleted_at IS NULL
          WHERE l.variant_id = ? AND p.price_list_id IS NULL ORDER BY p.id`,
        [variantId]
      )
    const stockedAt = async (itemId: string, locationId: string) =>
      (await sql(`SELECT stocked_quantity::int AS q FROM inventory_level WHERE inventory_item_id = ? AND location_id = ? AND deleted_at IS NULL`, [itemId, locationId]))[0]?.q
    const linksOfItem = async (itemId: string) =>
      (await sql(`SELECT variant_id FROM product_variant_inventory_item WHERE inventory_item_id = ? AND deleted_at IS NULL ORDER BY 1`, [itemId])).map(
        (row: any) => row.variant_id
      )

    it("deleting B's variant through A's own product (and variants/batch delete): 401 on /admin, 404 on /lapas-api, the variant stays", async () => {
      const before = await fingerprintOfB(sql, b)
      await expectAdminClosed("DELETE", `/admin/products/${b.own.product}/variants/${b.ids.variant}`)
      await expectAdminClosed("POST", `/admin/products/${b.own.product}/variants/batch`, { delete: [b.ids.variant] })

      // The route exists and binds its role: finance may not delete A's own variant.
      await expectRefused("financeA", "DELETE", `/lapas-api/products/${b.own.product}/variants/${b.own.variant}`, 403)
      const refused = await expectRefused("staffA", "DELETE", `/lapas-api/products/${b.own.product}/variants/${b.ids.variant}`, 404)
      expect(refused.message).toContain(b.ids.variant)
      await expectRefused("staffA", "DELETE", `/lapas-api/products/${b.ids.product}/variants/${b.ids.variant}`, 404)
      await expectRefused("financeA", "DELETE", `/lapas-api/products/${b.own.product}/variants/${b.ids.variant}`, 403)

      expect((await variantRow(b.ids.variant)).deleted_at).toBeNull()
      expect(await fingerprintOfB(sql, b)).toEqual(before)
    })

    it("setting B's variant price to Rp 1 and switching off its stock tracking: 401 on /admin, 404 on /lapas-api, unchanged", async () => {
      const before = await fingerprintOfB(sql, b)
      const pricesBefore = await basePrices(b.ids.variant)
      expect((await variantRow(b.ids.variant)).manage_inventory).toBe(true)
      await expectAdminClosed("POST", `/admin/products/${b.own.product}/variants/batch`, {
        update: [{ id: b.ids.variant, prices: [{ currency_code: "idr", amount: 1 }], manage_inventory: false }],
      })

      // The same request works for A's own variant…
      await expectOwnWorks("staffA", "POST", `/lapas-api/products/${b.own.product}/variants/${b.own.variant}`, {
        price: 125000,
        manage_inventory: true,
      })
      // …and is refused for B's, under A's product or B's.
      const attack = { price: 1, manage_inventory: false }
      const refused = await expectRefused("staffA", "POST", `/lapas-api/products/${b.own.product}/variants/${b.ids.variant}`, 404, attack)
      expect(refused.message).toContain(b.ids.variant)
      await expectRefused("staffA", "POST", `/lapas-api/products/${b.ids.product}/variants/${b.ids.variant}`, 404, attack)
      await expectRefused("staffA", "POST", `/lapas-api/PRODUCTS/${b.ids.product}/VARIANTS/${b.ids.variant}`, 404, attack)
      await expectRefused("financeA", "POST", `/lapas-api/products/${b.ids.product}/variants/${b.ids.variant}`, 403, attack)

      expect(await basePrices(b.ids.variant)).toEqual(pricesBefore)
      expect((await variantRow(b.ids.variant)).manage_inventory).toBe(true)
      expect(await fingerprintOfB(sql, b)).toEqual(before)
    })

    it("linking B's inventory item to A's variant, then reading and editing B's stock: 401 on /admin, 404 on /lapas-api, unchanged", async () => {
      const before = await fingerprintOfB(sql, b)
      const linksBefore = await linksOfItem(b.ids.inventoryItem)
      const stockBefore = await stockedAt(b.ids.inventoryItem, b.ids.stockLocation)
      await expectAdminClosed("POST", `/admin/products/${b.own.product}/variants/${b.own.variant}/inventory-items`, {
        inventory_item_id: b.ids.inventoryItem,
        required_quantity: 1,
      })
      await expectAdminClosed("GET", `/admin/inventory-items/${b.ids.inventoryItem}/location-levels`)
      await expectAdminClosed("POST", `/admin/inventory-items/${b.ids.inventoryItem}/location-levels/${b.ids.stockLocation}`, {
        stocked_quantity: 0,
      })

      // A sets its own stock through the scoped route…
      await expectOwnWorks("staffA", "POST", `/lapas-api/stock`, { levels: [{ variant_id: b.own.variant, stocked_quantity: 77 }] })
      expect(await stockedAt(b.own.inventoryItem, b.own.stockLocation)).toBe(77)
      // …but not B's, alone or beside its own (and then nothing of its own is written either).
      await expectRefused("staffA", "POST", `/lapas-api/stock`, 404, { levels: [{ variant_id: b.ids.variant, stocked_quantity: 0 }] })
      await expectRefused("staffA", "POST", `/lapas-api/stock`, 404, {
        levels: [
          { variant_id: b.own.variant, stocked_quantity: 55 },
          { variant_id: b.ids.variant, stocked_quantity: 0 },
        ],
      })
      expect(await stockedAt(b.own.inventoryItem, b.own.stockLocation)).toBe(77)
      await expectRefused("financeA", "POST", `/lapas-api/stock`, 403, { levels: [{ variant_id: b.ids.variant, stocked_quantity: 0 }] })
      // B's stock is not readable either: not asked by lapas, and not in A's own list.
      for (const who of CALLERS) {
        await expectRefused(who, "GET", `/lapas-api/stock?lapas_id=${b.ids.lapas}`, 404)
        await expectOwnWorks(who, "GET", `/lapas-api/stock`)
      }

      expect(await linksOfItem(b.ids.inventoryItem)).toEqual(linksBefore)
      expect(await linksOfItem(b.ids.inventoryItem)).not.toContain(b.own.variant)
      expect(await stockedAt(b.ids.inventoryItem, b.ids.stockLocation)).toBe(stockBefore)
      expect(await fingerprintOfB(sql, b)).toEqual(before)
    })

    it("deleting B's base price through a price-list batch: 401 on /admin; the scoped API has no price-list route, and B's price stays", async () => {
      const before = await fingerprintOfB(sql, b)
      const pricesBefore = await basePrices(b.ids.variant)
      expect(pricesBefore.map((p: any) => p.id)).toContain(b.ids.price)
      await expectAdminClosed("POST", `/admin/price-lists/${priceListA}/prices/batch`, { delete: [b.ids.price] })
      // In the scoped API a price is only ever set through its own variant's route (see the Rp 1 finding).
      await expectRefused("staffA", "POST", `/lapas-api/products/${b.own.product}/variants/${b.ids.variant}`, 404, { price: 1 })
      expect(await basePrices(b.ids.variant)).toEqual(pricesBefore)
      expect(await fingerprintOfB(sql, b)).toEqual(before)
    })

    it("fields= walking to every lapas's bank account, satker code, PNBP target, staff e-mails and agreements: 401 on /admin, 400 and 404 on /lapas-api", async () => {
      const walk = "id,products.lapas.*,products.lapas.partners.*,products.lapas.partners.agreements.*,products.lapas.members.*"
      await expectAdminClosed("GET", `/admin/product-categories?fields=${walk}`)
      await expectAdminClosed("GET", `/admin/sales-channels?fields=${walk}`)
      await expectAdminClosed("GET", `/admin/product-tags?fields=${walk}`)
      await expectAdminClosed("GET", `/admin/orders?fields=id,items.variant.product.lapas.*,items.variant.product.lapas.members.*`)

      for (const who of CALLERS) {
        // The lists answer A's own records, with fixed fields…
        await expectOwnWorks(who, "GET", `/lapas-api/products`)
        await expectOwnWorks(who, "GET", `/lapas-api/lapas/${b.lapasA}`)
        // …refuse field selection…
        const fields = await expectRefused(who, "GET", `/lapas-api/products?fields=${walk}`, 400)
        expect(fields.message).toMatch(/fixed fields/)
        await expectRefused(who, "GET", `/lapas-api/lapas/${b.lapasA}?fields=*partners,*members&expand=partners`, 400)
        // …and B's profile (bank account, satker, PNBP target, staff, partners) is not A's.
        const profile = await expectRefused(who, "GET", `/lapas-api/lapas/${b.ids.lapas}`, 404)
        expect(profile.message).toContain(b.ids.lapas)
        await expectRefused(who, "GET", `/lapas-api/products?lapas_id=${b.ids.lapas}`, 404)
      }
    })

    it("a two-lapas order's line items and totals: 401 on /admin; /lapas-api shows A its own part only", async () => {
      await expectAdminClosed("GET", `/admin/orders/${b.ids.sharedOrder}/line-items`)
      await expectAdminClosed("GET", `/admin/orders/${b.ids.sharedOrder}?fields=total,subtotal,shipping_total,*items,*shipping_methods`)

      for (const who of CALLERS) {
        const own = await expectOwnWorks(who, "GET", `/lapas-api/orders/${b.ids.sharedOrder}`)
        // No line, amount or shipping of B: its line and variant are markers (checked above), and
        // the whole order's total (A's and B's) appears nowhere.
        const numbers: number[] = []
        JSON.stringify(own.data, (_key, value) => {
          if (typeof value === "number") numbers.push(value)
          if (typeof value === "string" && /^\d+$/.test(value)) numbers.push(Number(value))
          return value
        })
        expect({ who, wholeOrderTotalShown: numbers.includes(sharedTotal) }).toEqual({ who, wholeOrderTotalShown: false })
        await expectRefused(who, "GET", `/lapas-api/orders/${b.ids.sharedOrder}?fields=total,*items`, 400)
        const foreign = await expectRefused(who, "GET", `/lapas-api/orders/${b.ids.order}`, 404)
        expect(foreign.message).toContain(b.ids.order)
      }
    })

    it("/orders/:id/SHARES in upper case: 401 on /admin; /lapas-api answers every spelling as the lower-case path, role and scope bound to the handler", async () => {
      for (const url of [`/admin/orders/${b.ids.sharedOrder}/SHARES`, `/admin/orders/${b.ids.sharedOrder}/shares`]) {
        await expectAdminClosed("GET", url)
      }
      const spellings = (id: string) => [`/lapas-api/orders/${id}/shares`, `/lapas-api/ORDERS/${id}/SHARES`, `/lapas-api/orders/${id}/Shares`]

      // Staff see no money, however the path is spelt.
      for (const url of spellings(b.ids.sharedOrder)) {
        await expectRefused("staffA", "GET", url, 403)
      }
      // Finance of A see A's shares of the shared order only (B's entries are markers), in every spelling…
      const bodies = []
      for (const url of spellings(b.ids.sharedOrder)) {
        bodies.push((await expectOwnWorks("financeA", "GET", url)).text)
      }
      expect(new Set(bodies).size).toBe(1)
      // …and nothing of an order of B's alone.
      for (const url of spellings(b.ids.order)) {
        await expectRefused("financeA", "GET", url, 404)
        await expectRefused("staffA", "GET", url, 403)
      }
    })
  },
})
