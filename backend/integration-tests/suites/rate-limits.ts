import { PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import { appModule } from "../app"
import { DEMO_PASSWORD, placeOrder, variantOfProduct } from "../helpers"
import { getFrom, postFrom } from "../request-from"
import { defineSuite, demoSeed } from "../runner"

type RateLimitsModule = typeof import("../../src/lib/security/rate-limits")
const { LIMITS, clientKey, rateLimits, resetRateLimits } = appModule<RateLimitsModule>("src/lib/security/rate-limits")

const MEMBER = "staff+lapas-tangerang@karyabinaan.test"
/** A different address on every request, as an attacker rotating X-Forwarded-For would send. */
const rotated = (i: number) => `203.0.113.${i % 250}, 198.51.100.${(i * 7) % 250}`

/**
 * The rate limits with the default configuration: counters in memory and no TRUSTED_PROXIES, so
 * X-Forwarded-For is ignored and a rotated header changes nothing. Other clients are other local
 * addresses (127.0.0.2, …), real connections from elsewhere. (With Redis and a trusted proxy:
 * http/rate-limits-redis.spec.ts.)
 */
export default defineSuite({
  testSuite: ({ api, dbConnection }) => {
    const seeded = demoSeed()
    const store = { "x-publishable-api-key": seeded.publishableKey }
    const baseURL = () => (api as any).defaults.baseURL as string

    beforeEach(() => resetRateLimits())
    afterAll(() => resetRateLimits())

    it("order lookup: a rotated X-Forwarded-For does not escape the limit, and the buyer still gets their order", async () => {
      const variant = await variantOfProduct(api, seeded.publishableKey, PRODUCTS[0].handle)
      const buyer = "pembeli.batas@example.com"
      const order = await placeOrder(api, seeded, [{ variant_id: variant, quantity: 1 }], { email: buyer })
      const statuses: number[] = []
      let refusal: any
      for (let i = 0; i < 40; i++) {
        const answer = await postFrom(baseURL(), "/store/orders/lookup", { display_id: order.display_id + 1 + i, email: buyer }, {
          forwardedFor: rotated(i),
          headers: store,
        })
        statuses.push(answer.status)
        if (answer.status === 429) refusal ??= answer
      }
      expect(statuses.slice(0, LIMITS.lookup.perPair)).toEqual(Array(LIMITS.lookup.perPair).fill(404))
      expect(statuses.slice(LIMITS.lookup.perPair)).toEqual(Array(40 - LIMITS.lookup.perPair).fill(429))
      expect(refusal.body.type).toBe("too_many_requests")
      expect(refusal.body.message).toMatch(/^Terlalu banyak percobaan yang salah\. Tunggu 15 menit/)
      expect(Number(refusal.headers["retry-after"])).toBeGreaterThan(14 * 60)
      // Even the right number is refused to the client that walked numbers…
      const attacker = await postFrom(baseURL(), "/store/orders/lookup", { display_id: order.display_id, email: buyer }, { headers: store })
      expect(attacker.status).toBe(429)
      // …but the buyer, from their own address, gets the order despite the 40 failures on their email.
      const own = await postFrom(baseURL(), "/store/orders/lookup", { display_id: order.display_id, email: buyer }, {
        from: "127.0.0.2",
        headers: store,
      })
      expect(own.status).toBe(200)
      expect(own.body.order.id).toBe(order.id)
      // A wrong email and a wrong number answer alike.
      const wrongEmail = await postFrom(baseURL(), "/store/orders/lookup", { display_id: order.display_id, email: "lain@example.com" }, { from: "127.0.0.3", headers: store })
      const wrongNumber = await postFrom(baseURL(), "/store/orders/lookup", { display_id: order.display_id + 999, email: buyer }, { from: "127.0.0.3", headers: store })
      expect(wrongEmail.status).toBe(404)
      expect(wrongNumber).toMatchObject({ status: 404, body: wrongEmail.body })
    })

    it("login: 40 wrong passwords with rotated X-Forwarded-For are limited; the right password from another client works", async () => {
      const statuses: number[] = []
      for (let i = 0; i < 40; i++) {
        const answer = await postFrom(baseURL(), "/auth/lapas_member/emailpass", { email: MEMBER, password: `salah-${i}` }, { forwardedFor: rotated(i) })
        statuses.push(answer.status)
      }
      const { perPair } = LIMITS.login
      expect(statuses.slice(0, perPair)).toEqual(Array(perPair).fill(401))
      expect(statuses.slice(perPair)).toEqual(Array(40 - perPair).fill(429))
      // The attacking client stays limited, even with the right password…
      const attacker = await postFrom(baseURL(), "/auth/lapas_member/emailpass", { email: MEMBER, password: DEMO_PASSWORD })
      expect(attacker.status).toBe(429)
      expect(attacker.body).toMatchObject({ type: "too_many_requests", message: expect.stringContaining("Too many failed logins") })
      expect(Number(attacker.headers["retry-after"])).toBeGreaterThan(14 * 60)
      // …and the member, from another address, is not locked out.
      const member = await postFrom(baseURL(), "/auth/lapas_member/emailpass", { email: MEMBER, password: DEMO_PASSWORD }, { from: "127.0.0.2" })
      expect(member.status).toBe(200)
      expect(typeof member.body.token).toBe("string")
      // Other actor types are limited the same way (a Medusa user here).
      for (let i = 0; i < perPair; i++) {
        const answer = await postFrom(baseURL(), "/auth/user/emailpass", { email: "admin@karyabinaan.test", password: `salah-${i}` }, { from: "127.0.0.4" })
        expect(answer.status).toBe(401)
      }
      expect((await postFrom(baseURL(), "/auth/user/emailpass", { email: "admin@karyabinaan.test", password: "x" }, { from: "127.0.0.4" })).status).toBe(429)
      // A success takes that client's failures off the account: typos between logins never add up.
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < LIMITS.login.perPair - 1; i++) {
          expect((await postFrom(baseURL(), "/auth/lapas_member/emailpass", { email: MEMBER, password: "salah" }, { from: "127.0.0.5" })).status).toBe(401)
        }
        expect((await postFrom(baseURL(), "/auth/lapas_member/emailpass", { email: MEMBER, password: DEMO_PASSWORD }, { from: "127.0.0.5" })).status).toBe(200)
      }
    })

    it("password reset (per email and per client, the same answers for an unknown email) and checkout completion (per cart)", async () => {
      const { perSubject } = LIMITS.passwordReset
      for (const [email, from] of [[MEMBER, "127.0.0.6"], ["tidak.ada@karyabinaan.test", "127.0.0.7"]]) {
        const statuses: number[] = []
        for (let i = 0; i < perSubject + 2; i++) {
          const answer = await postFrom(baseURL(), "/auth/lapas_member/emailpass/reset-password", { identifier: email }, { from, forwardedFor: rotated(i) })
          statuses.push(answer.status)
        }
        expect(statuses).toEqual([...Array(perSubject).fill(201), 429, 429])
      }
      // Per client: ten different emails from one address, then 429.
      const statuses: number[] = []
      for (let i = 0; i < LIMITS.passwordReset.perClient + 1; i++) {
        statuses.push((await postFrom(baseURL(), "/auth/customer/emailpass/reset-password", { identifier: `orang${i}@example.com` }, { from: "127.0.0.8" })).status)
      }
      expect(statuses).toEqual([...Array(LIMITS.passwordReset.perClient).fill(201), 429])

      const { data } = await api.post(`/store/carts`, { region_id: seeded.regionId }, { headers: store })
      const path = `/store/carts/${data.cart.id}/complete`
      for (let i = 0; i < LIMITS.checkout.perSubject; i++) {
        const answer = await postFrom(baseURL(), path, {}, { headers: store, from: `127.0.1.${i + 1}` })
        expect(answer.status).toBe(400) // an empty cart: refused for what it is, and counted
      }
      const refused = await postFrom(baseURL(), path, {}, { headers: store, from: "127.0.2.1" })
      expect(refused.status).toBe(429)
      expect(refused.body).toEqual({ type: "too_many_requests", message: expect.stringMatching(/^Terlalu banyak percobaan menyelesaikan pesanan\. Tunggu 10 menit/) })
      expect(refused.headers["retry-after"]).toBeDefined()
    })

    it("search log: past a client's hourly quota its searches still answer, unlogged; a rotated X-Forwarded-For does not escape it; others are logged", async () => {
      const search = (from: string, forwardedFor?: string) =>
        getFrom(baseURL(), `/store/search?q=${encodeURIComponent("jahe instan")}`, { from, forwardedFor, headers: store })
      const loggedCount = async () =>
        (await dbConnection.raw(`SELECT count(*)::int AS n FROM search_query WHERE query = 'jahe instan'`)).rows[0].n as number
      const before = await loggedCount()
      const heavy = "127.0.0.7"
      // As if this client had already searched its quota but one this hour.
      for (let i = 0; i < LIMITS.searchLog.perClient - 1; i++) await rateLimits().searchLog.take(clientKey(heavy))
      const last = await search(heavy)
      expect(last.status).toBe(200)
      expect(last.body.search_id).toMatch(/^srch_[0-9A-Z]{26}$/)
      const over = await search(heavy)
      expect(over.status).toBe(200)
      expect(over.body.search_id).toBeNull()
      expect(over.body.total).toBe(last.body.total)
      expect(over.body.hits.map((hit: any) => hit.id)).toEqual(last.body.hits.map((hit: any) => hit.id))
      expect((await search(heavy, rotated(3))).body.search_id).toBeNull()
      const other = await search("127.0.0.8")
      expect(other.body.search_id).toMatch(/^srch_/)
      expect(await loggedCount()).toBe(before + 2)
      await dbConnection.raw(`DELETE FROM search_query WHERE id = ANY(?)`, [[last.body.search_id, other.body.search_id]])
    })
  },
})
