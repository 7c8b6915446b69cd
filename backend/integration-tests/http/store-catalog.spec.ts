import { ACCOUNTS, DEFAULT_BASIS_POINTS, splitProfit, type ShareBasisPoints } from "@karya-binaan/shares"
import { NATIONAL_IMPACT_STEP } from "@karya-binaan/contracts"
import { COLLECTIONS, LAPAS, PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import { SERVICES } from "../../src/scripts/demo-data/services"
import { demoBatches, demoInmates } from "../../src/scripts/demo-data/production"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { appModule } from "../app"
import { integrationTestRunner } from "../runner"
import { BUYER_ADDRESS, failureOf, loginAs, loginAsMember, placeOrder, type Headers, waitFor } from "../helpers"
import { expectedCourierAmount } from "../shipping-quotes"

const { seedDemoData } = appModule<typeof import("../../src/scripts/seed-demo")>("src/scripts/seed-demo")
const { shippingProfileIdOfLapas } = appModule<typeof import("../../src/lib/shipping/provision")>(
  "src/lib/shipping/provision"
)
const { wibDay } = appModule<typeof import("../../src/modules/profit-share/policy")>("src/modules/profit-share/policy")

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"

/** A product the catalogue should list, as the test knows it independently of the SQL under test. */
interface Known {
  id: string
  title: string
  created_at: string
  /** Lowest variant price, whole rupiah. */
  price: number
  categories: string[]
  /** Collection handle, or null. */
  collection: string | null
  lapas: string
}

integrationTestRunner({
  database: "migrated",
  testSuite: ({ api, getContainer, dbConnection, dbUtils }) => {
    let seeded: SeedResult
    const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })

    beforeAll(async () => {
      // Seeded here, not copied from the demo template: the catalog serves rendered images.
      seeded = await seedDemoData(getContainer(), { renderImages: true })
      await dbUtils.snapshot()
    })

    describe("the demo catalogue through the store API", () => {
      it("lists every demo product, published, priced in rupiah for Indonesia", async () => {
        const { data } = await api.get(
          `/store/products?limit=100&region_id=${seeded.regionId}&fields=*variants.calculated_price,+metadata,+lapas.*`,
          store()
        )
        // The goods and the services (jasa) the demo lapas sell as vouchers.
        expect(data.count).toBe(PRODUCTS.length + SERVICES.length)
        expect(data.count).toBeGreaterThanOrEqual(40)

        const jahe = data.products.find((p: any) => p.handle === "jahe-instan")
        const demoJahe = PRODUCTS.find((p) => p.handle === "jahe-instan")!
        expect(jahe.title).toBe(demoJahe.title)
        expect(jahe.lapas).toMatchObject({ handle: demoJahe.lapas, name: expect.any(String) })
        expect(jahe.metadata).not.toHaveProperty("lapas_handle")
        expect(data.products.every((p: any) => typeof p.lapas?.handle === "string")).toBe(true)
        expect(jahe.thumbnail).toMatch(/^http.*\.webp$/)
        const [variant] = jahe.variants
        expect(variant.calculated_price.currency_code).toBe("idr")
        const demoVariant = demoJahe.variants.find((v) => v.sku === variant.sku)!
        expect(Number(variant.calculated_price.calculated_amount)).toBe(demoVariant.price)

        for (const product of data.products) {
          for (const v of product.variants) {
            const amount = Number(v.calculated_price.calculated_amount)
            expect(Number.isInteger(amount) && amount > 0).toBe(true)
          }
        }
      })

      it("serves the rendered product images", async () => {
        const { data } = await api.get(`/store/products?handle=jahe-instan&fields=thumbnail`, store())
        const path = new URL(data.products[0].thumbnail).pathname
        const image = await api.get(path, { responseType: "arraybuffer" })
        expect(image.status).toBe(200)
        expect(Buffer.from(image.data).subarray(8, 12).toString()).toBe("WEBP")
      })

      it("has one Indonesian region in IDR and the categories", async () => {
        const { data } = await api.get(`/store/regions`, store())
        const indonesia = data.regions.find((r: any) => r.id === seeded.regionId)
        expect(indonesia.currency_code).toBe("idr")
        expect(indonesia.countries.map((c: any) => c.iso_2)).toEqual(["id"])

        const categories = await api.get(`/store/product-categories?fields=handle,name`, store())
        expect(categories.data.product_categories.map((c: any) => c.handle).sort()).toEqual(
          ["furnitur", "kerajinan", "makanan-minuman", "olahraga", "rumah-tangga"]
        )
      })

      it("refuses a store request without the publishable key", async () => {
        const error = await api.get(`/store/products`).catch((e: any) => e)
        expect(error.response.status).toBe(400)
      })

      it("offers the lapas's couriers, priced by weight and destination, and free pickup at the lapas for a cart", async () => {
        const { data: listing } = await api.get(
          `/store/products?handle=jahe-instan&fields=variants.id`,
          store()
        )
        const variantId = listing.products[0].variants[0].id
        const { data: created } = await api.post(
          `/store/carts`,
          {
            region_id: seeded.regionId,
            email: "pembeli@example.com",
            shipping_address: BUYER_ADDRESS,
          },
          store()
        )
        await api.post(
          `/store/carts/${created.cart.id}/line-items`,
          { variant_id: variantId, quantity: 2 },
          store()
        )
        const { data } = await api.get(
          `/store/shipping-options?cart_id=${created.cart.id}&fields=+data,+type.code`,
          store()
        )
        const bojonegoro = LAPAS.find((l) => l.handle === "lapas-bojonegoro")!
        for (const option of data.shipping_options) expect(option.name).toContain(bojonegoro.name)
        const pickup = data.shipping_options.find((o: any) => o.type.code === "pickup")
        expect([pickup.name, Number(pickup.amount)]).toEqual([`Ambil di ${bojonegoro.name}`, 0])
        const couriers = data.shipping_options.filter((o: any) => o.price_type === "calculated")
        expect(couriers.length).toBeGreaterThan(1)
        for (const courier of couriers) {
          const { data: priced } = await api.post(
            `/store/shipping-options/${courier.id}/calculate`,
            { cart_id: created.cart.id },
            store()
          )
          // Two sachets of 280 g: 1 kg to Jawa Timur (province 35) at the option's own rate.
          const expected = expectedCourierAmount(courier.data, [{ handle: "jahe-instan", quantity: 2 }], "35")
          expect(Number(priced.shipping_option.amount)).toBe(expected)
        }
      })
    })

    describe("the demo admin", () => {
      it("logs in and sees one stock location per lapas", async () => {
        const { data: auth } = await api.post(`/auth/user/emailpass`, {
          email: "admin@karyabinaan.test",
          password: "karyabinaan",
        })
        const admin = { headers: { authorization: `Bearer ${auth.token}` } }
        const { data } = await api.get(`/admin/stock-locations?limit=50`, admin)
        expect(data.stock_locations.map((l: any) => l.name).sort()).toEqual(
          LAPAS.map((l) => l.name).sort()
        )
      })

      it("refuses a wrong password", async () => {
        const error = await api
          .post(`/auth/user/emailpass`, { email: "admin@karyabinaan.test", password: "salah" })
          .catch((e: any) => e)
        expect(error.response.status).toBe(401)
      })
    })

    describe("the catalog queries, with test products beside the demo catalog", () => {
      const as: Record<string, Headers> = {}
      const lapasId: Record<string, string> = {}
      const categoryId: Record<string, string> = {}
      const collectionId: Record<string, string> = {}
      let shippingProfileId: string
      const get = async (url: string) => (await api.get(url, store())).data

      /** Everything the catalogue should list (demo catalogue + the sellable test products). */
      const known: Known[] = []
      const fixtures: Record<string, { productId: string; variantIds: string[] }> = {}
      const inmateIds: string[] = []
      const yesterday = () => wibDay(new Date(Date.now() - 86_400_000))

      async function newProduct(
        key: string,
        body: {
          title: string
          prices: number[]
          /** Variant ranks in the order of `prices`; 0, 1, … unless given. */
          ranks?: number[]
          status?: string
          categories?: string[]
          salesChannelId?: string
          manage_inventory?: boolean
        }
      ) {
        const ranks = body.ranks ?? body.prices.map((_, i) => i)
        const { data } = await api.post(
          `/admin/products`,
          {
            title: body.title,
            status: body.status ?? "published",
            additional_data: { lapas_id: lapasId[A] },
            shipping_profile_id: shippingProfileId,
            sales_channels: [{ id: body.salesChannelId ?? seeded.salesChannelId }],
            categories: (body.categories ?? []).map((handle) => ({ id: categoryId[handle] })),
            options: [{ title: "Ukuran", values: body.prices.map((_, i) => `U${i + 1}`) }],
            variants: body.prices.map((amount, i) => ({
              title: `U${i + 1}`,
              options: { Ukuran: `U${i + 1}` },
              variant_rank: ranks[i],
              manage_inventory: body.manage_inventory ?? true,
              prices: [{ currency_code: "idr", amount }],
            })),
          },
          as.national
        )
        const { data: read } = await api.get(
          `/admin/products/${data.product.id}?fields=id,created_at,variants.id,variants.variant_rank,variants.title`,
          as.national
        )
        const variants = [...read.product.variants].sort((a: any, b: any) => a.title.localeCompare(b.title))
        expect(variants.map((v: any) => v.variant_rank)).toEqual(ranks)
        fixtures[key] = { productId: data.product.id, variantIds: variants.map((v: any) => v.id) }
        if ((body.status ?? "published") === "published" && !body.salesChannelId) {
          known.push({
            id: data.product.id,
            title: body.title,
            created_at: read.product.created_at,
            price: Math.min(...body.prices),
            categories: body.categories ?? [],
            collection: null,
            lapas: A,
          })
        }
        return fixtures[key]
      }

      async function recordBatch(variantId: string, quantity: number, unitCost: number, makers: { inmate_id: string; work_units: number }[]) {
        await api.post(
          `/lapas-api/production-batches`,
          { variant_id: variantId, quantity, unit_cost: unitCost, produced_on: yesterday(), makers },
          as.staffA
        )
      }

      /** Every id the catalogue lists for a query, through pages of 100. */
      async function allIds(query: string) {
        const ids: string[] = []
        for (let offset = 0; ; offset += 100) {
          const page = await get(`/store/catalog?${query}${query ? "&" : ""}limit=100&offset=${offset}`)
          ids.push(...page.product_ids)
          if (offset + 100 >= page.count) {
            expect(ids).toHaveLength(page.count)
            return ids
          }
        }
      }

      const ids = (list: Known[]) => list.map((k) => k.id)
      const byId = (a: Known, b: Known) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
      const sorted = (list: Known[], compare: (a: Known, b: Known) => number) => [...list].sort((a, b) => compare(a, b) || byId(a, b))

      async function ledgerTotals() {
        const { rows } = await dbConnection.raw(
          `SELECT account, SUM(amount)::text AS total FROM share_ledger_entry WHERE deleted_at IS NULL GROUP BY account`
        )
        const totals: Record<string, number> = { capital: 0, premi: 0, pnbp: 0 }
        for (const row of rows) totals[row.account] = Number(row.total)
        return totals
      }

      beforeAll(async () => {
        // Back to the seeded catalog (the tests above leave carts behind), then the fixtures; the
        // snapshot at the end makes them what the runner restores before each test below.
        await dbUtils.restore()
        as.national = await loginAs(api, "admin@karyabinaan.test")
        as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.nationalMember = await loginAsMember(api, "nasional@karyabinaan.test")
        const { data: lapas } = await api.get(`/lapas-api/lapas?limit=100`, as.nationalMember)
        for (const l of lapas.lapas) lapasId[l.handle] = l.id
        // Products of lapas A ship in A's own shipping profile.
        shippingProfileId = (await shippingProfileIdOfLapas(getContainer(), lapasId[A]))!
        const { data: categories } = await api.get(`/admin/product-categories?limit=100&fields=id,handle`, as.national)
        for (const c of categories.product_categories) categoryId[c.handle] = c.id
        const { data: child } = await api.post(
          `/admin/product-categories`,
          { name: "Anyaman Uji", handle: "anyaman-uji", parent_category_id: categoryId.kerajinan, is_active: true, is_internal: false },
          as.national
        )
        categoryId["anyaman-uji"] = child.product_category.id
        const { data: collections } = await api.get(`/admin/collections?limit=100&fields=id,handle`, as.national)
        for (const c of collections.collections) collectionId[c.handle] = c.id
        const { data: channel } = await api.post(`/admin/sales-channels`, { name: "Kanal Lain Uji" }, as.national)

        // The demo catalogue, as catalogue.ts describes it.
        const { data: products } = await api.get(`/admin/products?limit=200&fields=id,handle,created_at`, as.national)
        const demoByHandle = new Map(products.products.map((p: any) => [p.handle, p]))
        for (const demo of PRODUCTS) {
          const product: any = demoByHandle.get(demo.handle)
          known.push({
            id: product.id,
            title: demo.title,
            created_at: product.created_at,
            price: Math.min(...demo.variants.map((v) => v.price)),
            categories: [demo.category],
            collection: COLLECTIONS.find((c) => c.products.includes(demo.handle))?.handle ?? null,
            lapas: demo.lapas,
          })
        }
        // The demo services: published, in no category or collection.
        for (const demo of SERVICES) {
          const product: any = demoByHandle.get(demo.handle)
          known.push({
            id: product.id,
            title: demo.title,
            created_at: product.created_at,
            price: Math.min(...demo.variants.map((v) => v.price)),
            categories: [],
            collection: null,
            lapas: demo.lapas,
          })
        }

        const consenting = await api.post(
          `/lapas-api/inmates`,
          { code: "UJI-101", display_name: "Bu Uji", story: "Menjahit tas dari kain perca.", consent_public: true },
          as.staffA
        )
        const private_ = await api.post(
          `/lapas-api/inmates`,
          { code: "UJI-102", display_name: "Rahasia Uji", story: "Tidak untuk umum.", consent_public: false },
          as.staffA
        )
        inmateIds.push(consenting.data.inmate.id, private_.data.inmate.id)

        const profitable = await newProduct("profitable", { title: "Tas Perca Uji", prices: [30_000], categories: ["anyaman-uji"] })
        await recordBatch(profitable.variantIds[0], 10, 12_345, [
          { inmate_id: inmateIds[0], work_units: 3 },
          { inmate_id: inmateIds[1], work_units: 7 },
        ])
        const loss = await newProduct("loss", { title: "Keset Rugi Uji", prices: [10_000], categories: ["rumah-tangga"] })
        await recordBatch(loss.variantIds[0], 5, 15_000, [{ inmate_id: inmateIds[1], work_units: 2 }])
        await newProduct("unbatched", { title: "gantungan kunci uji", prices: [7_500], categories: ["kerajinan"], manage_inventory: false })
        // The default variant is the first by rank (U2 at 40 000), the lowest price U1's 20 000.
        await newProduct("twoVariants", {
          title: "Dua Varian Uji",
          prices: [20_000, 40_000],
          ranks: [1, 0],
          categories: ["kerajinan"],
          manage_inventory: false,
        })
        await newProduct("draft", { title: "Draf Uji", prices: [20_000], status: "draft" })
        await newProduct("otherChannel", { title: "Kanal Lain Uji", prices: [20_000], salesChannelId: channel.sales_channel.id })
        await dbUtils.snapshot()
      })

      describe("GET /store/catalog", () => {
        it("lists what the key sells, newest first, and pages through it with one count", async () => {
          const first = await get(`/store/catalog`)
          expect(first).toMatchObject({ count: known.length, limit: 12, offset: 0 })
          expect(known.length).toBe(PRODUCTS.length + SERVICES.length + 4)

          const newest = sorted(known, (a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || -byId(a, b))
          expect(first.product_ids).toEqual(ids(newest).slice(0, 12))
          const all = await allIds("")
          expect(all).toEqual(ids(newest))
          for (const hidden of ["draft", "otherChannel"]) expect(all).not.toContain(fixtures[hidden].productId)

          const paged: string[] = []
          for (let offset = 0; offset < known.length; offset += 7) {
            const page = await get(`/store/catalog?limit=7&offset=${offset}`)
            expect(page).toMatchObject({ count: known.length, limit: 7, offset })
            paged.push(...page.product_ids)
          }
          expect(paged).toEqual(all)
          expect(await get(`/store/catalog?offset=${known.length}`)).toEqual({ product_ids: [], count: known.length, limit: 12, offset: known.length })

          const { data: loaded } = await api.get(`/store/products?${first.product_ids.map((id: string) => `id[]=${id}`).join("&")}&fields=id`, store())
          expect(loaded.products).toHaveLength(12)
        })

        it("filters by category with its subcategories, by lapas and by price range", async () => {
          const matching = async (query: string, expected: Known[]) => {
            const listed = await allIds(query)
            expect([...listed].sort()).toEqual(ids(expected).sort())
            return listed
          }
          const crafts = known.filter((k) => k.categories.includes("kerajinan") || k.categories.includes("anyaman-uji"))
          expect(crafts.map((k) => k.id)).toContain(fixtures.profitable.productId)
          await matching(`category_id=${categoryId.kerajinan}`, crafts)
          await matching(`category_id=${categoryId["anyaman-uji"]}`, known.filter((k) => k.categories.includes("anyaman-uji")))
          await matching(`lapas_id=${lapasId[B]}`, known.filter((k) => k.lapas === B))
          expect(known.filter((k) => k.lapas === B).length).toBeGreaterThan(3)

          const inRange = known.filter((k) => k.price >= 20_000 && k.price <= 45_000)
          expect(inRange.length).toBeGreaterThan(3)
          expect(inRange.length).toBeLessThan(known.length)
          await matching(`price_min=20000&price_max=45000`, inRange)
          // The lowest variant price counts: 20 000 of Dua Varian Uji, not its first variant's 40 000.
          expect(await allIds(`price_max=20000&lapas_id=${lapasId[A]}`)).toContain(fixtures.twoVariants.productId)
          await matching(
            `category_id=${categoryId["makanan-minuman"]}&lapas_id=${lapasId[A]}&price_max=25000`,
            known.filter((k) => k.categories.includes("makanan-minuman") && k.lapas === A && k.price <= 25_000)
          )
          expect(await get(`/store/catalog?category_id=pcat_tidak_ada`)).toMatchObject({ product_ids: [], count: 0 })
          expect(await get(`/store/catalog?price_min=999999999`)).toMatchObject({ product_ids: [], count: 0 })
        })

        it("filters by collection: exactly its sellable products, with sort and price", async () => {
          expect(Object.keys(collectionId).sort()).toEqual(COLLECTIONS.map((c) => c.handle).sort())
          for (const collection of COLLECTIONS) {
            const members = known.filter((k) => k.collection === collection.handle)
            expect(members).toHaveLength(collection.products.length)
            expect((await allIds(`collection_id=${collectionId[collection.handle]}`)).sort()).toEqual(ids(members).sort())
          }
          const furniture = known.filter((k) => k.collection === "furnitur-jati-rotan")
          expect(await allIds(`collection_id=${collectionId["furnitur-jati-rotan"]}&sort=price_asc`)).toEqual(
            ids(sorted(furniture, (a, b) => a.price - b.price))
          )

          // A draft and a product of another sales channel in the collection stay out; a sellable one joins.
          const gifts = collectionId["hadiah-dari-lapas"]
          await api.post(
            `/admin/collections/${gifts}/products`,
            { add: [fixtures.draft.productId, fixtures.otherChannel.productId, fixtures.profitable.productId] },
            as.national
          )
          const members = known.filter((k) => k.collection === "hadiah-dari-lapas" || k.id === fixtures.profitable.productId)
          expect(members).toHaveLength(COLLECTIONS.find((c) => c.handle === "hadiah-dari-lapas")!.products.length + 1)
          const cheap = members.filter((k) => k.price <= 100_000)
          expect(cheap.length).toBeGreaterThan(1)
          expect(cheap.length).toBeLessThan(members.length)
          expect(await allIds(`collection_id=${gifts}&sort=price_desc&price_max=100000`)).toEqual(
            ids(sorted(cheap, (a, b) => b.price - a.price))
          )
          expect(ids(members.filter((k) => k.lapas === A))).toEqual([fixtures.profitable.productId])
          expect(await allIds(`collection_id=${gifts}&lapas_id=${lapasId[A]}&sort=title`)).toEqual([fixtures.profitable.productId])
          expect(await get(`/store/catalog?collection_id=pcol_tidak_ada`)).toMatchObject({ product_ids: [], count: 0 })
        })

        it("sorts by price both ways and by title, ties by id", async () => {
          expect(await allIds(`sort=price_asc`)).toEqual(ids(sorted(known, (a, b) => a.price - b.price)))
          expect(await allIds(`sort=price_desc`)).toEqual(ids(sorted(known, (a, b) => b.price - a.price)))
          const lower = (k: Known) => k.title.toLowerCase()
          expect(await allIds(`sort=title`)).toEqual(ids(sorted(known, (a, b) => (lower(a) < lower(b) ? -1 : lower(a) > lower(b) ? 1 : 0))))
          const cheapest = await get(`/store/catalog?sort=price_asc&limit=3&offset=2&lapas_id=${lapasId[A]}`)
          expect(cheapest.product_ids).toEqual(ids(sorted(known.filter((k) => k.lapas === A), (a, b) => a.price - b.price)).slice(2, 5))
        })

        it("refuses bad queries with a 400 that says what to fix", async () => {
          const cases: [string, RegExp][] = [
            [`price_min=50000&price_max=10000`, /price_min.*more than price_max/],
            [`price_min=-1`, /price_min.*whole number/],
            [`price_max=12.5`, /price_max.*whole number/],
            [`price_min=abc`, /price_min/],
            [`sort=cheapest`, /sort.*newest, price_asc, price_desc, title/],
            [`limit=0`, /limit.*at least 1/],
            [`limit=101`, /limit.*more than 100/],
            [`offset=-5`, /offset/],
            [`sort_by=title`, /sort_by/],
            [`region_id=reg_tidak_ada`, /region_id.*no region/],
            [`lapas_id=`, /lapas_id/],
            [`collection_id=`, /collection_id.*empty/],
            [`collection_id=${"x".repeat(101)}`, /collection_id.*too long/],
          ]
          for (const [query, message] of cases) {
            const result = await failureOf(api.get(`/store/catalog?${query}`, store()))
            expect({ query, status: result.status }).toEqual({ query, status: 400 })
            expect(result.message).toMatch(message)
          }
          expect((await failureOf(api.get(`/store/catalog`))).status).toBe(400)
        })
      })

      describe("the catalogue read model: GET /store/catalog/cards and /store/catalog/products/:handle", () => {
        const { rebuildCatalog } = appModule<typeof import("../../src/lib/catalog/read-model")>("src/lib/catalog/read-model")
        const { bumpCatalogVersion } = appModule<typeof import("../../src/lib/catalog/response-cache")>(
          "src/lib/catalog/response-cache"
        )
        const MEDUSA_FIELDS =
          "id,handle,title,thumbnail,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder,*images,*categories,*type,*options,*options.values,+lapas.handle,+lapas.name,+lapas.city"

        /** The read model rebuilt from the database as this test left it, and no answer of an earlier test kept. */
        async function fresh() {
          await rebuildCatalog(getContainer())
          bumpCatalogVersion()
        }

        async function allCards(query: string) {
          const cards: any[] = []
          for (let offset = 0; ; offset += 100) {
            const page = await get(`/store/catalog/cards?limit=100&offset=${offset}${query ? `&${query}` : ""}`)
            cards.push(...page.cards)
            if (offset + 100 >= page.count) return { cards, count: page.count }
          }
        }

        /** What Medusa's own store API says of these products (by id), for the region. */
        async function medusaProducts(productIds: string[]) {
          const { data } = await api.get(
            `/store/products?limit=100&region_id=${seeded.regionId}&fields=${MEDUSA_FIELDS}&${productIds.map((id) => `id[]=${id}`).join("&")}`,
            store()
          )
          return new Map<string, any>(data.products.map((p: any) => [p.id, p]))
        }

        const byVariantId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
        const variantView = (v: any) => ({
          id: v.id,
          price: v.calculated_price?.calculated_amount ?? null,
          inventory_quantity: v.manage_inventory ? v.inventory_quantity : "untracked",
        })

        it("lists the same products in the same order and count as GET /store/catalog, for every filter and sort", async () => {
          await fresh()
          const queries = [
            "",
            "sort=price_asc",
            "sort=price_desc",
            "sort=title",
            `category_id=${categoryId.kerajinan}`,
            `category_id=${categoryId["makanan-minuman"]}&lapas_id=${lapasId[A]}&price_max=25000`,
            `lapas_id=${lapasId[B]}&sort=price_desc`,
            "price_min=20000&price_max=45000&sort=title",
            `collection_id=${collectionId["furnitur-jati-rotan"]}&sort=price_asc`,
            "category_id=pcat_tidak_ada",
          ]
          for (const query of queries) {
            const expected = await allIds(query)
            const { cards, count } = await allCards(query)
            expect({ query, ids: cards.map((c) => c.id), count }).toEqual({ query, ids: expected, count: expected.length })
          }
          const page = await get(`/store/catalog/cards?limit=5&offset=3&sort=price_asc`)
          expect(page).toMatchObject({ count: known.length, limit: 5, offset: 3 })
          expect(page.cards.map((c: any) => c.id)).toEqual((await get(`/store/catalog?limit=5&offset=3&sort=price_asc`)).product_ids)
          for (const hidden of ["draft", "otherChannel"]) {
            expect((await allCards("")).cards.map((c) => c.id)).not.toContain(fixtures[hidden].productId)
          }
        })

        it("shows on each card and product page what Medusa's store API says: prices, stock, photos, categories, lapas", async () => {
          await fresh()
          const { cards } = await allCards("")
          expect(cards).toHaveLength(known.length)
          const medusa = await medusaProducts(cards.map((c) => c.id))
          for (const card of cards) {
            const product = medusa.get(card.id)
            expect({ id: card.id, handle: card.handle, title: card.title, thumbnail: card.thumbnail }).toEqual({
              id: product.id,
              handle: product.handle,
              title: product.title,
              thumbnail: product.thumbnail,
            })
            expect(card.lapas).toMatchObject({ handle: product.lapas.handle, name: product.lapas.name, city: product.lapas.city })
            expect(card.variants.map(variantView).sort(byVariantId)).toEqual(product.variants.map(variantView).sort(byId))
          }
          for (const key of ["profitable", "twoVariants"]) {
            const product = medusa.get(fixtures[key].productId)
            const { product: page } = await get(`/store/catalog/products/${product.handle}`)
            expect(page.variants.map(variantView).sort(byVariantId)).toEqual(product.variants.map(variantView).sort(byVariantId))
            expect(page.categories.map((c: any) => c.id).sort()).toEqual(product.categories.map((c: any) => c.id).sort())
            expect(page.images.map((i: any) => i.url)).toEqual([...product.images].sort((a: any, b: any) => a.rank - b.rank).map((i: any) => i.url))
            expect(page.type?.value ?? null).toBe(product.type?.value ?? null)
            expect(page.options.map((o: any) => o.title).sort()).toEqual(product.options.map((o: any) => o.title).sort())
          }
          // The variants come in Medusa's order (rank): Dua Varian Uji's 40 000 first.
          const { product: two } = await get(`/store/catalog/products/${medusa.get(fixtures.twoVariants.productId).handle}`)
          expect(two.variants.map((v: any) => v.calculated_price.calculated_amount)).toEqual([40_000, 20_000])
          expect(two.variants[0].calculated_price.currency_code).toBe("idr")
        })

        it("answers 404 for a product the key does not sell, and refuses bad queries and a missing key", async () => {
          await fresh()
          const { data: drafts } = await api.get(`/admin/products/${fixtures.draft.productId}?fields=handle`, as.national)
          const { data: other } = await api.get(`/admin/products/${fixtures.otherChannel.productId}?fields=handle`, as.national)
          for (const handle of [drafts.product.handle, other.product.handle, "tidak-ada-produk"]) {
            const failure = await failureOf(api.get(`/store/catalog/products/${handle}`, store()))
            expect({ handle, status: failure.status }).toEqual({ handle, status: 404 })
          }
          for (const [query, message] of [
            ["price_min=50000&price_max=10000", /price_min.*more than price_max/],
            ["sort=cheapest", /sort.*newest, price_asc, price_desc, title/],
            ["limit=101", /limit.*more than 100/],
            ["region_id=reg_tidak_ada", /region_id.*no region/],
            ["fields=*variants", /fields/],
          ] as [string, RegExp][]) {
            const result = await failureOf(api.get(`/store/catalog/cards?${query}`, store()))
            expect({ query, status: result.status }).toEqual({ query, status: 400 })
            expect(result.message).toMatch(message)
          }
          expect((await failureOf(api.get(`/store/catalog/products/jahe-instan?expand=variants`, store()))).status).toBe(400)
          expect((await failureOf(api.get(`/store/catalog/cards`))).status).toBe(400)
          expect((await failureOf(api.get(`/store/catalog/products/jahe-instan`))).status).toBe(400)
        })

        it("sends a strong ETag and Cache-Control, and 304 to If-None-Match", async () => {
          await fresh()
          for (const url of [`/store/catalog/cards?limit=12`, `/store/catalog/products/jahe-instan`]) {
            const first = await api.get(url, store())
            expect(first.status).toBe(200)
            expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
            expect(first.headers["cache-control"]).toBe("public, max-age=30, stale-while-revalidate=300")
            expect(first.headers.vary).toMatch(/x-publishable-api-key/i)
            const again = await api.get(url, { headers: { ...store().headers, "if-none-match": first.headers.etag }, validateStatus: () => true })
            expect(again.status).toBe(304)
            expect(again.data).toBe("")
            const other = await api.get(url, { headers: { ...store().headers, "if-none-match": '"something-else"' } })
            expect(other.status).toBe(200)
            expect(other.headers.etag).toBe(first.headers.etag)
          }
        })

        it("follows a price change, a stock change and a switched-off lapas through Medusa's events", async () => {
          await fresh()
          const product = (await medusaProducts([fixtures.profitable.productId])).get(fixtures.profitable.productId)
          const url = `/store/catalog/products/${product.handle}`
          const before = await api.get(url, store())
          expect(before.data.product.variants[0].calculated_price.calculated_amount).toBe(30_000)

          await api.post(
            `/admin/products/${product.id}/variants/${fixtures.profitable.variantIds[0]}`,
            { prices: [{ currency_code: "idr", amount: 125_000 }] },
            as.national
          )
          const changed = await waitFor(
            "the new price on the product page",
            async () => {
              const now = await api.get(url, store())
              return now.data.product.variants[0].calculated_price.calculated_amount === 125_000 && now
            },
            10_000
          )
          expect(changed.headers.etag).not.toBe(before.headers.etag)
          expect((await allCards("price_min=125000&price_max=125000")).cards.map((c) => c.id)).toContain(product.id)

          // Stock: the variant's level at its lapas's location set to 0 → out of stock on the card.
          const { data: variant } = await api.get(
            `/admin/products/${product.id}/variants/${fixtures.profitable.variantIds[0]}?fields=inventory_items.inventory_item_id`,
            as.national
          )
          const itemId = variant.variant.inventory_items[0].inventory_item_id
          const { data: levels } = await api.get(`/admin/inventory-items/${itemId}/location-levels`, as.national)
          for (const level of levels.inventory_levels) {
            await api.post(`/admin/inventory-items/${itemId}/location-levels/${level.location_id}`, { stocked_quantity: level.reserved_quantity }, as.national)
          }
          await waitFor(
            "the card out of stock",
            async () => {
              const { cards } = await allCards(`lapas_id=${lapasId[A]}`)
              return cards.find((c) => c.id === product.id)?.variants[0].inventory_quantity === 0
            },
            10_000
          )

          await api.post(`/lapas-api/lapas/${lapasId[B]}`, { is_active: false }, as.nationalMember)
          await waitFor("lapas B's cards gone", async () => (await get(`/store/catalog/cards?lapas_id=${lapasId[B]}`)).count === 0, 10_000)
          expect((await get(`/store/catalog/cards`)).count).toBe(known.length - known.filter((k) => k.lapas === B).length)
        })
      })

      describe("GET /store/products/:id/impact", () => {
        const impactOf = (key: string, query = "") => get(`/store/products/${fixtures[key].productId}/impact${query}`)
        /** What the route shows of a premi under a policy: the band (rounded down to Rp 1.000) and the shares. */
        const band = (premi: bigint, policy: ShareBasisPoints) => ({
          has_premi: premi > 0n,
          premi_at_least: Number((premi / 1000n) * 1000n),
          premi_step: 1000,
          premi_percent: policy.premi_bp / 100,
          pnbp_percent: policy.pnbp_bp / 100,
        })

        it("shows one unit's premi (price less HPP, split by the policy in force) as a Rp 1.000 band, hiding the HPP", async () => {
          const expected = splitProfit(30_000n - 12_345n, DEFAULT_BASIS_POINTS)
          const { impact } = await impactOf("profitable")
          expect(impact).toEqual({
            variant_id: fixtures.profitable.variantIds[0],
            price: 30_000,
            currency_code: "idr",
            ...band(expected.premi, DEFAULT_BASIS_POINTS),
          })
          expect(impact.premi_at_least).toBe(6_000)
          // Neither the HPP nor the profit nor the exact shares: no capital or PNBP amount at all.
          const text = JSON.stringify(impact)
          expect(text).not.toMatch(/12345|17655|hpp|cost|capital|"premi"|"pnbp"/i)
          expect((await impactOf("profitable", `?region_id=${seeded.regionId}`)).impact).toEqual(impact)

          // A policy for lapas A from today changes A's figures and no one else's.
          const demoB = known.find((k) => k.lapas === B)!
          const beforeB = (await get(`/store/products/${demoB.id}/impact`)).impact
          const policy: ShareBasisPoints = { capital_bp: 4000, premi_bp: 4500, pnbp_bp: 1500 }
          await api.post(
            `/lapas-api/share-policies`,
            { scope: "lapas", lapas_id: lapasId[A], ...policy, effective_from: wibDay(new Date()) },
            as.nationalMember
          )
          const changed = splitProfit(30_000n - 12_345n, policy)
          expect((await impactOf("profitable")).impact).toMatchObject(band(changed.premi, policy))
          expect(band(changed.premi, policy).premi_at_least).not.toBe(impact.premi_at_least)
          expect((await get(`/store/products/${demoB.id}/impact`)).impact).toEqual(beforeB)
        })

        it("books no premi or PNBP on a loss and counts the whole price as profit without a batch, like booking", async () => {
          expect((await impactOf("loss")).impact).toMatchObject({ price: 10_000, has_premi: false, premi_at_least: 0 })
          const whole = splitProfit(7_500n, DEFAULT_BASIS_POINTS)
          expect((await impactOf("unbatched")).impact).toMatchObject({ price: 7_500, ...band(whole.premi, DEFAULT_BASIS_POINTS) })
          expect((await impactOf("twoVariants")).impact).toMatchObject({
            variant_id: fixtures.twoVariants.variantIds[1],
            price: 40_000,
          })
        })

        it("answers 404 for a product the key cannot buy and 400 for an unknown region", async () => {
          for (const key of ["draft", "otherChannel"]) {
            expect((await failureOf(api.get(`/store/products/${fixtures[key].productId}/impact`, store()))).status).toBe(404)
          }
          expect((await failureOf(api.get(`/store/products/prod_tidak_ada/impact`, store()))).status).toBe(404)
          const region = await failureOf(api.get(`/store/products/${fixtures.profitable.productId}/impact?region_id=reg_x`, store()))
          expect(region).toEqual({ status: 400, message: 'Invalid query: region_id: there is no region with id "reg_x".' })
          const unknown = await failureOf(api.get(`/store/products/${fixtures.profitable.productId}/impact?variant=1`, store()))
          expect(unknown).toEqual({ status: 400, message: expect.stringMatching(/variant/) })
        })
      })

      describe("GET /store/products/:id/makers", () => {
        it("lists only makers who consented, with what they chose to share and nothing else", async () => {
          const { data } = await api.get(`/store/products/${fixtures.profitable.productId}/makers`, store())
          expect(data).toEqual({ makers: [{ display_name: "Bu Uji", story: "Menjahit tas dari kain perca." }] })
          const text = JSON.stringify(data)
          for (const secret of ["UJI-", "Rahasia", inmateIds[0], inmateIds[1], lapasId[A], "work_units"]) {
            expect(text).not.toContain(secret)
          }
          expect(await get(`/store/products/${fixtures.loss.productId}/makers`)).toEqual({ makers: [] })
          expect(await get(`/store/products/${fixtures.unbatched.productId}/makers`)).toEqual({ makers: [] })

          // A demo product: its batches' consented makers (demo-data/production.ts), most work units first.
          const demo = PRODUCTS.find((p) => p.handle === "jahe-instan")!
          const jahe = known.find((k) => k.title === demo.title)!
          const active = demoInmates(A).filter((i) => i.status === "active")
          const units = new Map<number, number>()
          for (const variant of demo.variants) {
            for (const batch of demoBatches(variant)) {
              for (const m of batch.makers) units.set(m.inmate, (units.get(m.inmate) ?? 0) + m.work_units)
            }
          }
          const expectedMakers = [...units.entries()]
            .filter(([index]) => active[index].consent_public)
            .sort(([a, ua], [b, ub]) => ub - ua || (active[a].display_name! < active[b].display_name! ? -1 : 1))
            .map(([index]) => ({ display_name: active[index].display_name, story: active[index].story }))
          expect(expectedMakers.length).toBeGreaterThan(0)
          expect((await get(`/store/products/${jahe.id}/makers`)).makers).toEqual(expectedMakers)

          expect((await failureOf(api.get(`/store/products/${fixtures.draft.productId}/makers`, store()))).status).toBe(404)
        })
      })

      describe("GET /store/impact", () => {
        it("adds a captured order's booked shares to the national totals, as the product's impact foretold", async () => {
          // (Each test starts from the fixtures of beforeAll: the runner restores the database.)
          const policy: ShareBasisPoints = { capital_bp: 4000, premi_bp: 4500, pnbp_bp: 1500 }
          await api.post(
            `/lapas-api/share-policies`,
            { scope: "lapas", lapas_id: lapasId[A], ...policy, effective_from: wibDay(new Date()) },
            as.nationalMember
          )
          const perUnit = (await get(`/store/products/${fixtures.profitable.productId}/impact`)).impact
          const premiPerUnit = splitProfit(30_000n - 12_345n, policy).premi
          expect(perUnit).toMatchObject({ price: 30_000, premi_at_least: Number((premiPerUnit / 1000n) * 1000n) })
          const before = (await get(`/store/impact`)).impact
          expect(before).toMatchObject({ lapas: LAPAS.length, products: known.length })
          const ledger = await ledgerTotals()
          // Rounded down to whole Rp 100.000: exact totals around one's own purchase would give its profit.
          const coarse = (amount: number) => Math.max(0, Math.floor(amount / NATIONAL_IMPACT_STEP) * NATIONAL_IMPACT_STEP)
          for (const account of ACCOUNTS) expect(before[account]).toBe(coarse(ledger[account]))

          const order = await placeOrder(api, seeded, [{ variant_id: fixtures.profitable.variantIds[0], quantity: 2 }])
          const { data: read } = await api.get(`/admin/orders/${order.id}?fields=id,payment_collections.payments.id`, as.national)
          await api.post(`/admin/payments/${read.order.payment_collections[0].payments[0].id}/capture`, {}, as.national)
          await waitFor(
            "the order's shares",
            async () => {
              const { rows } = await dbConnection.raw(`SELECT 1 FROM share_ledger_entry WHERE order_id = ?`, [order.id])
              return rows.length === 3
            },
            15_000
          )

          // Two units at 30 000 less 2 × 12 345 HPP, split by lapas A's policy of today.
          const booked = splitProfit(2n * (BigInt(perUnit.price) - 12_345n), policy)
          const after = (await get(`/store/impact`)).impact
          expect(after).toEqual({
            premi: coarse(ledger.premi + Number(booked.premi)),
            pnbp: coarse(ledger.pnbp + Number(booked.pnbp)),
            capital: coarse(ledger.capital + Number(booked.capital)),
            orders: before.orders + 1,
            lapas: before.lapas,
            products: before.products,
          })
        })

        it("drops a switched-off lapas and its products everywhere", async () => {
          const before = (await get(`/store/impact`)).impact
          const ofB = known.filter((k) => k.lapas === B)
          await api.post(`/lapas-api/lapas/${lapasId[B]}`, { is_active: false }, as.nationalMember)
          try {
            expect((await get(`/store/impact`)).impact).toMatchObject({ lapas: before.lapas - 1, products: before.products - ofB.length })
            expect(await get(`/store/catalog?lapas_id=${lapasId[B]}`)).toMatchObject({ product_ids: [], count: 0 })
            expect((await get(`/store/catalog`)).count).toBe(known.length - ofB.length)
            expect((await failureOf(api.get(`/store/products/${ofB[0].id}/impact`, store()))).status).toBe(404)
            expect((await failureOf(api.get(`/store/products/${ofB[0].id}/makers`, store()))).status).toBe(404)
          } finally {
            await api.post(`/lapas-api/lapas/${lapasId[B]}`, { is_active: true }, as.nationalMember)
          }
          expect((await get(`/store/impact`)).impact.lapas).toBe(before.lapas)
        })
      })
    })
  },
})
