import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { LAPAS, PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { appModule } from "../app"
import { BUYER_ADDRESS } from "../helpers"

const { seedDemoData } = appModule<typeof import("../../src/scripts/seed-demo")>("src/scripts/seed-demo")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })

    beforeAll(async () => {
      seeded = await seedDemoData(getContainer(), { renderImages: true })
    })

    describe("the demo catalogue through the store API", () => {
      it("lists every demo product, published, priced in rupiah for Indonesia", async () => {
        const { data } = await api.get(
          `/store/products?limit=100&region_id=${seeded.regionId}&fields=*variants.calculated_price,+metadata,+lapas.*`,
          store()
        )
        expect(data.count).toBe(PRODUCTS.length)
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

      it("offers a courier flat rate and pickup at the lapas for a cart", async () => {
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
        const { data } = await api.get(`/store/shipping-options?cart_id=${created.cart.id}`, store())
        const bojonegoro = LAPAS.find((l) => l.handle === "lapas-bojonegoro")!
        const names = data.shipping_options.map((o: any) => o.name)
        expect(names).toContain(`Ambil di ${bojonegoro.name}`)
        const courier = data.shipping_options.find((o: any) => o.name.startsWith("Kurir"))
        expect(courier).toBeDefined()
        expect(Number(courier.amount)).toBe(25_000)
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
  },
})
