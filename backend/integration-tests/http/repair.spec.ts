import { XENDIT_PROVIDER_ID } from "@karya-binaan/contracts"
import { mkdtemp, readdir } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { afterAll, afterEach, beforeAll, expect, it } from "vitest"
import { PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { appModule } from "../app"
import { BUYER_ADDRESS, loginAs, loginAsMember, placeOrder, placeOrderWithPayment, variantOfProduct, waitFor, type Headers } from "../helpers"
import { demoSeed, integrationTestRunner } from "../runner"
// @ts-expect-error a plain ES module of the repository's scripts (no types)
import { simulatorSecrets, startXenditSimulator } from "../../../scripts/xendit-simulator.mjs"

/**
 * The repair job (lib/repair): each gap a crashed process leaves is made for real (a capture, a
 * refund, a cancellation whose subscriber never ran; premi whose allocation failed; an e-mail row
 * left pending; a webhook event left received), then runRepair completes it through the live
 * workflow, the result equals what the live path wrote for a twin order, and a second run repairs
 * nothing. A dry run changes nothing; work younger than olderThanMs is left alone. Its own app:
 * Xendit (against the simulator) and a notification folder of its own are configured at boot.
 */

const secrets = simulatorSecrets()
const simulator = await startXenditSimulator({
  port: 0,
  secretKey: secrets.secretKey,
  callbackToken: secrets.callbackToken,
  // Nothing listens there: a payment's webhook never arrives (the delivery "crashed").
  webhookUrl: "http://127.0.0.1:9/dead",
  retryDelayMs: 1,
})
process.env.XENDIT_SECRET_KEY = secrets.secretKey
process.env.XENDIT_CALLBACK_TOKEN = secrets.callbackToken
process.env.XENDIT_API_URL = simulator.url
process.env.PAYMENT_WEBHOOK_DELAY_MS = "1"
const notificationDir = await mkdtemp(path.join(os.tmpdir(), "repair-notifications-"))
process.env.NOTIFICATION_DIR = notificationDir

type RepairModule = typeof import("../../src/lib/repair")
type LockModule = typeof import("../../src/lib/repair/lock")
type ScriptModule = typeof import("../../src/scripts/repair")
type DeliverModule = typeof import("../../src/lib/notifications/deliver")
type AuditModule = typeof import("../../src/lib/audit")
const { runRepair } = appModule<RepairModule>("src/lib/repair")
const { runRepairExclusively, REPAIR_LOCK_KEY } = appModule<LockModule>("src/lib/repair/lock")
const repairScript = appModule<ScriptModule>("src/scripts/repair")
const { deliverNotification } = appModule<DeliverModule>("src/lib/notifications/deliver")
const { auditLedger } = appModule<AuditModule>("src/lib/audit")
const LapasStockLocationLink = appModule<{ default: { entryPoint: string } }>("src/links/lapas-stock-location").default

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"
const EVENTS_SWITCH = "PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS"
const NOW = { olderThanMs: 0 }
/** Most tests place, pay and book two orders (a gap and its live twin): minutes on a busy machine. */
const test = (name: string, fn: () => Promise<void>) => it(name, fn, 300_000)

integrationTestRunner({
  database: "demo",
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: SeedResult
    let admin: Headers
    const variant: Record<string, string> = {}
    const container = () => getContainer()

    beforeAll(async () => {
      seeded = demoSeed()
      admin = await loginAs(api, "admin@karyabinaan.test")
      for (const lapas of [A, B]) {
        variant[lapas] = await variantOfProduct(api, seeded.publishableKey, PRODUCTS.find((p) => p.lapas === lapas)!.handle)
      }
      const { data } = await api.get(`/admin/regions/${seeded.regionId}?fields=payment_providers.id`, admin)
      const providers = (data.region.payment_providers ?? []).map((p: { id: string }) => p.id)
      await api.post(`/admin/regions/${seeded.regionId}`, { payment_providers: [...providers, XENDIT_PROVIDER_ID] }, admin)
    })
    afterEach(() => {
      delete process.env[EVENTS_SWITCH]
    })
    afterAll(() => simulator.close())

    const settle = (ms = 1_500) => new Promise((resolve) => setTimeout(resolve, ms))
    const placeAB = () =>
      placeOrderWithPayment(
        api,
        seeded,
        [
          { variant_id: variant[A], quantity: 2 },
          { variant_id: variant[B], quantity: 1 },
        ],
        admin
      )
    const capture = (order: { paymentId: string }) => api.post(`/admin/payments/${order.paymentId}/capture`, {}, admin)
    const refund = (order: { paymentId: string }, amount: number) =>
      api.post(`/admin/payments/${order.paymentId}/refund`, { amount }, admin)

    /** The ledger of an order as (lapas, kind, account) → amount, line ids left out, for comparing twins. */
    async function ledgerShape(orderId: string) {
      const { rows } = await dbConnection.raw(
        `SELECT e.lapas_id, e.kind, e.account, sum(e.amount)::text AS amount, count(*)::int AS entries
           FROM share_ledger_entry e WHERE e.order_id = ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
        [orderId]
      )
      return rows as { lapas_id: string; kind: string; account: string; amount: string; entries: number }[]
    }
    const ledgerCount = async (orderId: string) =>
      Number((await dbConnection.raw(`SELECT count(*)::int AS n FROM share_ledger_entry WHERE order_id = ?`, [orderId])).rows[0].n)
    const netPerAccount = async (orderId: string) =>
      (
        await dbConnection.raw(
          `SELECT line_item_id, account, sum(amount)::text AS net FROM share_ledger_entry WHERE order_id = ? GROUP BY 1, 2`,
          [orderId]
        )
      ).rows as { net: string }[]
    /** Premi allocated per kind, beside what the order's premi entries book (the makers differ per batch, not the sums). */
    const premiOf = async (orderId: string) =>
      (
        await dbConnection.raw(
          `SELECT e.kind, sum(e.amount)::text AS booked,
                  (SELECT coalesce(sum(a.amount), 0)::text FROM premi_allocation a WHERE a.order_id = e.order_id AND a.kind = e.kind) AS allocated
             FROM share_ledger_entry e WHERE e.order_id = ? AND e.account = 'premi' GROUP BY e.order_id, e.kind ORDER BY e.kind`,
          [orderId]
        )
      ).rows as { kind: string; booked: string; allocated: string }[]
    const premiComplete = async (orderId: string) =>
      (await premiOf(orderId)).every((row) => row.booked === row.allocated)

    /** An order of A and B captured with booking on (the live path), then booked: the twin to compare with. */
    async function liveTwin(then?: (order: { id: string; paymentId: string }) => Promise<unknown>) {
      const order = await placeAB()
      await capture(order)
      // Booked, and its premi allocated (the booking's last step).
      await waitFor("the twin booked", async () => (await ledgerCount(order.id)) === 6 && (await premiComplete(order.id)), 15_000)
      if (then) await then(order)
      return order
    }

    test("finds nothing to repair on the demo marketplace, and leaves work younger than olderThanMs alone", async () => {
      const report = await runRepair(container(), NOW)
      expect(report.items).toEqual([])
      process.env[EVENTS_SWITCH] = "false"
      const order = await placeAB()
      await capture(order)
      await settle()
      const young = await runRepair(container())
      expect(young.found.unbooked_payment).toBe(0)
      expect(await ledgerCount(order.id)).toBe(0)
    })

    test("books a capture whose booking never ran, as the live path books it; a dry run changes nothing; a second run repairs nothing", async () => {
      const twin = await liveTwin()
      process.env[EVENTS_SWITCH] = "false"
      const order = await placeAB()
      await capture(order)
      await settle()
      expect(await ledgerCount(order.id)).toBe(0)

      const dry = await runRepair(container(), { ...NOW, dryRun: true })
      expect(dry.dry_run).toBe(true)
      expect(dry.found.unbooked_payment).toBe(1)
      expect(dry.repaired.unbooked_payment).toBe(0)
      expect(dry.items).toEqual([{ kind: "unbooked_payment", id: order.paymentId, order_id: order.id, outcome: "would_repair" }])
      expect(await ledgerCount(order.id)).toBe(0)

      const first = await runRepair(container(), NOW)
      expect(first.items).toEqual([{ kind: "unbooked_payment", id: order.paymentId, order_id: order.id, outcome: "repaired" }])
      expect(first.repaired.unbooked_payment).toBe(1)
      expect(await ledgerShape(order.id)).toEqual(await ledgerShape(twin.id))
      // The entries carry the payment and its capture's date, as the subscriber's booking does.
      const { rows } = await dbConnection.raw(
        `SELECT DISTINCT e.reference_id, e.booked_at = p.captured_at AS at_capture
           FROM share_ledger_entry e JOIN payment p ON p.id = e.reference_id WHERE e.order_id = ?`,
        [order.id]
      )
      expect(rows).toEqual([{ reference_id: order.paymentId, at_capture: true }])
      // Premi reached the makers in the same run (the booking workflow allocates at its end).
      expect(await premiComplete(order.id)).toBe(true)

      const second = await runRepair(container(), NOW)
      expect(second.items).toEqual([])
    })

    test("reverses a refund whose booking never ran, as the refund subscriber does", async () => {
      const twin = await liveTwin(async (o) => {
        await refund(o, 50_000)
        await waitFor("the twin's refund booked", async () => (await ledgerCount(o.id)) > 6, 15_000)
      })
      const order = await liveTwin()
      process.env[EVENTS_SWITCH] = "false"
      await refund(order, 50_000)
      await settle()
      expect(await ledgerCount(order.id)).toBe(6)

      const report = await runRepair(container(), NOW)
      expect(report.items).toEqual([
        { kind: "unreversed_refund", id: expect.stringMatching(/^ref/), order_id: order.id, outcome: "repaired" },
      ])
      expect(await ledgerShape(order.id)).toEqual(await ledgerShape(twin.id))
      expect(await premiComplete(order.id)).toBe(true)
      expect((await runRepair(container(), NOW)).items).toEqual([])
    })

    test("books the refunds of a canceled order whose cancel subscriber never ran: every account nets to 0", async () => {
      const order = await liveTwin()
      process.env[EVENTS_SWITCH] = "false"
      await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      await settle()
      expect(await ledgerCount(order.id)).toBe(6)

      const report = await runRepair(container(), NOW)
      expect(report.found.unreversed_cancel).toBeGreaterThan(0)
      expect(report.items.every((i) => i.kind === "unreversed_cancel" && i.outcome === "repaired" && i.order_id === order.id)).toBe(true)
      const net = await netPerAccount(order.id)
      expect(net).toHaveLength(6)
      expect(net.every((row) => row.net === "0")).toBe(true)
      expect((await runRepair(container(), NOW)).items).toEqual([])
    })

    test("books a sale and its refund that both lost their events: the sale first, then the reversal", async () => {
      const twin = await liveTwin(async (o) => {
        await refund(o, 40_000)
        await waitFor("the twin's refund booked", async () => (await ledgerCount(o.id)) > 6, 15_000)
      })
      process.env[EVENTS_SWITCH] = "false"
      const order = await placeAB()
      await capture(order)
      await refund(order, 40_000)
      await settle()
      const report = await runRepair(container(), NOW)
      expect(report.items.map((i) => [i.kind, i.outcome])).toEqual([
        ["unbooked_payment", "repaired"],
        ["unreversed_refund", "repaired"],
      ])
      expect(await ledgerShape(order.id)).toEqual(await ledgerShape(twin.id))
    })

    test("books an order paid and then canceled before either booking ran: its sale and the cancel's reversal, as for a twin canceled after its booking", async () => {
      const twin = await liveTwin(async (o) => {
        await api.post(`/admin/orders/${o.id}/cancel`, {}, admin)
        await waitFor("the twin's cancel reversed", async () => (await ledgerCount(o.id)) > 6, 15_000)
      })
      process.env[EVENTS_SWITCH] = "false"
      const order = await placeAB()
      await capture(order)
      await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      await settle()
      expect(await ledgerCount(order.id)).toBe(0)

      const report = await runRepair(container(), NOW)
      expect(report.repaired.unbooked_payment).toBe(1)
      expect(report.items.every((i) => i.order_id === order.id && i.outcome === "repaired")).toBe(true)
      expect(await ledgerShape(order.id)).toEqual(await ledgerShape(twin.id))
      expect((await netPerAccount(order.id)).every((row) => row.net === "0")).toBe(true)
      expect((await auditLedger(container(), { orderIds: [order.id] })).discrepancies).toEqual([])
      expect((await runRepair(container(), NOW)).items).toEqual([])
    })

    test("books a line returned before its booking ran at what was sold, and reverses the return's refund once", async () => {
      process.env[EVENTS_SWITCH] = "false"
      const order = await placeAB()
      await capture(order)
      const { data } = await api.get(`/admin/orders/${order.id}?fields=id,items.id,items.variant_id,items.unit_price`, admin)
      const lineA = data.order.items.find((item: { variant_id: string }) => item.variant_id === variant[A])
      const lapasA = (await container().resolve("lapas").listLapas({ handle: A }))[0]
      const { data: links } = await container()
        .resolve("query")
        .graph({ entity: LapasStockLocationLink.entryPoint, fields: ["stock_location_id"], filters: { lapas_id: lapasA.id } })
      // Lapas A packs its part; one of its two units comes back through Medusa's return and is refunded.
      const staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      await api.post(`/lapas-api/orders/${order.id}/fulfillments`, {}, staffA)
      const begun = await api.post("/admin/returns", { order_id: order.id, location_id: links[0].stock_location_id }, admin)
      const returnId = begun.data.return.id
      const unit = { items: [{ id: lineA.id, quantity: 1 }] }
      await api.post(`/admin/returns/${returnId}/request-items`, unit, admin)
      await api.post(`/admin/returns/${returnId}/request`, {}, admin)
      await api.post(`/admin/returns/${returnId}/receive`, {}, admin)
      await api.post(`/admin/returns/${returnId}/receive-items`, unit, admin)
      await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, admin)
      await refund(order, Number(lineA.unit_price))
      await settle()
      expect(await ledgerCount(order.id)).toBe(0)

      const report = await runRepair(container(), NOW)
      expect(report.repaired.unbooked_payment).toBe(1)
      expect(report.repaired.unreversed_refund).toBe(1)
      // The sale is the line's two units at their price (not the one left after the return); the
      // audit then checks the split and that the return's refund was reversed once.
      const { rows } = await dbConnection.raw(
        `SELECT DISTINCT quantity::int AS quantity, revenue::text AS revenue FROM share_ledger_entry WHERE line_item_id = ? AND kind = 'sale'`,
        [lineA.id]
      )
      expect(rows).toEqual([{ quantity: 2, revenue: String(2 * Number(lineA.unit_price)) }])
      expect(await ledgerCount(order.id)).toBeGreaterThan(6)
      expect((await auditLedger(container(), { orderIds: [order.id] })).discrepancies).toEqual([])
    })

    test("books a canceled part's refund on that part's lines only, when cancel-order-part died before booking it", async () => {
      const staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date())
      const parts = (orderId: string) => `/lapas-api/orders/${orderId}`
      /** A transfer order of A and B whose A part is confirmed (captured) and booked by the live path. */
      async function paidPartA() {
        const order = (await placeOrder(api, seeded, [
          { variant_id: variant[A], quantity: 2 },
          { variant_id: variant[B], quantity: 1 },
        ])) as { id: string }
        const part = (await api.get(parts(order.id), staffA)).data.parts[0]
        await api.post(`${parts(order.id)}/transfer-confirmations`, { amount: part.transfer.expected_amount, transferred_on: today }, staffA)
        await waitFor("A's part booked", async () => (await ledgerCount(order.id)) === 3 && (await premiComplete(order.id)), 15_000)
        return order
      }
      const cancelA = (orderId: string) => api.post(`${parts(orderId)}/cancel`, { reason: "Stok habis" }, staffA)

      const twin = await paidPartA()
      await cancelA(twin.id)
      await waitFor("the twin's part refund booked", async () => (await ledgerCount(twin.id)) === 6, 15_000)

      const order = await paidPartA()
      // The part's refund is made, then its booking never happens (the process died): its
      // ledger rows are dropped on the way in, and no refund event books it either.
      process.env[EVENTS_SWITCH] = "false"
      await dbConnection.raw(`
        CREATE FUNCTION repair_test_drop_refund() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.kind = 'refund' THEN RETURN NULL; END IF; RETURN NEW; END $$;
        CREATE TRIGGER aaa_repair_test_drop_refund BEFORE INSERT ON share_ledger_entry FOR EACH ROW EXECUTE FUNCTION repair_test_drop_refund();`)
      try {
        await cancelA(order.id)
        await settle()
      } finally {
        await dbConnection.raw(`DROP TRIGGER aaa_repair_test_drop_refund ON share_ledger_entry; DROP FUNCTION repair_test_drop_refund();`)
      }
      expect(await ledgerCount(order.id)).toBe(3)

      const report = await runRepair(container(), NOW)
      expect(report.items).toEqual([
        { kind: "unreversed_cancel", id: expect.stringMatching(/^ref/), order_id: order.id, outcome: "repaired" },
      ])
      expect(await ledgerShape(order.id)).toEqual(await ledgerShape(twin.id))
      expect((await netPerAccount(order.id)).every((row) => row.net === "0")).toBe(true)
      expect((await runRepair(container(), NOW)).items).toEqual([])
    })

    test("captures a confirmed transfer whose capture never happened; the lapas sending it again does the same", async () => {
      const staff = { [A]: await loginAsMember(api, `staff+${A}@karyabinaan.test`), [B]: await loginAsMember(api, `staff+${B}@karyabinaan.test`) }
      const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date())
      const parts = (orderId: string) => `/lapas-api/orders/${orderId}`
      const placeTransferAB = async () =>
        (await placeOrder(api, seeded, [
          { variant_id: variant[A], quantity: 2 },
          { variant_id: variant[B], quantity: 1 },
        ])) as { id: string }
      const partOf = async (orderId: string, lapas: string) => (await api.get(parts(orderId), staff[lapas])).data.parts[0]
      const confirm = async (orderId: string, lapas: string, amount?: number) =>
        api.post(
          `${parts(orderId)}/transfer-confirmations`,
          { amount: amount ?? (await partOf(orderId, lapas)).transfer.expected_amount, transferred_on: today },
          staff[lapas]
        )
      /** What confirm-bank-transfer wrote before the server stopped: the confirmation, not its capture. */
      async function confirmationWithoutCapture(orderId: string, lapas: string) {
        const part = await partOf(orderId, lapas)
        const { rows } = await dbConnection.raw(
          `SELECT p.id FROM payment p JOIN order_payment_collection x ON x.payment_collection_id = p.payment_collection_id WHERE x.order_id = ?`,
          [orderId]
        )
        await container().resolve("bank_transfer").createTransferConfirmations({
          order_id: orderId,
          lapas_id: part.lapas.id,
          payment_id: rows[0].id,
          amount: part.transfer.expected_amount,
          transferred_on: today,
          proof_url: null,
          confirmed_by: "member-whose-request-died",
        })
        return part.transfer.expected_amount as number
      }
      const notCaptured = async (orderId: string) =>
        (await auditLedger(container(), { orderIds: [orderId] })).discrepancies
          .map((d: { kind: string }) => d.kind)
          .filter((kind: string) => kind === "transfer_not_captured")

      const twin = await placeTransferAB()
      await confirm(twin.id, A)
      await confirm(twin.id, B)
      await waitFor("the twin booked", async () => (await ledgerCount(twin.id)) === 6 && (await premiComplete(twin.id)), 15_000)

      // 1. The lapas sends its confirmation again (the app's retry, or staff pressing again).
      const retried = await placeTransferAB()
      const amountA = await confirmationWithoutCapture(retried.id, A)
      expect(await notCaptured(retried.id)).toEqual(["transfer_not_captured"])
      // A different amount is still refused as already confirmed, and captures nothing.
      const wrong = await confirm(retried.id, A, amountA + 1000).catch((error) => error.response)
      expect(wrong.status).toBe(400)
      expect(wrong.data.message).toMatch(/already confirmed/)
      expect(await notCaptured(retried.id)).toEqual(["transfer_not_captured"])
      const again = await confirm(retried.id, A, amountA)
      expect(again.status).toBe(200)
      expect(again.data.part.transfer.confirmation.amount).toBe(amountA)
      await waitFor("A's part booked", async () => (await ledgerCount(retried.id)) === 3, 15_000)
      // Sent a third time, there is nothing left to capture: already confirmed.
      expect((await confirm(retried.id, A, amountA).catch((error) => error.response)).status).toBe(400)
      await confirm(retried.id, B)
      await waitFor("both parts booked", async () => (await ledgerCount(retried.id)) === 6 && (await premiComplete(retried.id)), 15_000)
      expect(await ledgerShape(retried.id)).toEqual(await ledgerShape(twin.id))
      expect(await notCaptured(retried.id)).toEqual([])

      // 2. Nobody sends it again; B confirms its own part meanwhile (captured, but nothing books:
      // the confirmations exceed the captures). The repair captures A's part and both are booked.
      const left = await placeTransferAB()
      await confirmationWithoutCapture(left.id, A)
      await confirm(left.id, B)
      await settle()
      expect(await ledgerCount(left.id)).toBe(0)
      expect(await notCaptured(left.id)).toEqual(["transfer_not_captured"])
      const dry = await runRepair(container(), { ...NOW, dryRun: true })
      expect(dry.items.filter((item) => item.kind === "uncaptured_transfer")).toEqual([
        { kind: "uncaptured_transfer", id: expect.stringMatching(/^pay_/), order_id: left.id, outcome: "would_repair" },
      ])
      const report = await runRepair(container(), NOW)
      expect(report.items[0]).toEqual({ kind: "uncaptured_transfer", id: expect.stringMatching(/^pay_/), order_id: left.id, outcome: "repaired" })
      // The capture's event books the parts; the repair's own unbooked_payment pass may get there first.
      expect(report.items.slice(1).every((item) => item.kind === "unbooked_payment" && ["repaired", "nothing_new"].includes(item.outcome))).toBe(true)
      await waitFor("both parts booked", async () => (await ledgerCount(left.id)) === 6 && (await premiComplete(left.id)), 15_000)
      expect(await ledgerShape(left.id)).toEqual(await ledgerShape(twin.id))
      // Clean once the e-mails the captures sent are written.
      const audited = () => auditLedger(container(), { orderIds: [left.id, retried.id, twin.id] })
      await waitFor("a clean audit", async () => (await audited()).discrepancies.length === 0, 15_000).catch(() => undefined)
      expect((await audited()).discrepancies).toEqual([])
      expect((await runRepair(container(), NOW)).items).toEqual([])

      // 3. The order is canceled before anyone completes it (B's part captured, so Medusa refunds it
      // and leaves the payment uncanceled): nothing is captured for an order that no longer stands.
      const canceled = await placeTransferAB()
      await confirmationWithoutCapture(canceled.id, A)
      await confirm(canceled.id, B)
      await api.post(`/admin/orders/${canceled.id}/cancel`, {}, admin)
      const { rows: payments } = await dbConnection.raw(
        `SELECT p.canceled_at IS NULL AS live FROM payment p JOIN order_payment_collection x ON x.payment_collection_id = p.payment_collection_id WHERE x.order_id = ?`,
        [canceled.id]
      )
      expect(payments).toEqual([{ live: true }])
      const capturedOf = async () =>
        (await dbConnection.raw(
          `SELECT coalesce(sum(c.amount), 0)::text AS captured FROM capture c JOIN payment p ON p.id = c.payment_id
             JOIN order_payment_collection x ON x.payment_collection_id = p.payment_collection_id WHERE x.order_id = ? AND c.deleted_at IS NULL`,
          [canceled.id]
        )).rows[0].captured
      const before = await capturedOf()
      expect((await runRepair(container(), NOW)).items.filter((item) => item.order_id === canceled.id && item.kind === "uncaptured_transfer")).toEqual([])
      expect(await capturedOf()).toBe(before)
      expect(await notCaptured(canceled.id)).toEqual([])
    })

    test("allocates premi whose allocation failed after the booking", async () => {
      const twin = await liveTwin()
      // The allocation fails (as it would with the worker killed after the ledger write); the
      // booking logs it and keeps its entries.
      await dbConnection.raw(`
        CREATE FUNCTION repair_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'allocation refused by the test'; END $$;
        CREATE TRIGGER repair_test_refuse BEFORE INSERT ON premi_allocation FOR EACH ROW EXECUTE FUNCTION repair_test_refuse();`)
      let order: { id: string; paymentId: string }
      try {
        order = await placeAB()
        await capture(order)
        await waitFor("the sale booked", async () => (await ledgerCount(order.id)) === 6, 15_000)
        await settle()
        expect((await premiOf(order.id)).map((row) => row.allocated)).toEqual(["0"])
      } finally {
        await dbConnection.raw(`DROP TRIGGER repair_test_refuse ON premi_allocation; DROP FUNCTION repair_test_refuse();`)
      }
      expect(await premiComplete(twin.id)).toBe(true)

      const report = await runRepair(container(), NOW)
      expect(report.items).toEqual([{ kind: "unallocated_premi", id: order.id, order_id: order.id, outcome: "repaired" }])
      expect(await premiComplete(order.id)).toBe(true)
      expect(await premiOf(order.id)).toEqual(await premiOf(twin.id))
      expect((await runRepair(container(), NOW)).items).toEqual([])
    })

    test("sends again an e-mail left pending by a dead process, under the same row and one file per id", async () => {
      const to = "pembeli+pending@example.com"
      const outcome = await deliverNotification(
        container(),
        {
          to,
          channel: "email",
          template: "repair-test",
          idempotency_key: "repair-test:pending",
          content: { subject: "Pesanan Anda", text: "Terima kasih", html: "<p>Terima kasih</p>" },
        },
        []
      )
      expect(outcome).toBe("sent")
      const rowOf = async () =>
        (await dbConnection.raw(`SELECT id, status FROM notification WHERE idempotency_key = 'repair-test:pending'`)).rows
      const [row] = await rowOf()
      const filesOf = async () => (await readdir(notificationDir)).filter((name) => name.includes(row.id))
      expect(await filesOf()).toHaveLength(2)
      // The process died after the row was written and before the provider's answer was recorded.
      await dbConnection.raw(`UPDATE notification SET status = 'pending', created_at = now() - interval '9 minutes' WHERE id = ?`, [row.id])
      expect((await runRepair(container(), NOW)).items).toEqual([])
      await dbConnection.raw(`UPDATE notification SET created_at = now() - interval '11 minutes' WHERE id = ?`, [row.id])

      const dry = await runRepair(container(), { ...NOW, dryRun: true })
      expect(dry.items).toEqual([{ kind: "pending_notification", id: row.id, order_id: null, outcome: "would_repair" }])
      expect(await rowOf()).toEqual([{ id: row.id, status: "pending" }])

      await settle(1_100)
      const report = await runRepair(container(), NOW)
      expect(report.items).toEqual([{ kind: "pending_notification", id: row.id, order_id: null, outcome: "repaired" }])
      expect(await rowOf()).toEqual([{ id: row.id, status: "success" }])
      expect(await filesOf()).toHaveLength(2)
      expect((await runRepair(container(), NOW)).items).toEqual([])
    })

    /** A Xendit (QRIS) order of A, paid at Xendit, whose webhook never reached the server. */
    async function paidXenditOrder() {
      const store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      const { data: created } = await api.post(
        `/store/carts`,
        { region_id: seeded.regionId, email: "pembeli+xendit@example.com", items: [{ variant_id: variant[A], quantity: 1 }], shipping_address: BUYER_ADDRESS },
        store
      )
      const cartId = created.cart.id as string
      const { data: shipping } = await api.get(`/store/carts/${cartId}/lapas-shipping`, store)
      await api.post(
        `/store/carts/${cartId}/lapas-shipping`,
        { option_ids: shipping.groups.map((g: any) => g.options.find((o: any) => o.kind === "courier").id) },
        store
      )
      const { data: collection } = await api.post(`/store/payment-collections`, { cart_id: cartId }, store)
      const { data: sessionBody } = await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: XENDIT_PROVIDER_ID, data: { channel: "QRIS" } },
        store
      )
      const session = sessionBody.payment_collection.payment_sessions.find((s: any) => s.provider_id === XENDIT_PROVIDER_ID)
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      const order = completed.order as { id: string; total: number }
      const requestId = session.data.payment_request_id as string
      const delivery = await simulator.pay(requestId)
      expect(delivery.attempts.at(-1)).toHaveProperty("error")
      /** The row the webhook wrote before the process died, `outcome` as far as it got. */
      const stored = async (outcome: "received" | "forwarded") => {
        const events = getContainer().resolve("payment_webhook") as any
        const row = await events.createPaymentWebhookEvents({
          provider: "xendit",
          event_id: delivery.webhook_id,
          event_type: "payment.succeeded",
          provider_payment_id: `py-repair-${outcome}`,
          payment_request_id: requestId,
          session_id: session.id,
          amount: order.total,
          outcome,
        })
        return row.id as string
      }
      return { order, stored }
    }
    const capturedAt = async (orderId: string) =>
      (
        await dbConnection.raw(
          `SELECT p.captured_at FROM payment p JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id WHERE opc.order_id = ?`,
          [orderId]
        )
      ).rows[0]?.captured_at
    const age = (id: string) =>
      dbConnection.raw(`UPDATE payment_webhook_event SET created_at = now() - interval '6 minutes' WHERE id = ?`, [id])

    test("handles a webhook event left received through the live rules: the payment is captured and booked", async () => {
      // Xendit took the money; the delivery reached the server, which wrote the event's row and died.
      const { order, stored } = await paidXenditOrder()
      const id = await stored("received")
      // Younger than 5 minutes: a delivery may still be at work.
      expect((await runRepair(container(), NOW)).found.received_webhook).toBe(0)
      await age(id)

      const report = await runRepair(container(), NOW)
      expect(report.items).toEqual([{ kind: "received_webhook", id, order_id: null, outcome: "repaired" }])
      const [row] = (await dbConnection.raw(`SELECT outcome, order_id FROM payment_webhook_event WHERE id = ?`, [id])).rows
      expect(row).toEqual({ outcome: "forwarded", order_id: order.id })
      expect(await capturedAt(order.id)).toBeTruthy()
      await waitFor("the capture booked", async () => (await ledgerCount(order.id)) === 3, 15_000)
      await settle()
      expect((await runRepair(container(), NOW)).items).toEqual([])
    })

    test("processes a payment event marked forwarded whose processing was never queued: captured once", async () => {
      // The server marked the event forwarded and died before Medusa's route queued it; Xendit's
      // retry would be answered as a duplicate.
      const { order, stored } = await paidXenditOrder()
      const id = await stored("forwarded")
      await age(id)
      expect(await capturedAt(order.id)).toBeNull()

      const dry = await runRepair(container(), { ...NOW, dryRun: true })
      expect(dry.items).toEqual([{ kind: "unprocessed_webhook", id, order_id: order.id, outcome: "would_repair" }])
      expect(await capturedAt(order.id)).toBeNull()
      const report = await runRepair(container(), NOW)
      expect(report.items).toEqual([{ kind: "unprocessed_webhook", id, order_id: order.id, outcome: "repaired" }])
      expect(await capturedAt(order.id)).toBeTruthy()
      await waitFor("the capture booked", async () => (await ledgerCount(order.id)) === 3, 15_000)
      await settle()
      expect((await runRepair(container(), NOW)).items).toEqual([])
    })

    test("runs one repair at a time, and the script prints one parseable REPAIR_REPORT line", async () => {
      process.env[EVENTS_SWITCH] = "false"
      const order = await placeAB()
      await capture(order)
      await settle()

      const locking = getContainer().resolve("locking") as any
      await locking.acquire(REPAIR_LOCK_KEY, { ownerId: "another-worker", expire: 60 })
      try {
        expect(await runRepairExclusively(container(), NOW)).toBeNull()
        expect(await ledgerCount(order.id)).toBe(0)
      } finally {
        await locking.release(REPAIR_LOCK_KEY, { ownerId: "another-worker" })
      }

      const written: string[] = []
      const write = process.stdout.write.bind(process.stdout)
      process.stdout.write = ((chunk: any, ...rest: any[]) => {
        written.push(String(chunk))
        return write(chunk, ...rest)
      }) as typeof process.stdout.write
      process.env.REPAIR_OLDER_THAN_MS = "0"
      try {
        await repairScript.default({ container: container() } as any)
      } finally {
        process.stdout.write = write
        delete process.env.REPAIR_OLDER_THAN_MS
      }
      const lines = written.join("").split("\n").filter((line) => line.startsWith(repairScript.REPAIR_REPORT_PREFIX))
      expect(lines).toHaveLength(1)
      const parsed = JSON.parse(lines[0].slice(repairScript.REPAIR_REPORT_PREFIX.length))
      expect(parsed).toMatchObject({
        dry_run: false,
        found: { unbooked_payment: 1 },
        repaired: { unbooked_payment: 1 },
        failed: { unbooked_payment: 0 },
        items: [{ kind: "unbooked_payment", order_id: order.id, outcome: "repaired" }],
      })
      expect(Date.parse(parsed.finished_at)).toBeGreaterThanOrEqual(Date.parse(parsed.started_at))
      expect(await ledgerCount(order.id)).toBe(6)
    })
  },
})
