import { Modules } from "@medusajs/framework/utils"
import { PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { defineSuite, demoSeed } from "../runner"
import { BUYER_ADDRESS, failureOf } from "../helpers"

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"
const SLEMAN_IN_SURABAYA = 'Kecamatan "Sleman" tidak ada di Kota Surabaya, Jawa Timur.'

/**
 * The Indonesian address: the area lists any client builds its pickers from, and the kecamatan in
 * address_2 (legacy metadata.district still read), checked on every write and again at checkout.
 */
export default defineSuite({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: SeedResult
    const variant: Record<string, string> = {}
    const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "id")

    async function count(table: string) {
      const { rows } = await dbConnection.raw(`SELECT count(*)::int AS n FROM "${table}" WHERE deleted_at IS NULL`)
      return rows[0].n as number
    }

    async function newCart(shippingAddress: Record<string, unknown>, lapas = [A, B]) {
      const { data } = await api.post(
        `/store/carts`,
        {
          region_id: seeded.regionId,
          email: "pembeli@example.com",
          items: lapas.map((handle) => ({ variant_id: variant[handle], quantity: 1 })),
          shipping_address: shippingAddress,
        },
        store()
      )
      return data.cart
    }

    /** One courier per lapas, the bank transfer, then POST complete. */
    async function shipPayComplete(cartId: string) {
      const { data: shipping } = await api.get(`/store/carts/${cartId}/lapas-shipping`, store())
      const optionIds = shipping.groups.map((g: any) => g.options.find((o: any) => o.kind === "courier").id)
      await api.post(`/store/carts/${cartId}/lapas-shipping`, { option_ids: optionIds }, store())
      const { data } = await api.post(`/store/payment-collections`, { cart_id: cartId }, store())
      await api.post(
        `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        store()
      )
      return api.post(`/store/carts/${cartId}/complete`, {}, store())
    }

    beforeAll(async () => {
      seeded = demoSeed()
      for (const handle of [A, B]) {
        const product = PRODUCTS.find((p) => p.lapas === handle)!
        const { data } = await api.get(`/store/products?handle=${product.handle}&fields=variants.id`, store())
        variant[handle] = data.products[0].variants[0].id
      }
    })

    describe("the area lists", () => {
      it("lists provinces, cities, kecamatan and kelurahan by name, cacheable for a day", async () => {
        const provinces = await api.get(`/store/areas/provinces`, store())
        expect(provinces.headers["cache-control"]).toBe("public, max-age=86400")
        expect(provinces.data.provinces).toHaveLength(38)
        expect(provinces.data.provinces).toEqual([...provinces.data.provinces].sort(byName))
        expect(provinces.data.provinces).toContainEqual({ code: "35", name: "Jawa Timur" })
        expect(provinces.data.provinces).toContainEqual({ code: "31", name: "DKI Jakarta" })

        const cities = await api.get(`/store/areas/provinces/35/cities`, store())
        expect(cities.headers["cache-control"]).toBe("public, max-age=86400")
        expect(cities.data.cities).toHaveLength(38)
        expect(cities.data.cities).toEqual([...cities.data.cities].sort(byName))
        expect(cities.data.cities).toContainEqual({ code: "35.78", name: "Kota Surabaya" })
        expect(cities.data.cities).toContainEqual({ code: "35.22", name: "Kabupaten Bojonegoro" })
        expect(Object.keys(cities.data.cities[0]).sort()).toEqual(["code", "name"])

        const districts = await api.get(`/store/areas/cities/35.78/districts`, store())
        expect(districts.data.districts).toHaveLength(31)
        expect(districts.data.districts).toEqual([...districts.data.districts].sort(byName))
        const tegalsari = districts.data.districts.find((d: any) => d.name === "Tegalsari")
        expect(tegalsari).toEqual({ code: expect.stringMatching(/^35\.78\.\d{2}$/), name: "Tegalsari" })

        const villages = await api.get(`/store/areas/districts/${tegalsari.code}/villages`, store())
        expect(villages.headers["cache-control"]).toBe("public, max-age=86400")
        expect(villages.data.villages).toEqual([...villages.data.villages].sort(byName))
        expect(villages.data.villages.map((v: any) => v.name)).toContain("Kedungdoro")
        for (const village of villages.data.villages) {
          expect(village.code.startsWith(`${tegalsari.code}.`)).toBe(true)
        }
      })

      it("answers 400 for what is not a code and 404 for a code of nothing", async () => {
        expect(await failureOf(api.get(`/store/areas/provinces/Jawa%20Timur/cities`, store()))).toEqual({
          status: 400,
          message: '"Jawa Timur" is not a province code: use the code from the list, e.g. "35".',
        })
        expect((await failureOf(api.get(`/store/areas/cities/35/districts`, store()))).status).toBe(400)
        expect((await failureOf(api.get(`/store/areas/districts/35.78/villages`, store()))).status).toBe(400)
        expect(await failureOf(api.get(`/store/areas/provinces/99/cities`, store()))).toEqual({
          status: 404,
          message: 'No province has the code "99".',
        })
        expect((await failureOf(api.get(`/store/areas/cities/35.99/districts`, store()))).status).toBe(404)
        expect((await failureOf(api.get(`/store/areas/districts/35.78.99/villages`, store()))).status).toBe(404)
        const query = await failureOf(api.get(`/store/areas/provinces?q=jawa`, store()))
        expect(query.status).toBe(400)
        expect(query.message).toMatch(/q/)
      })

      it("is a store route: it needs the publishable key like the others", async () => {
        expect((await failureOf(api.get(`/store/areas/provinces`))).status).toBe(400)
      })
    })

    describe("the cart's address", () => {
      it("refuses an unknown kecamatan/city pair on update, naming it, and keeps the address", async () => {
        const cart = await newCart(BUYER_ADDRESS)
        const failure = await failureOf(
          api.post(`/store/carts/${cart.id}`, { shipping_address: { ...BUYER_ADDRESS, address_2: "Sleman" } }, store())
        )
        expect(failure).toEqual({ status: 400, message: SLEMAN_IN_SURABAYA })

        // Updating the cart's own address by id: checked merged over what is stored.
        const partial = await failureOf(
          api.post(
            `/store/carts/${cart.id}`,
            { shipping_address: { id: cart.shipping_address.id, address_2: "Sleman" } },
            store()
          )
        )
        expect(partial).toEqual({ status: 400, message: SLEMAN_IN_SURABAYA })

        const city = await failureOf(
          api.post(`/store/carts/${cart.id}`, { shipping_address: { ...BUYER_ADDRESS, city: "Kabupaten Sleman" } }, store())
        )
        expect(city).toEqual({ status: 400, message: 'Kabupaten/kota "Kabupaten Sleman" tidak ada di Jawa Timur.' })

        const billing = await failureOf(
          api.post(`/store/carts/${cart.id}`, { billing_address: { ...BUYER_ADDRESS, province: "Jawa Timor" } }, store())
        )
        expect(billing).toEqual({
          status: 400,
          message: 'Alamat penagihan: Provinsi "Jawa Timor" tidak dikenal; pilih provinsi dari daftar.',
        })

        const { data } = await api.get(`/store/carts/${cart.id}?fields=shipping_address.*`, store())
        expect(data.cart.shipping_address).toMatchObject({ address_2: "Tegalsari", city: "Kota Surabaya" })

        // A kecamatan with its kelurahan, and an address without the kecamatan yet, are written.
        const { data: updated } = await api.post(
          `/store/carts/${cart.id}`,
          { shipping_address: { ...BUYER_ADDRESS, address_2: "Tegalsari, Kedungdoro" } },
          store()
        )
        expect(updated.cart.shipping_address.address_2).toBe("Tegalsari, Kedungdoro")
        const { address_2: _kecamatan, ...withoutKecamatan } = BUYER_ADDRESS
        const { data: partly } = await api.post(`/store/carts/${cart.id}`, { shipping_address: withoutKecamatan }, store())
        expect(partly.cart.shipping_address.address_2 ?? null).toBeNull()
      })

      it("refuses a new cart whose address does not fit before creating it", async () => {
        const before = await count("cart")
        const failure = await failureOf(
          api.post(
            `/store/carts`,
            {
              region_id: seeded.regionId,
              items: [{ variant_id: variant[A], quantity: 1 }],
              shipping_address: { ...BUYER_ADDRESS, address_2: "Sleman" },
            },
            store()
          )
        )
        expect(failure).toEqual({ status: 400, message: SLEMAN_IN_SURABAYA })
        expect(await count("cart")).toBe(before)
      })

      it("refuses to complete a cart whose address does not fit, naming it", async () => {
        const cart = await newCart(BUYER_ADDRESS)
        // Written past the store API (as an older client or an import might have).
        const cartService = getContainer().resolve(Modules.CART)
        await cartService.updateAddresses([{ id: cart.shipping_address.id, address_2: "Sleman" }])
        const before = await count("order")
        const failure = await failureOf(shipPayComplete(cart.id))
        expect(failure.status).toBe(400)
        expect(failure.message).toBe(`Pesanan belum bisa dibuat. ${SLEMAN_IN_SURABAYA}`)
        expect(await count("order")).toBe(before)
      })

      it("completes a legacy cart whose kecamatan is in metadata.district, and shows it as before", async () => {
        const { address_2: _kecamatan, ...street } = BUYER_ADDRESS
        const cart = await newCart({ ...street, city: "Surabaya", metadata: { district: "Tegalsari" } })
        const { data } = await shipPayComplete(cart.id)
        expect(data.type).toBe("order")
        const { data: summary } = await api.get(`/store/orders/${data.order.id}/summary`, store())
        expect(summary.order.shipping_address).toMatchObject({ address_2: null, district: "Tegalsari", city: "Surabaya" })
      })

      it("shows the kecamatan and kelurahan of address_2 in the order summary", async () => {
        const cart = await newCart({ ...BUYER_ADDRESS, address_2: "Kec. Tegalsari, Kedungdoro" })
        const { data } = await shipPayComplete(cart.id)
        expect(data.type).toBe("order")
        const { data: summary } = await api.get(`/store/orders/${data.order.id}/summary`, store())
        expect(summary.order.shipping_address).toMatchObject({
          address_1: BUYER_ADDRESS.address_1,
          address_2: "Kedungdoro",
          district: "Tegalsari",
          city: "Kota Surabaya",
        })
      })
    })

    describe("the customer's address book", () => {
      it("refuses an address that does not fit, on create and on update, naming it", async () => {
        const email = "alamat@example.com"
        const password = "rahasia-sekali"
        const { data: registered } = await api.post(`/auth/customer/emailpass/register`, { email, password })
        await api.post(
          `/store/customers`,
          { email, first_name: "Sari" },
          { headers: { ...store().headers, authorization: `Bearer ${registered.token}` } }
        )
        const { data: login } = await api.post(`/auth/customer/emailpass`, { email, password })
        const me = { headers: { ...store().headers, authorization: `Bearer ${login.token}` } }
        const addresses = `/store/customers/me/addresses`

        const refused = await failureOf(api.post(addresses, { ...BUYER_ADDRESS, address_2: "Sleman" }, me))
        expect(refused).toEqual({ status: 400, message: SLEMAN_IN_SURABAYA })
        expect(await count("customer_address")).toBe(0)

        const { data: created } = await api.post(addresses, BUYER_ADDRESS, me)
        const [address] = created.customer.addresses
        expect(address).toMatchObject({ address_2: "Tegalsari", city: "Kota Surabaya" })

        // An update sends only what changes: checked against the stored city.
        const update = await failureOf(api.post(`${addresses}/${address.id}`, { address_2: "Sleman" }, me))
        expect(update).toEqual({ status: 400, message: SLEMAN_IN_SURABAYA })
        // Changing only the phone never trips over the area.
        await api.post(`${addresses}/${address.id}`, { phone: "081298765432" }, me)
        const { data: moved } = await api.post(
          `${addresses}/${address.id}`,
          { province: "DI Yogyakarta", city: "Kabupaten Sleman", address_2: "Depok, Caturtunggal" },
          me
        )
        expect(moved.customer.addresses[0]).toMatchObject({ city: "Kabupaten Sleman", address_2: "Depok, Caturtunggal" })
      })
    })
  },
})
