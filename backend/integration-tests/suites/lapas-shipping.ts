import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { defineSuite, demoSeed } from "../runner"
import { BUYER_ADDRESS, failureOf, loginAsMember, placeOrder, variantOfProduct, type Headers } from "../helpers"
import { PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import { appModule } from "../app"

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"
const JAWA_TIMUR = "35"
const KOTA_SURABAYA = "35.78"
const PAPUA = "91"

const LapasShippingProfileLink = appModule<{ default: { entryPoint: string } }>("src/links/lapas-shipping-profile").default

/**
 * A lapas's delivery settings in the scoped API (`/lapas-api/shipping`): staff list and edit their
 * courier services and rate tables, and the store's price for a cart follows (Medusa's own
 * `/store/shipping-options` routes); invalid tables are refused whole; another lapas's options
 * are a 404; products made in the panel carry weight and size into their lapas's profile.
 */
export default defineSuite({
  testSuite: ({ api, getContainer }) => {
    const as: Record<string, Headers> = {}
    let store: Headers
    let shop: { publishableKey: string; regionId: string }

    beforeAll(async () => {
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${A}@karyabinaan.test`)
      as.staffB = await loginAsMember(api, `staff+${B}@karyabinaan.test`)
      as.national = await loginAsMember(api, "nasional@karyabinaan.test")
      const seeded = demoSeed()
      shop = { publishableKey: seeded.publishableKey, regionId: seeded.regionId }
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    })

    const shippingOf = async (who: Headers, query = "") => (await api.get(`/lapas-api/shipping${query}`, who)).data
    const courierOf = (shipping: any, courier: string, service: string) =>
      shipping.couriers.find((c: any) => c.courier === courier && c.service === service)

    /** A cart of `quantity` × the product to Kota Surabaya, the way a standard client builds it. */
    async function cartWith(handle: string, quantity = 1) {
      const variantId = await variantOfProduct(api, shop.publishableKey, handle)
      const { data } = await api.post(
        `/store/carts`,
        {
          region_id: shop.regionId,
          email: "pembeli@example.com",
          items: [{ variant_id: variantId, quantity }],
          shipping_address: { ...BUYER_ADDRESS, city: "Kota Surabaya", address_2: "Tegalsari" },
        },
        store
      )
      return data.cart.id as string
    }
    const listedFor = async (cartId: string) =>
      ((await api.get(`/store/shipping-options?cart_id=${cartId}`, store)).data.shipping_options as any[]).map((o) => o.id)
    const priceFor = async (cartId: string, optionId: string) =>
      Number((await api.post(`/store/shipping-options/${optionId}/calculate`, { cart_id: cartId }, store)).data.shipping_option.amount)

    describe("reading", () => {
      it("shows staff their pickup, couriers with named rate rows, the couriers list and the provinces", async () => {
        const shipping = await shippingOf(as.staffA)
        expect(shipping.lapas).toMatchObject({ province_code: JAWA_TIMUR })
        expect(shipping.pickup).toMatchObject({ enabled: true })
        const jne = courierOf(shipping, "jne", "regular")
        expect(jne).toMatchObject({ courier_name: "JNE", service_code: "REG", enabled: true, max_kg: 30 })
        expect(jne.rates.find((r: any) => r.zone === PAPUA)).toMatchObject({ kind: "province", zone_name: "Papua" })
        expect(shipping.catalogue.map((c: any) => c.code)).toContain("sicepat")
        const jatim = shipping.provinces.find((p: any) => p.code === JAWA_TIMUR)
        expect(jatim.regencies.map((r: any) => r.code)).toContain(KOTA_SURABAYA)
      })

      it("is for staff and national: finance 403, national must name the lapas, another lapas is 404", async () => {
        expect((await failureOf(shippingOf(as.financeA))).status).toBe(403)
        const unnamed = await failureOf(shippingOf(as.national))
        expect(unnamed).toMatchObject({ status: 400, message: expect.stringMatching(/lapas_id/) })
        const own = await shippingOf(as.staffA)
        expect((await shippingOf(as.national, `?lapas_id=${own.lapas.id}`)).couriers.length).toBe(own.couriers.length)
        const b = await shippingOf(as.staffB)
        expect((await failureOf(shippingOf(as.staffA, `?lapas_id=${b.lapas.id}`))).status).toBe(404)
      })
    })

    describe("editing a rate table", () => {
      it("changes what the store charges for a cart, a kabupaten row winning over its province", async () => {
        const jne = courierOf(await shippingOf(as.staffA), "jne", "regular")
        const cartId = await cartWith(PRODUCTS.find((p) => p.lapas === A)!.handle, 2)
        expect(await listedFor(cartId)).toContain(jne.id)

        const province = [{ zone: JAWA_TIMUR, per_kg: 12_345, etd_min_days: 1, etd_max_days: 2 }]
        let { data } = await api.post(`/lapas-api/shipping/couriers/${jne.id}`, { rates: province }, as.staffA)
        expect(data.courier.rates).toEqual([expect.objectContaining({ zone: JAWA_TIMUR, per_kg: 12_345, kind: "province" })])
        const first = await priceFor(cartId, jne.id)
        const kg = first / 12_345
        expect(Number.isInteger(kg) && kg >= 1).toBe(true)

        const withCity = [...province, { zone: KOTA_SURABAYA, per_kg: 20_000, etd_min_days: 1, etd_max_days: 1 }]
        ;({ data } = await api.post(`/lapas-api/shipping/couriers/${jne.id}`, { rates: withCity }, as.staffA))
        expect(data.courier.rates[1]).toMatchObject({ zone: KOTA_SURABAYA, kind: "regency", zone_name: "Kota Surabaya", province_name: "Jawa Timur" })
        expect(await priceFor(cartId, jne.id)).toBe(20_000 * kg)

        // A table without the destination's province: the store no longer offers the courier (its rule follows the table).
        await api.post(`/lapas-api/shipping/couriers/${jne.id}`, { rates: [{ zone: PAPUA, per_kg: 90_000, etd_min_days: 5, etd_max_days: 9 }] }, as.staffA)
        expect(await listedFor(cartId)).not.toContain(jne.id)
        const rules = await getContainer()
          .resolve("fulfillment")
          .listShippingOptionRules({ shipping_option_id: jne.id }, { select: ["attribute", "operator", "value"] })
        expect(rules.find((r: any) => r.attribute === "destination_province")?.value).toEqual([PAPUA])
        expect(rules.filter((r: any) => r.attribute === "enabled_in_store")).toHaveLength(1)

        // Switched off: not offered; on again with Jawa Timur: offered.
        await api.post(`/lapas-api/shipping/couriers/${jne.id}`, { rates: withCity, enabled: false }, as.staffA)
        expect(courierOf(await shippingOf(as.staffA), "jne", "regular").enabled).toBe(false)
        expect(await listedFor(cartId)).not.toContain(jne.id)
        await api.post(`/lapas-api/shipping/couriers/${jne.id}`, { enabled: true }, as.staffA)
        expect(await listedFor(cartId)).toContain(jne.id)
        expect(await priceFor(cartId, jne.id)).toBe(20_000 * kg)
      })

      it("refuses an invalid table with every problem and writes nothing", async () => {
        const before = courierOf(await shippingOf(as.staffA), "sicepat", "regular")
        const refused = await failureOf(
          api.post(
            `/lapas-api/shipping/couriers/${before.id}`,
            {
              rates: [
                { zone: "99", per_kg: 10_000, etd_min_days: 1, etd_max_days: 2 },
                { zone: JAWA_TIMUR, per_kg: 0, etd_min_days: 1, etd_max_days: 2 },
                { zone: PAPUA, per_kg: 50_000, etd_min_days: 9, etd_max_days: 3 },
                { zone: PAPUA, per_kg: 1.5, etd_min_days: 1, etd_max_days: 2 },
              ],
              enabled: false,
            },
            as.staffA
          )
        )
        expect(refused.status).toBe(400)
        expect(refused.message).toMatch(/"99" bukan kode provinsi/)
        expect(refused.message).toMatch(/Tarif per kg ke Jawa Timur/)
        expect(refused.message).toMatch(/Estimasi ke Papua/)
        expect(refused.message).toMatch(/Papua tercantum lebih dari sekali/)
        expect(refused.message).toMatch(/Tarif per kg ke Papua/)
        expect((await failureOf(api.post(`/lapas-api/shipping/couriers/${before.id}`, { rates: [] }, as.staffA))).status).toBe(400)
        expect((await failureOf(api.post(`/lapas-api/shipping/couriers/${before.id}`, {}, as.staffA))).status).toBe(400)
        expect(courierOf(await shippingOf(as.staffA), "sicepat", "regular")).toEqual(before)
      })
    })

    describe("adding and removing courier services", () => {
      it("adds a service at the reference tariff, once; refuses a service the courier lacks", async () => {
        const { data } = await api.post(`/lapas-api/shipping/couriers`, { courier: "anteraja", service: "express" }, as.staffA)
        expect(data.courier).toMatchObject({ courier: "anteraja", service: "express", enabled: true, name: expect.stringMatching(/AnterAja Next Day/) })
        expect(data.courier.rates.length).toBeGreaterThanOrEqual(30)
        const again = await failureOf(api.post(`/lapas-api/shipping/couriers`, { courier: "anteraja", service: "express" }, as.staffA))
        expect(again).toMatchObject({ status: 400, message: expect.stringMatching(/already has/) })
        const lacking = await failureOf(api.post(`/lapas-api/shipping/couriers`, { courier: "jnt", service: "cargo" }, as.staffA))
        expect(lacking).toMatchObject({ status: 400, message: expect.stringMatching(/J&T Express has no cargo/) })
        const unknown = await failureOf(api.post(`/lapas-api/shipping/couriers`, { courier: "kilat", service: "regular" }, as.staffA))
        expect(unknown.status).toBe(400)

        const removed = await api.delete(`/lapas-api/shipping/couriers/${data.courier.id}`, as.staffA)
        expect(removed.data).toMatchObject({ deleted: true, disabled: false })
        expect(courierOf(await shippingOf(as.staffA), "anteraja", "express")).toBeUndefined()
      })

      it("only switches off a service orders were shipped with", async () => {
        const variantId = await variantOfProduct(api, shop.publishableKey, PRODUCTS.find((p) => p.lapas === A)!.handle)
        const order = await placeOrder(api, shop, [{ variant_id: variantId, quantity: 1 }])
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: ["shipping_methods.shipping_option_id"], filters: { id: order.id } })
        const optionId = (data[0] as any).shipping_methods[0].shipping_option_id
        const couriers = (await shippingOf(as.staffA)).couriers
        expect(couriers.map((c: any) => c.id)).toContain(optionId)
        const { data: outcome } = await api.delete(`/lapas-api/shipping/couriers/${optionId}`, as.staffA)
        expect(outcome).toMatchObject({ deleted: false, disabled: true })
        expect((await shippingOf(as.staffA)).couriers.find((c: any) => c.id === optionId)).toMatchObject({ enabled: false })
        // The order still finds its delivery's lapas.
        const part = await api.get(`/lapas-api/orders/${order.id}`, as.staffA)
        expect(part.status).toBe(200)
      })
    })

    describe("scope", () => {
      it("gives lapas B's staff a 404 for lapas A's options and changes nothing of A", async () => {
        const before = await shippingOf(as.staffA)
        const option = before.couriers[0]
        for (const request of [
          () => api.post(`/lapas-api/shipping/couriers/${option.id}`, { enabled: false }, as.staffB),
          () => api.post(`/lapas-api/shipping/couriers/${option.id}`, { rates: [{ zone: JAWA_TIMUR, per_kg: 1, etd_min_days: 1, etd_max_days: 1 }] }, as.staffB),
          () => api.delete(`/lapas-api/shipping/couriers/${option.id}`, as.staffB),
          () => api.post(`/lapas-api/shipping/couriers`, { courier: "lion", service: "cargo", lapas_id: before.lapas.id }, as.staffB),
        ]) {
          const refused = await failureOf(request())
          expect(refused).toMatchObject({ status: 404, message: expect.stringMatching(/was not found/) })
        }
        // Pickup is not a courier service: not editable here either.
        expect((await failureOf(api.post(`/lapas-api/shipping/couriers/${before.pickup.id}`, { enabled: false }, as.staffA))).status).toBe(404)
        expect((await failureOf(api.delete(`/lapas-api/shipping/couriers/${option.id}`, as.financeA))).status).toBe(403)
        expect(await shippingOf(as.staffA)).toEqual(before)
      })

      it("lets national members edit any lapas's table, naming the lapas to add a service", async () => {
        const b = await shippingOf(as.staffB)
        const { data } = await api.post(`/lapas-api/shipping/couriers`, { courier: "lion", service: "cargo", lapas_id: b.lapas.id }, as.national)
        expect(data.courier).toMatchObject({ courier: "lion", service: "cargo", min_kg: 10 })
        const unnamed = await failureOf(api.post(`/lapas-api/shipping/couriers`, { courier: "lion", service: "regular" }, as.national))
        expect(unnamed.status).toBe(400)
        await api.post(`/lapas-api/shipping/couriers/${data.courier.id}`, { enabled: false }, as.national)
        expect(courierOf(await shippingOf(as.staffB), "lion", "cargo").enabled).toBe(false)
      })
    })

    describe("a new lapas and the catalogue", () => {
      it("gives a lapas registered by national pickup and couriers at once", async () => {
        const { data } = await api.post(
          `/lapas-api/lapas`,
          {
            handle: "lapas-jayapura",
            name: "Lapas Kelas IIA Abepura",
            lapas_class: "kelas_iia",
            city: "Jayapura",
            province: "Papua",
            time_zone: "Asia/Jayapura",
            satker_code: "654321",
            pnbp_target_yearly: 10_000_000,
            bank_name: "Bank Papua",
            bank_account_number: "1234567890",
            bank_account_holder: "RPL Lapas Abepura",
          },
          as.national
        )
        const shipping = await shippingOf(as.national, `?lapas_id=${data.lapas.id}`)
        expect(shipping.pickup).toMatchObject({ enabled: true, name: expect.stringMatching(/Abepura/) })
        expect(shipping.couriers.length).toBeGreaterThanOrEqual(6)
        const jne = courierOf(shipping, "jne", "regular")
        // Priced from its own province: Papua is the nearest (cheapest) destination.
        const cheapest = [...jne.rates].sort((x: any, y: any) => x.per_kg - y.per_kg)[0]
        expect(cheapest.zone).toBe(PAPUA)
      })

      it("keeps a product's weight and packed size, a variant's own weight, in the lapas's profile; the store charges volumetric weight", async () => {
        const { data: created } = await api.post(
          `/lapas-api/products`,
          {
            title: "Rak Bambu Lipat",
            weight: 2_000,
            length: 50,
            width: 40,
            height: 30,
            status: "published",
            variants: [
              { title: "Standar", sku: "RAK-BAMBU-STD", price: 150_000, manage_inventory: false },
              { title: "Besar", sku: "RAK-BAMBU-BSR", price: 220_000, manage_inventory: false, weight: 3_500 },
            ],
          },
          as.staffA
        )
        const product = created.product
        expect(product).toMatchObject({ weight: 2_000, length: 50, width: 40, height: 30 })
        const standar = product.variants.find((v: any) => v.title === "Standar")
        expect(standar.weight).toBeNull()
        expect(product.variants.find((v: any) => v.title === "Besar").weight).toBe(3_500)
        const { data: updated } = await api.post(`/lapas-api/products/${product.id}/variants/${standar.id}`, { weight: 1_500 }, as.staffA)
        expect(updated.product.variants.find((v: any) => v.id === standar.id).weight).toBe(1_500)
        const bad = await failureOf(api.post(`/lapas-api/products/${product.id}`, { length: 0, height: 2.5 }, as.staffA))
        expect(bad.status).toBe(400)

        const shippingA = await shippingOf(as.staffA)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: rows } = await query.graph({ entity: "product", fields: ["shipping_profile.id"], filters: { id: product.id } })
        const { data: links } = await query.graph({
          entity: LapasShippingProfileLink.entryPoint,
          fields: ["shipping_profile_id"],
          filters: { lapas_id: shippingA.lapas.id },
        })
        expect((rows[0] as any).shipping_profile.id).toBe((links[0] as any).shipping_profile_id)

        // 50×40×30 cm = 10 kg volumetric > 1.5 kg actual.
        const sicepat = courierOf(shippingA, "sicepat", "regular")
        await api.post(`/lapas-api/shipping/couriers/${sicepat.id}`, { rates: [{ zone: JAWA_TIMUR, per_kg: 8_000, etd_min_days: 1, etd_max_days: 2 }] }, as.staffA)
        const { data: cart } = await api.post(
          `/store/carts`,
          {
            region_id: shop.regionId,
            items: [{ variant_id: standar.id, quantity: 1 }],
            shipping_address: { ...BUYER_ADDRESS, city: "Kota Surabaya", address_2: "Tegalsari" },
          },
          store
        )
        expect(await listedFor(cart.cart.id)).toContain(sicepat.id)
        expect(await priceFor(cart.cart.id, sicepat.id)).toBe(80_000)
        // A smaller packed size (20×20×15 cm = 1 kg volumetric): the actual 1.5 kg counts, 2 kg.
        await api.post(`/lapas-api/products/${product.id}`, { length: 20, width: 20, height: 15 }, as.staffA)
        expect(await priceFor(cart.cart.id, sicepat.id)).toBe(16_000)
      })
    })
  },
})
