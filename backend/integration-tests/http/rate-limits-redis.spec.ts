import Redis from "ioredis"
import { PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import { appModule } from "../app"
import { DEMO_PASSWORD, placeOrder, variantOfProduct } from "../helpers"
import { startRedis } from "../redis-server"
import { postFrom } from "../request-from"
import { demoSeed, integrationTestRunner } from "../runner"

// The app reads REDIS_URL and TRUSTED_PROXIES when it boots: a real Redis first, loopback as the
// trusted proxy (every test connection comes from 127.0.0.1), so X-Forwarded-For names the client.
const redis = await startRedis()
process.env.REDIS_URL = redis.url
process.env.TRUSTED_PROXIES = "loopback"

const { LIMITS, rateLimits } = appModule<typeof import("../../src/lib/security/rate-limits")>("src/lib/security/rate-limits")
const MEMBER = "staff+lapas-tangerang@karyabinaan.test"

// After the runner has shut the app (and its Redis clients) down: file-level hooks run last.
afterAll(async () => {
  await rateLimits().close()
  await redis.stop()
})

integrationTestRunner({
  database: "demo",
  testSuite: ({ api }) => {
    const seeded = demoSeed()
    const store = { "x-publishable-api-key": seeded.publishableKey }
    const baseURL = () => (api as any).defaults.baseURL as string
    const lookup = (body: unknown, forwardedFor: string) => postFrom(baseURL(), "/store/orders/lookup", body, { forwardedFor, headers: store })
    const login = (password: string, forwardedFor: string) =>
      postFrom(baseURL(), "/auth/lapas_member/emailpass", { email: MEMBER, password }, { forwardedFor })

    // The rate limits' keys only: Medusa keeps its event bus and workflow state in the same Redis.
    beforeEach(() => redis.flush("kb-rl:*"))

    it("counts in Redis, by the address the trusted proxy forwarded: two clients apart", async () => {
      expect(rateLimits().store).toBe("redis")
      const statuses: number[] = []
      for (let i = 0; i < LIMITS.lookup.perClient + 1; i++) {
        statuses.push((await lookup({ display_id: 900000 + i, email: `tebak${i}@example.com` }, "203.0.113.10")).status)
      }
      expect(statuses).toEqual([...Array(LIMITS.lookup.perClient).fill(404), 429])
      // Another client behind the same proxy is counted apart.
      expect((await lookup({ display_id: 900000, email: "tebak0@example.com" }, "203.0.113.11")).status).toBe(404)
      // The counts are in Redis (any server process sees them).
      const client = new Redis(redis.url)
      try {
        expect((await client.keys("kb-rl:lookup:client*")).length).toBeGreaterThan(0)
      } finally {
        client.disconnect()
      }
    })

    it("order lookup: failures from many addresses on a buyer's email do not lock the buyer out", async () => {
      const variant = await variantOfProduct(api, seeded.publishableKey, PRODUCTS[0].handle)
      const buyer = "pembeli.redis@example.com"
      const order = await placeOrder(api, seeded, [{ variant_id: variant, quantity: 1 }], { email: buyer })
      // Enough addresses, one failure each, to put the email under attack (each is let through).
      for (let i = 0; i < LIMITS.lookup.subjectHot + 5; i++) {
        expect((await lookup({ display_id: order.display_id + 1 + i, email: buyer }, `198.51.100.${i + 1}`)).status).toBe(404)
      }
      // The email is under attack: an address that keeps failing on it is held to perPairWhenHot.
      const repeats: number[] = []
      for (let i = 0; i < LIMITS.lookup.perPairWhenHot; i++) {
        repeats.push((await lookup({ display_id: order.display_id + 100 + i, email: buyer }, "198.51.100.1")).status)
      }
      expect(repeats).toEqual([...Array(LIMITS.lookup.perPairWhenHot - 1).fill(404), 429])
      // The buyer, who knows the number, gets the order.
      const own = await lookup({ display_id: order.display_id, email: buyer }, "192.0.2.50")
      expect(own.status).toBe(200)
      expect(own.body.order.id).toBe(order.id)
    })

    it("login: failures from rotated addresses slow the account down; the right password from a clean address works", async () => {
      // Each wrong password costs the server a key derivation: just enough addresses to make the account hot.
      for (let i = 0; i < LIMITS.login.subjectHot + 1; i++) expect((await login(`salah-${i}`, `198.51.100.${i + 1}`)).status).toBe(401)
      // The account is under attack: each attacking address gets perPairWhenHot tries in all.
      const attacker = "198.51.100.1"
      const repeats: number[] = []
      for (let i = 0; i < LIMITS.login.perPairWhenHot; i++) repeats.push((await login("salah-lagi", attacker)).status)
      expect(repeats).toEqual([...Array(LIMITS.login.perPairWhenHot - 1).fill(401), 429])
      const refused = await login(DEMO_PASSWORD, attacker)
      expect(refused.status).toBe(429)
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
      // The member, from an address without failures, is let in.
      const member = await login(DEMO_PASSWORD, "192.0.2.60")
      expect(member.status).toBe(200)
      expect(typeof member.body.token).toBe("string")
    })
  },
})
