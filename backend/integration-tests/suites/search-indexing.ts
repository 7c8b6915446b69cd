import { LAPAS, PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import type { SeedResult } from "../../src/scripts/seed-demo"
import type { SearchHit } from "../../src/modules/search/types"
import { appModule } from "../app"
import { defineSuite, demoSeed } from "../runner"
import { loginAs, loginAsMember, placeOrder, type Headers } from "../helpers"

const { reindexAllProducts } = appModule<typeof import("../../src/workflows/search/sync-search-index")>(
  "src/workflows/search/sync-search-index"
)
const { buildSearchDocuments } = appModule<typeof import("../../src/workflows/search/steps/build-search-documents")>(
  "src/workflows/search/steps/build-search-documents"
)
const { wibDay } = appModule<typeof import("../../src/modules/profit-share/policy")>("src/modules/profit-share/policy")
const { SEARCH_MODULE } = appModule<typeof import("../../src/modules/search")>("src/modules/search")

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"

/** How often and how long an index change is waited for after the admin call returns. */
const POLL_MS = 50
const WITHIN_MS = 1000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export default defineSuite({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: SeedResult
    const as: Record<string, Headers> = {}
    const lapasId: Record<string, string> = {}
    const categoryId: Record<string, string> = {}
    let shippingProfileId: string
    let locationA: string

    const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })

    /** An admin call whose failure names the call and Medusa's message. */
    async function admin(method: "get" | "post" | "delete", url: string, who: Headers, body?: unknown) {
      try {
        const response = method === "post" ? await api.post(url, body, who) : await (api as any)[method](url, who)
        return response.data
      } catch (error: any) {
        if (!error.response) throw error
        throw new Error(`${method.toUpperCase()} ${url}: ${error.response.status} ${JSON.stringify(error.response.data)}`)
      }
    }

    /** GET /store/search with these parameters. */
    async function search(params: Record<string, string>) {
      const query = new URLSearchParams({ limit: "50", ...params }).toString()
      return (await api.get(`/store/search?${query}`, store())).data as { hits: SearchHit[]; total: number }
    }

    /** The product's hit for the query, or undefined. */
    async function hitOf(productId: string, q: string, params: Record<string, string> = {}) {
      return (await search({ q, ...params })).hits.find((hit) => hit.id === productId)
    }

    /**
     * Polls every POLL_MS until `probe` holds; fails when it does not within `ms` of the call
     * (the index follows Medusa's events, which run after the admin call has returned).
     */
    async function within<T>(what: string, ms: number, probe: () => Promise<T | undefined | false>): Promise<T> {
      const started = Date.now()
      for (;;) {
        const value = await probe()
        if (value) return value
        if (Date.now() - started >= ms) throw new Error(`${what}: not seen within ${ms} ms`)
        await sleep(POLL_MS)
      }
    }

    /** Creates a published product of lapas A (its staff creates it) with one variant per price. */
    async function newProduct(body: {
      title: string
      prices: number[]
      status?: string
      categories?: string[]
      manage_inventory?: boolean
      description?: string
    }) {
      const { data } = await api.post(
        `/admin/products`,
        {
          title: body.title,
          description: body.description,
          status: body.status ?? "published",
          additional_data: { lapas_id: lapasId[A] },
          shipping_profile_id: shippingProfileId,
          sales_channels: [{ id: seeded.salesChannelId }],
          categories: (body.categories ?? []).map((handle) => ({ id: categoryId[handle] })),
          options: [{ title: "Ukuran", values: body.prices.map((_, i) => `U${i + 1}`) }],
          variants: body.prices.map((amount, i) => ({
            title: `U${i + 1}`,
            options: { Ukuran: `U${i + 1}` },
            manage_inventory: body.manage_inventory ?? true,
            prices: [{ currency_code: "idr", amount }],
          })),
        },
        as.national
      )
      const { data: read } = await api.get(
        `/admin/products/${data.product.id}?fields=id,variants.id,variants.title,variants.inventory_items.inventory_item_id`,
        as.national
      )
      const variants = [...read.product.variants].sort((a: any, b: any) => a.title.localeCompare(b.title))
      return {
        id: data.product.id as string,
        variantIds: variants.map((v: any) => v.id as string),
        itemIds: variants.map((v: any) => v.inventory_items?.[0]?.inventory_item_id as string | undefined),
      }
    }

    /** Sellable products counted straight from the tables, independently of the builder's SQL. */
    async function sellableCount() {
      const { rows } = await dbConnection.raw(
        `SELECT COUNT(DISTINCT p.id)::int AS n
           FROM product p
           JOIN lapas_lapas_product_product lp ON lp.product_id = p.id AND lp.deleted_at IS NULL
           JOIN lapas l ON l.id = lp.lapas_id
          WHERE p.deleted_at IS NULL AND p.status = 'published' AND l.deleted_at IS NULL AND l.is_active`
      )
      return rows[0].n as number
    }

    beforeAll(async () => {
      // The demo seed ended with reindexAllProducts.
      seeded = demoSeed()
      as.national = await loginAs(api, "admin@karyabinaan.test")
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.nationalMember = await loginAsMember(api, "nasional@karyabinaan.test")
      const { data: lapas } = await api.get(`/lapas-api/lapas?limit=100`, as.nationalMember)
      for (const l of lapas.lapas) lapasId[l.handle] = l.id
      const { data: profiles } = await api.get(`/admin/shipping-profiles`, as.national)
      shippingProfileId = profiles.shipping_profiles[0].id
      const { data: categories } = await api.get(`/admin/product-categories?limit=100&fields=id,handle`, as.national)
      for (const c of categories.product_categories) categoryId[c.handle] = c.id
      const { data: locations } = await api.get(`/admin/stock-locations?fields=id`, as.national)
      locationA = locations.stock_locations[0].id
    })

    describe("the documents built from Medusa's data", () => {
      it("describe a demo product as the catalogue defines it", async () => {
        const jahe = PRODUCTS.find((p) => p.handle === "jahe-instan")!
        const { data } = await api.get(`/admin/products?handle=${jahe.handle}&fields=id`, as.national)
        const id = data.products[0].id
        const { documents, removed } = await buildSearchDocuments(dbConnection, [id, "prod_unknown"])
        expect(removed).toEqual(["prod_unknown"])
        expect(documents).toHaveLength(1)
        const doc = documents[0]
        expect(doc).toMatchObject({
          id,
          handle: jahe.handle,
          title: jahe.title,
          subtitle: jahe.subtitle,
          description: jahe.description,
          lapas_id: lapasId[A],
          lapas_handle: A,
          lapas_name: LAPAS.find((l) => l.handle === A)!.name,
          category_handles: [jahe.category],
          tags: [...jahe.tags].sort(),
          sales_channel_ids: [seeded.salesChannelId],
          min_price: Math.min(...jahe.variants.map((v) => v.price)),
          price_bucket: "0-50000",
          in_stock: true,
        })
        expect(doc.category_names).toHaveLength(1)
        expect(new Date(doc.created_at).toISOString()).toBe(doc.created_at)
      })

      it("index a category's ancestors with it, and only active public categories", async () => {
        const { data: child } = await api.post(
          `/admin/product-categories`,
          { name: "Wedang Uji", handle: "wedang-uji", parent_category_id: categoryId["makanan-minuman"], is_active: true, is_internal: false },
          as.national
        )
        const { data: hidden } = await api.post(
          `/admin/product-categories`,
          { name: "Internal Uji", handle: "internal-uji", is_active: true, is_internal: true },
          as.national
        )
        categoryId["wedang-uji"] = child.product_category.id
        categoryId["internal-uji"] = hidden.product_category.id
        const product = await newProduct({ title: "Wedang Uwuh Rempah", prices: [18_000], categories: ["wedang-uji", "internal-uji"] })
        const { documents } = await buildSearchDocuments(dbConnection, [product.id])
        expect(documents[0].category_handles).toEqual(["makanan-minuman", "wedang-uji"])
        expect(documents[0].in_stock).toBe(false)

        // Through the store search: the parent category finds the child's product.
        await within("product under its parent category", 5000, () =>
          hitOf(product.id, "wedang uwuh", { category: "makanan-minuman" })
        )
        // Switching the child category off (product-category.updated) takes it out of both.
        await api.post(`/admin/product-categories/${categoryId["wedang-uji"]}`, { is_active: false }, as.national)
        await within("category switched off", 5000, async () =>
          !(await hitOf(product.id, "wedang uwuh", { category: "wedang-uji" })) &&
          !(await hitOf(product.id, "wedang uwuh", { category: "makanan-minuman" }))
        )
        expect(await hitOf(product.id, "wedang uwuh")).toBeDefined()
      })

      it("leave out unpublished products", async () => {
        const draft = await newProduct({ title: "Gerabah Draf Kasongan", prices: [40_000], status: "draft" })
        const { documents, removed } = await buildSearchDocuments(dbConnection, [draft.id])
        expect(documents).toEqual([])
        expect(removed).toEqual([draft.id])
        await sleep(300)
        expect(await hitOf(draft.id, "Gerabah Draf Kasongan")).toBeUndefined()
      })
    })

    // The runner restores the database to its state after beforeAll before every test: each
    // test below makes its own product and follows it through the events it cares about.
    describe("the index follows product events", () => {
      const guci = () =>
        newProduct({
          title: "Guci Tanah Liat Plered",
          description: "Guci hias dari tanah liat yang dibakar.",
          prices: [150_000, 120_000],
        })

      it("a product created through the admin becomes findable, and a title update within a second", async () => {
        const product = await guci()
        const hit = await within("created product", WITHIN_MS, () => hitOf(product.id, "guci plered"))
        expect(hit).toMatchObject({
          title: "Guci Tanah Liat Plered",
          handle: expect.any(String),
          lapas: { handle: A, name: LAPAS.find((l) => l.handle === A)!.name },
          min_price: 120_000,
          // Managed inventory and nothing stocked yet.
          in_stock: false,
        })

        expect(await hitOf(product.id, "kendi purbalingga")).toBeUndefined()
        await admin("post", `/admin/products/${product.id}`, as.national, { title: "Kendi Gerabah Purbalingga" })
        const returned = Date.now()
        const updated = await within("updated title", WITHIN_MS, () => hitOf(product.id, "kendi purbalingga"))
        expect(Date.now() - returned).toBeLessThanOrEqual(WITHIN_MS + 250)
        expect(updated.title).toBe("Kendi Gerabah Purbalingga")
      })

      it("a variant price change moves min_price, and so does deleting a variant", async () => {
        const product = await guci()
        await within("created product", WITHIN_MS, () => hitOf(product.id, "guci plered"))
        await admin("post", `/admin/products/${product.id}/variants/${product.variantIds[1]}`, as.national, {
          prices: [{ currency_code: "idr", amount: 95_000 }],
        })
        await within("lower price", WITHIN_MS, async () => (await hitOf(product.id, "guci plered"))?.min_price === 95_000)
        expect(await hitOf(product.id, "guci plered", { max_price: "99999" })).toBeDefined()

        // Deleting the cheaper variant (product-variant.deleted) leaves the other's price.
        await admin("delete", `/admin/products/${product.id}/variants/${product.variantIds[1]}`, as.national)
        await within("price of the remaining variant", WITHIN_MS, async () =>
          (await hitOf(product.id, "guci plered"))?.min_price === 150_000
        )
        expect(await hitOf(product.id, "guci plered", { max_price: "99999" })).toBeUndefined()
        expect(await hitOf(product.id, "guci plered", { min_price: "100000", max_price: "200000" })).toBeDefined()
      })

      it("stock on hand flips in_stock, and a stocked quantity of 0 flips it back", async () => {
        const product = await guci()
        const item = product.itemIds[0]
        expect(item).toBeTruthy()
        await within("created product", WITHIN_MS, () => hitOf(product.id, "guci plered"))
        expect(await hitOf(product.id, "guci plered", { in_stock: "true" })).toBeUndefined()

        await admin("post", `/admin/inventory-items/${item}/location-levels`, as.national, { location_id: locationA, stocked_quantity: 3 })
        await within("in stock after stocking", WITHIN_MS, async () => (await hitOf(product.id, "guci plered"))?.in_stock === true)
        expect(await hitOf(product.id, "guci plered", { in_stock: "true" })).toBeDefined()

        await admin("post", `/admin/inventory-items/${item}/location-levels/${locationA}`, as.national, { stocked_quantity: 0 })
        await within("out of stock", WITHIN_MS, async () => (await hitOf(product.id, "guci plered"))?.in_stock === false)
        expect(await hitOf(product.id, "guci plered", { in_stock: "true" })).toBeUndefined()
      })

      it("a production batch that stocks the product puts it in stock", async () => {
        const product = await guci()
        await within("created product", WITHIN_MS, () => hitOf(product.id, "guci plered"))
        const { inmate } = await admin("post", `/lapas-api/inmates`, as.staffA, { code: "CARI-001", consent_public: false })
        await admin("post", `/lapas-api/production-batches`, as.staffA, {
          variant_id: product.variantIds[0],
          quantity: 4,
          unit_cost: 60_000,
          produced_on: wibDay(new Date(Date.now() - 86_400_000)),
          makers: [{ inmate_id: inmate.id, work_units: 1 }],
        })
        await within("in stock after the batch", WITHIN_MS, async () => (await hitOf(product.id, "guci plered"))?.in_stock === true)
      })

      it("an order reserving the last unit makes the product out of stock", async () => {
        const product = await guci()
        await admin("post", `/admin/inventory-items/${product.itemIds[0]}/location-levels`, as.national, {
          location_id: locationA,
          stocked_quantity: 1,
        })
        await within("in stock", WITHIN_MS, async () => (await hitOf(product.id, "guci plered"))?.in_stock === true)
        await placeOrder(api, { publishableKey: seeded.publishableKey, regionId: seeded.regionId }, [
          { variant_id: product.variantIds[0], quantity: 1 },
        ])
        await within("reserved, out of stock", WITHIN_MS, async () => (await hitOf(product.id, "guci plered"))?.in_stock === false)
      })

      it("setting the status to draft removes it, publishing brings it back", async () => {
        const product = await guci()
        await within("created product", WITHIN_MS, () => hitOf(product.id, "Guci Tanah Liat Plered"))
        await admin("post", `/admin/products/${product.id}`, as.national, { status: "draft" })
        await within("draft removed", WITHIN_MS, async () => !(await hitOf(product.id, "Guci Tanah Liat Plered")))
        await admin("post", `/admin/products/${product.id}`, as.national, { status: "published" })
        await within("published again", WITHIN_MS, () => hitOf(product.id, "Guci Tanah Liat Plered"))
      })

      it("deleting it removes it", async () => {
        const product = await guci()
        await within("created product", WITHIN_MS, () => hitOf(product.id, "Guci Tanah Liat Plered"))
        await admin("delete", `/admin/products/${product.id}`, as.national)
        await within("deleted removed", WITHIN_MS, async () => !(await hitOf(product.id, "Guci Tanah Liat Plered")))
      })
    })

    describe("a lapas switched off", () => {
      it("takes its products out of the index and switching it on brings them back", async () => {
        const ofB = PRODUCTS.filter((p) => p.lapas === B)
        expect(ofB.length).toBeGreaterThan(0)
        expect((await search({ q: "", lapas: B })).total).toBe(ofB.length)
        const sample = ofB[0]
        const { data } = await api.get(`/admin/products?handle=${sample.handle}&fields=id`, as.national)
        const sampleId = data.products[0].id
        expect(await hitOf(sampleId, sample.title)).toBeDefined()

        await api.post(`/lapas-api/lapas/${lapasId[B]}`, { is_active: false }, as.nationalMember)
        try {
          await within("lapas off", WITHIN_MS, async () => (await search({ q: "", lapas: B })).total === 0)
          expect(await hitOf(sampleId, sample.title)).toBeUndefined()
        } finally {
          await api.post(`/lapas-api/lapas/${lapasId[B]}`, { is_active: true }, as.nationalMember)
        }
        await within("lapas on", WITHIN_MS, async () => (await search({ q: "", lapas: B })).total === ofB.length)
        expect(await hitOf(sampleId, sample.title)).toBeDefined()
      })
    })

    describe("the full reindex", () => {
      it("rebuilds an emptied index", async () => {
        const container = getContainer()
        const service = container.resolve(SEARCH_MODULE) as any
        const draft = await newProduct({ title: "Gerabah Draf Kasongan", prices: [40_000], status: "draft" })
        await sleep(200)
        const expected = await sellableCount()
        expect(expected).toBeGreaterThanOrEqual(PRODUCTS.length)
        expect((await search({ q: "" })).total).toBe(expected)

        await service.replaceAllDocuments([])
        expect((await search({ q: "" })).total).toBe(0)

        const { indexed, removed } = await reindexAllProducts(container)
        expect(indexed).toBe(expected)
        const { rows } = await dbConnection.raw(`SELECT COUNT(*)::int AS n FROM product WHERE deleted_at IS NULL`)
        expect(indexed + removed).toBe(rows[0].n)
        expect(removed).toBeGreaterThanOrEqual(1) // the draft
        expect((await buildSearchDocuments(dbConnection, [draft.id])).removed).toEqual([draft.id])
        expect((await search({ q: "" })).total).toBe(expected)
        const jahe = await search({ q: "jahe instan" })
        expect(jahe.hits.map((h) => h.handle)).toContain("jahe-instan")
      })
    })
  },
})
