import { PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { defineSuite, demoSeed } from "../runner"
import { BUYER_ADDRESS, failureOf, type Headers } from "../helpers"

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"
const productOf = (lapas: string) => PRODUCTS.find((p) => p.lapas === lapas)!

/**
 * The account's order list in one request (GET /store/orders/summaries): a logged-in customer's
 * own orders only, newest first, each exactly the summary its order page reads.
 */
export default defineSuite({
  testSuite: ({ api }) => {
    let seeded: SeedResult
    const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })
    const variant: Record<string, string> = {}
    const as: Record<string, Headers> = {}

    /** Registers a customer and returns their store headers (publishable key + bearer token). */
    async function customer(email: string): Promise<Headers> {
      const password = "rahasia-sekali"
      const { data: registered } = await api.post(`/auth/customer/emailpass/register`, { email, password })
      await api.post(
        `/store/customers`,
        { email, first_name: "Pembeli" },
        { headers: { ...store().headers, authorization: `Bearer ${registered.token}` } }
      )
      const { data: login } = await api.post(`/auth/customer/emailpass`, { email, password })
      return { headers: { ...store().headers, authorization: `Bearer ${login.token}` } }
    }

    /** Places an order as the logged-in customer (the cart is theirs, so the order is too). */
    async function placeAs(who: Headers, lines: Record<string, number>) {
      const { data: created } = await api.post(
        `/store/carts`,
        {
          region_id: seeded.regionId,
          items: Object.entries(lines).map(([lapas, quantity]) => ({ variant_id: variant[lapas], quantity })),
          shipping_address: BUYER_ADDRESS,
        },
        who
      )
      const cartId = created.cart.id
      const { data: shipping } = await api.get(`/store/carts/${cartId}/lapas-shipping`, who)
      const optionIds = shipping.groups.map((g: any) => g.options.find((o: any) => o.kind === "courier").id)
      await api.post(`/store/carts/${cartId}/lapas-shipping`, { option_ids: optionIds }, who)
      const { data: collection } = await api.post(`/store/payment-collections`, { cart_id: cartId }, who)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        who
      )
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, who)
      expect(data.type).toBe("order")
      return data.order as { id: string; display_id: number }
    }

    const list = (query = "") => `/store/orders/summaries${query}`

    beforeAll(async () => {
      seeded = demoSeed()
      for (const lapas of [A, B]) {
        const { data } = await api.get(`/store/products?handle=${productOf(lapas).handle}&fields=variants.id`, store())
        variant[lapas] = data.products[0].variants[0].id
      }
      as.sari = await customer("sari.pesanan@example.com")
      as.budi = await customer("budi.pesanan@example.com")
    })

    it("lists the customer's own orders, newest first, each as its order page's summary, in one request", async () => {
      const first = await placeAs(as.sari, { [A]: 2, [B]: 1 })
      const second = await placeAs(as.sari, { [A]: 1 })
      const other = await placeAs(as.budi, { [B]: 1 })

      const { data } = await api.get(list(), as.sari)
      expect(data.count).toBe(2)
      expect(data.orders.map((o: any) => o.id)).toEqual([second.id, first.id])
      for (const order of data.orders) {
        const { data: page } = await api.get(`/store/orders/${order.id}/summary`, store())
        expect(order).toEqual(page.order)
      }
      // Two lapas: two parts, each with its own progress.
      expect(data.orders[1].groups.map((g: any) => g.lapas.handle).sort()).toEqual([A, B].sort())

      // Another customer never sees Sari's orders, only their own.
      const { data: theirs } = await api.get(list(), as.budi)
      expect(theirs.orders.map((o: any) => o.id)).toEqual([other.id])
      expect(theirs.count).toBe(1)
    })

    it("pages with limit and offset", async () => {
      const first = await placeAs(as.sari, { [A]: 1 })
      const second = await placeAs(as.sari, { [B]: 1 })
      const { data } = await api.get(list("?limit=1&offset=1"), as.sari)
      expect(data).toMatchObject({ count: 2, limit: 1, offset: 1 })
      expect(data.orders.map((o: any) => o.id)).toEqual([first.id])
      const { data: head } = await api.get(list("?limit=1"), as.sari)
      expect(head.orders.map((o: any) => o.id)).toEqual([second.id])
    })

    it("refuses a visitor who is not logged in, and a page it cannot serve, saying why", async () => {
      expect((await failureOf(api.get(list(), store()))).status).toBe(401)
      expect(await failureOf(api.get(list("?limit=0"), as.sari))).toEqual({
        status: 400,
        message: "limit: limit is a number from 1 to 50",
      })
      expect((await failureOf(api.get(list("?limit=51"), as.sari))).status).toBe(400)
      expect((await failureOf(api.get(list("?customer_id=cus_lain"), as.sari))).status).toBe(400)
    })
  },
})
