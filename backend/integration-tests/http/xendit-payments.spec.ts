import { XENDIT_PROVIDER_ID } from "@karya-binaan/contracts"
import { randomUUID } from "node:crypto"
import { afterAll, beforeAll, expect, it } from "vitest"
import { PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { BUYER_ADDRESS, emailsTo, failureOf, loginAs, loginAsMember, waitFor, type Headers } from "../helpers"
import { demoSeed, integrationTestRunner } from "../runner"
// @ts-expect-error a plain ES module of the repository's scripts (no types)
import { simulatorSecrets, startXenditSimulator } from "../../../scripts/xendit-simulator.mjs"

/**
 * Xendit through Medusa's payment flow, against the local Xendit simulator (scripts/xendit-simulator.mjs)
 * standing in for Xendit's API, with the real provider (src/modules/xendit) and the real xendit-node
 * client: cart → payment session (split per lapas) → order → "paid" webhook → captured → shares
 * booked per part; a replayed webhook changes nothing; a forged one is refused; a payment for a
 * canceled order is refunded and reported. Its own app: the provider is registered at boot.
 */

const secrets = simulatorSecrets()
const simulator = await startXenditSimulator({
  port: 0,
  secretKey: secrets.secretKey,
  callbackToken: secrets.callbackToken,
  // Set to the backend's address once it listens (beforeAll).
  webhookUrl: "http://127.0.0.1:9/not-yet",
})
process.env.XENDIT_SECRET_KEY = secrets.secretKey
process.env.XENDIT_CALLBACK_TOKEN = secrets.callbackToken
process.env.XENDIT_API_URL = simulator.url
process.env.PAYMENT_WEBHOOK_DELAY_MS = "1"

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"
const HOOK = "/hooks/payment/xendit_xendit"

integrationTestRunner({
  database: "demo",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: SeedResult
    let admin: Headers
    let national: Headers
    const staff: Record<string, Headers> = {}
    const variant: Record<string, string> = {}
    const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })

    beforeAll(async () => {
      seeded = demoSeed()
      admin = await loginAs(api, "admin@karyabinaan.test")
      national = await loginAsMember(api, "nasional@karyabinaan.test")
      simulator.setWebhookUrl(`${api.defaults.baseURL}${HOOK}`)
      const { data } = await api.get(`/admin/regions/${seeded.regionId}?fields=payment_providers.id`, admin)
      const providers = (data.region.payment_providers ?? []).map((p: { id: string }) => p.id)
      await api.post(`/admin/regions/${seeded.regionId}`, { payment_providers: [...providers, XENDIT_PROVIDER_ID] }, admin)
      for (const lapas of [A, B]) {
        const product = PRODUCTS.find((p) => p.lapas === lapas)!
        const { data: found } = await api.get(`/store/products?handle=${product.handle}&fields=variants.id`, store())
        variant[lapas] = found.products[0].variants[0].id
        staff[lapas] = await loginAsMember(api, `staff+${lapas}@karyabinaan.test`)
      }
    })

    afterAll(() => simulator.close())

    /** A cart of one line per lapas, shipped by courier, up to its payment collection. */
    async function cartOf(lapasList: string[], email = "pembeli+xendit@example.com") {
      const { data: created } = await api.post(
        `/store/carts`,
        {
          region_id: seeded.regionId,
          email,
          items: lapasList.map((lapas) => ({ variant_id: variant[lapas], quantity: 1 })),
          shipping_address: BUYER_ADDRESS,
        },
        store()
      )
      const cartId = created.cart.id as string
      const { data: shipping } = await api.get(`/store/carts/${cartId}/lapas-shipping`, store())
      await api.post(
        `/store/carts/${cartId}/lapas-shipping`,
        { option_ids: shipping.groups.map((g: any) => g.options.find((o: any) => o.kind === "courier").id) },
        store()
      )
      const { data: collection } = await api.post(`/store/payment-collections`, { cart_id: cartId }, store())
      return { cartId, collectionId: collection.payment_collection.id as string }
    }

    async function startSession(collectionId: string, data: Record<string, unknown>) {
      const { data: body } = await api.post(
        `/store/payment-collections/${collectionId}/payment-sessions`,
        { provider_id: XENDIT_PROVIDER_ID, data },
        store()
      )
      const session = body.payment_collection.payment_sessions.find((s: any) => s.provider_id === XENDIT_PROVIDER_ID)
      return session as { id: string; amount: number; data: Record<string, any> }
    }

    async function placeXenditOrder(lapasList: string[], channel = "BCA") {
      const { cartId, collectionId } = await cartOf(lapasList)
      const session = await startSession(collectionId, { channel })
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store())
      expect(data.type).toBe("order")
      return { order: data.order as { id: string; display_id: number; total: number }, session }
    }

    const summaryOf = async (orderId: string) =>
      (await api.get(`/store/orders/${orderId}/summary`, store())).data.order

    const paymentOf = async (orderId: string) => {
      const { rows } = await dbConnection.raw(
        `SELECT p.id, p.captured_at, p.canceled_at, p.data,
                (SELECT coalesce(sum(c.amount), 0)::text FROM capture c WHERE c.payment_id = p.id AND c.deleted_at IS NULL) AS captured
           FROM payment p JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id
          WHERE opc.order_id = ? AND p.deleted_at IS NULL`,
        [orderId]
      )
      return rows[0] as { id: string; captured_at: string | null; canceled_at: string | null; data: any; captured: string }
    }

    const ledgerOf = async (orderId: string) =>
      (
        await dbConnection.raw(
          `SELECT lapas_id, account, amount::text AS amount FROM share_ledger_entry WHERE order_id = ? ORDER BY lapas_id, account`,
          [orderId]
        )
      ).rows as { lapas_id: string; account: string; amount: string }[]

    /** Xendit's `payment.succeeded` for a payment request, as the simulator records it. */
    function paidEvent(request: any) {
      return {
        event: "payment.succeeded",
        business_id: "5f27a14a9bf05c73dd040bc8",
        created: new Date().toISOString(),
        data: {
          id: `py-${randomUUID()}`,
          payment_request_id: request.id,
          reference_id: request.reference_id,
          customer_id: null,
          amount: request.amount,
          currency: "IDR",
          country: "ID",
          status: "SUCCEEDED",
          payment_method: request.payment_method,
          channel_properties: request.channel_properties ?? null,
          created: new Date().toISOString(),
          updated: new Date().toISOString(),
          metadata: request.metadata ?? null,
        },
      }
    }

    const deliver = (event: unknown, headers: Record<string, string>) => api.post(HOOK, event, { headers })
    const signed = (webhookId: string) => ({ "x-callback-token": secrets.callbackToken, "webhook-id": webhookId })
    const requestOf = async (id: string) => {
      const response = await fetch(`${simulator.url}/_simulator/payment_requests/${id}`, {
        headers: { authorization: `Basic ${Buffer.from(`${secrets.secretKey}:`).toString("base64")}` },
      })
      const record = (await response.json()) as any
      return { ...record.payment_request, record }
    }

    it("pays a two-lapas order by BCA virtual account: split per lapas, captured by the webhook, booked per part, once", async () => {
      const { order, session } = await placeXenditOrder([A, B])

      // The session's split was made by the backend: one route per lapas, adding up to the amount.
      const split = session.data.split
      expect(split.routes).toHaveLength(2)
      expect(split.routes.reduce((sum: number, r: any) => sum + r.amount, 0) + split.platform_fee).toBe(session.amount)
      const request = await requestOf(session.data.payment_request_id)
      expect(request.reference_id).toBe(session.id)
      expect(request.amount).toBe(order.total)

      // Before payment: the buyer sees the VA, the lapas see an unpaid part, nothing is booked.
      const before = await summaryOf(order.id)
      expect(before.payment.kind).toBe("xendit")
      expect(before.payment.xendit).toMatchObject({ channel: "BCA", method: "virtual_account", status: "pending", amount: order.total })
      expect(before.payment.xendit.va_number).toMatch(/^\d{10,}$/)
      const partsBefore = (await api.get(`/lapas-api/orders/${order.id}`, national)).data.parts
      expect(partsBefore.map((p: any) => p.state)).toEqual(["awaiting_transfer", "awaiting_transfer"])
      // Each lapas receives exactly its part: its lines plus its shipping.
      const routeOf = (lapasId: string) => split.routes.find((r: any) => r.lapas_id === lapasId)
      for (const part of partsBefore) expect(routeOf(part.lapas.id).amount).toBe(part.total)
      // …and so does the split rule Xendit was given, to each lapas's sub-account.
      expect(request.record.split_rule.routes.map((r: any) => [r.reference_id, r.destination_account_id, r.flat_amount]).sort()).toEqual(
        split.routes.map((r: any) => [r.lapas_id, r.sub_account_id, r.amount]).sort()
      )
      expect(await ledgerOf(order.id)).toEqual([])

      // The buyer pays at the bank: Xendit (the simulator) sends payment.succeeded to the webhook.
      const delivery = await simulator.pay(request.id)
      expect(delivery.attempts.at(-1)).toEqual({ status: 200 })
      await waitFor("the payment captured", async () => (await paymentOf(order.id)).captured_at, 20_000)
      const rows = await waitFor("both parts booked", async () => {
        const ledger = await ledgerOf(order.id)
        return new Set(ledger.map((r) => r.lapas_id)).size === 2 && ledger
      }, 20_000)
      const partsAfter = (await api.get(`/lapas-api/orders/${order.id}`, national)).data.parts
      expect(partsAfter.map((p: any) => p.state)).toEqual(["to_pack", "to_pack"])
      expect((await summaryOf(order.id)).payment.xendit.status).toBe("paid")
      const captured = (await paymentOf(order.id)).captured
      expect(Number(captured)).toBe(order.total)

      // The same event again, same webhook-id (Xendit retries): 200, nothing changes.
      const replay = await simulator.resend(request.id)
      expect(replay.attempts.at(-1)).toEqual({ status: 200 })
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect((await paymentOf(order.id)).captured).toBe(captured)
      expect(await ledgerOf(order.id)).toEqual(rows)
      const { rows: events } = await dbConnection.raw(`SELECT outcome FROM payment_webhook_event WHERE payment_request_id = ?`, [request.id])
      expect(events).toEqual([{ outcome: "forwarded" }])
    })

    it("refuses a webhook with a wrong or missing callback token, and changes nothing", async () => {
      const { order, session } = await placeXenditOrder([A], "QRIS")
      const request = await requestOf(session.data.payment_request_id)
      expect(request.payment_method.qr_code.channel_properties.qr_string).toBeTruthy()
      const event = paidEvent(request)
      const wrong = await failureOf(deliver(event, { "x-callback-token": "forged-token", "webhook-id": "wh-forged" }))
      expect(wrong.status).toBe(401)
      const missing = await failureOf(deliver(event, { "webhook-id": "wh-forged-2" }))
      expect(missing.status).toBe(401)
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect((await paymentOf(order.id)).captured_at).toBeNull()
      expect(await ledgerOf(order.id)).toEqual([])
      const { rows } = await dbConnection.raw(`SELECT count(*)::int AS n FROM payment_webhook_event WHERE event_id LIKE 'wh-forged%'`)
      expect(rows[0].n).toBe(0)
    })

    it("refunds a payment that arrives after its order was canceled, books nothing and tells the national office", async () => {
      const { order, session } = await placeXenditOrder([A], "QRIS")
      await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      const request = await requestOf(session.data.payment_request_id)
      const delivery = await simulator.pay(request.id)
      expect(delivery.attempts.at(-1)).toEqual({ status: 200 })
      const refunded = await requestOf(session.data.payment_request_id)
      expect(refunded.record.refunds).toEqual([expect.objectContaining({ amount: request.amount })])
      expect((await paymentOf(order.id)).captured_at).toBeNull()
      expect(await ledgerOf(order.id)).toEqual([])
      const { rows } = await dbConnection.raw(
        `SELECT outcome, order_id, refund_id FROM payment_webhook_event WHERE payment_request_id = ?`,
        [request.id]
      )
      expect(rows).toEqual([expect.objectContaining({ outcome: "late_refunded", order_id: order.id })])
      const mails = await waitFor(
        "the national office told",
        async () => (await emailsTo(getContainer(), "nasional@karyabinaan.test")).filter((m) => m.template === "payment-late-refund"),
        10_000
      )
      expect(mails[0].subject).toContain(`#${order.display_id}`)
    })

    it("never takes a split from the buyer, and refuses online payment for a lapas with no sub-account", async () => {
      const { collectionId } = await cartOf([A, B])
      const forged = await startSession(collectionId, {
        channel: "DANA",
        split: { amount: 1, routes: [{ lapas_id: "x", sub_account_id: "attacker", amount: 1 }], platform_fee: 0 },
        split_signature: "00",
      })
      expect(forged.data.split.routes.map((r: any) => r.sub_account_id)).not.toContain("attacker")
      expect(forged.data.checkout_url || forged.data.deeplink_url).toBeTruthy()

      const bad = await failureOf(
        api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: XENDIT_PROVIDER_ID, data: { channel: "GOPAYLATER" } }, store())
      )
      expect(bad.status).toBe(400)
      const ovo = await failureOf(
        api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: XENDIT_PROVIDER_ID, data: { channel: "OVO" } }, store())
      )
      expect(ovo.status).toBe(400)
      expect(ovo.message).toMatch(/OVO/)

      const lapasB = (await api.get(`/lapas-api/lapas?q=Surabaya`, national)).data.lapas[0]
      await api.post(`/lapas-api/lapas/${lapasB.id}`, { xendit_sub_account_id: null }, national)
      const { collectionId: withoutAccount } = await cartOf([A, B])
      const refused = await failureOf(
        api.post(`/store/payment-collections/${withoutAccount}/payment-sessions`, { provider_id: XENDIT_PROVIDER_ID, data: { channel: "QRIS" } }, store())
      )
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(refused.status).toBeLessThan(500)
      expect(refused.message).toMatch(/transfer bank/)
    })
  },
})
