import { createRequire } from "node:module"
import path from "node:path"
import { Modules } from "@medusajs/framework/utils"
import sharp from "sharp"
import { extractText, getDocumentProxy } from "unpdf"
import { LAPAS, PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { appModule } from "../app"
import { defineSuite, demoSeed } from "../runner"
import { BUYER_ADDRESS, emailsTo, failureOf, loginAsMember, placeOrder, statusOf, waitFor, type Headers } from "../helpers"

// Medusa's workflows as the app loaded them, not a second copy through Vitest.
const { refundPaymentWorkflow } = createRequire(path.join(__dirname, "..", "..", "package.json"))(
  "@medusajs/medusa/core-flows"
) as typeof import("@medusajs/medusa/core-flows")
const { cancelUnpaidTransferOrders } = appModule<typeof import("../../src/jobs/cancel-unpaid-transfer-orders")>(
  "src/jobs/cancel-unpaid-transfer-orders"
)
const { loadOrderParts, readPartOrdersByGraph } = appModule<typeof import("../../src/lib/order-parts/parts")>("src/lib/order-parts/parts")

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
const productOf = (lapas: string) => PRODUCTS.find((p) => p.lapas === lapas)!
const lapasOf = (handle: string) => LAPAS.find((l) => l.handle === handle)!

async function pdfText(data: ArrayBuffer) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(data)), { mergePages: true })
  return text.replace(/\s+/g, " ")
}

/** The lapas's orders in the scoped API (/lapas-api/orders), as staff, finance and national members. */
export default defineSuite({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: SeedResult
    const as: Record<string, Headers> = {}
    const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })
    const variant: Record<string, string> = {}

    // Every order each test leaves (shipped, picked up, canceled whole or in part, refunded, …):
    // its parts read in SQL (loadPartOrders, what the app uses) equal those built from Medusa's
    // query.graph (readPartOrdersByGraph), totals included.
    afterEach(async () => {
      const { rows } = await dbConnection.raw(`SELECT id FROM "order" WHERE deleted_at IS NULL ORDER BY created_at`)
      const ids = rows.map((row: { id: string }) => row.id)
      const plain = (parts: Map<string, unknown>) => JSON.parse(JSON.stringify(ids.map((id: string) => parts.get(id) ?? null)))
      expect(plain(await loadOrderParts(getContainer(), ids))).toEqual(plain(await loadOrderParts(getContainer(), ids, readPartOrdersByGraph)))
    })

    beforeAll(async () => {
      seeded = demoSeed()
      as.national = await loginAsMember(api, "nasional@karyabinaan.test")
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${A}@karyabinaan.test`)
      as.staffB = await loginAsMember(api, `staff+${B}@karyabinaan.test`)
      for (const lapas of [A, B]) {
        const { data } = await api.get(`/store/products?handle=${productOf(lapas).handle}&fields=variants.id`, store())
        variant[lapas] = data.products[0].variants[0].id
      }
    })

    /** A bank-transfer order of 2 units from A and 1 from B, each lapas shipping by `kinds`. */
    async function placeTransferOrder(kinds: Record<string, "courier" | "pickup"> = {}, lines = { [A]: 2, [B]: 1 }) {
      const items = Object.entries(lines).map(([lapas, quantity]) => ({ variant_id: variant[lapas], quantity }))
      return (await placeOrder(api, seeded, items, { kinds })) as { id: string; display_id: number }
    }

    const orders = (path = "") => `/lapas-api/orders${path}`
    const partOf = async (orderId: string, who: Headers) => (await api.get(orders(`/${orderId}`), who)).data.parts[0]
    const summary = async (orderId: string) => (await api.get(`/store/orders/${orderId}/summary`, store())).data.order
    const confirm = (orderId: string, who: Headers, amount: number, extra: Record<string, unknown> = {}) =>
      api.post(orders(`/${orderId}/transfer-confirmations`), { amount, transferred_on: today(), ...extra }, who)
    const pack = (orderId: string, who: Headers, body: Record<string, unknown> = {}) =>
      api.post(orders(`/${orderId}/fulfillments`), body, who)
    const ship = (orderId: string, fulfillmentId: string, who: Headers, body: Record<string, unknown> = { courier: "JNE", resi: "JNE0012345678" }) =>
      api.post(orders(`/${orderId}/fulfillments/${fulfillmentId}/shipment`), body, who)
    const delivered = (orderId: string, fulfillmentId: string, who: Headers) =>
      api.post(orders(`/${orderId}/fulfillments/${fulfillmentId}/delivered`), {}, who)
    const pdf = async (orderId: string, kind: "packing-slip" | "shipping-label", who: Headers) => {
      const response: any = await api.get(orders(`/${orderId}/${kind}`), { ...who, responseType: "arraybuffer" })
      return { type: String(response.headers["content-type"]), text: await pdfText(response.data) }
    }

    /** A variant's units over its inventory levels: available (stocked − reserved) and reserved. */
    async function inventoryOf(variantId: string) {
      const { rows } = await dbConnection.raw(
        `SELECT COALESCE(SUM(il.stocked_quantity - il.reserved_quantity), 0)::int AS available,
                COALESCE(SUM(il.reserved_quantity), 0)::int AS reserved
           FROM product_variant_inventory_item pvii
           JOIN inventory_level il ON il.inventory_item_id = pvii.inventory_item_id AND il.deleted_at IS NULL
          WHERE pvii.variant_id = ? AND pvii.deleted_at IS NULL`,
        [variantId]
      )
      return rows[0] as { available: number; reserved: number }
    }
    const stockOf = async (variantId: string) => (await inventoryOf(variantId)).available
    async function fulfillmentCount(orderId: string) {
      const { rows } = await dbConnection.raw(`SELECT count(*)::int AS n FROM order_fulfillment WHERE order_id = ? AND deleted_at IS NULL`, [orderId])
      return rows[0].n as number
    }

    describe("a two-lapas order paid by bank transfer", () => {
      it("is confirmed and shipped by each lapas; the buyer sees shipped only once both have", async () => {
        const order = await placeTransferOrder()
        const partA = await partOf(order.id, as.staffA)
        const partB = await partOf(order.id, as.staffB)
        expect(partA).toMatchObject({ state: "awaiting_transfer", lapas: { handle: A }, payment_kind: "bank_transfer" })
        expect(partB).toMatchObject({ state: "awaiting_transfer", lapas: { handle: B } })
        const buyerStart = await summary(order.id)
        expect(buyerStart.progress).toBe("awaiting_payment")
        expect(buyerStart.payment.transfer.total).toBe(partA.transfer.expected_amount + partB.transfer.expected_amount)

        // The list shows the part under the transfer tab, with the counts per state and per tab.
        const { data: list } = await api.get(orders(`?tab=awaiting_transfer`), as.staffA)
        expect(list.parts.map((p: any) => p.order_id)).toContain(order.id)
        expect(list.parts.every((p: any) => p.lapas.handle === A && p.state === "awaiting_transfer")).toBe(true)
        expect(list.counts.awaiting_transfer).toBeGreaterThanOrEqual(1)
        expect(list.tab_counts.awaiting_transfer).toBe(list.count)
        const { data: found } = await api.get(orders(`?q=%23${order.display_id}`), as.staffA)
        expect(found.parts.map((p: any) => p.order_id)).toEqual([order.id])

        // A wrong amount or a day in the future is refused and nothing is captured.
        const wrong = await failureOf(confirm(order.id, as.staffA, partA.transfer.expected_amount - 1000))
        expect(wrong.status).toBe(400)
        expect(wrong.message).toMatch(/was asked to transfer Rp/)
        const future = await failureOf(confirm(order.id, as.staffA, partA.transfer.expected_amount, { transferred_on: "2099-01-01" }))
        expect(future.status).toBe(400)
        expect(future.message).toMatch(/in the future/)
        // Packing before the transfer is confirmed is refused.
        expect(await statusOf(pack(order.id, as.staffA))).toBe(400)

        // Finance of A confirms A's part with a photo of the receipt (multipart): captured in part.
        const photo = await sharp({ create: { width: 60, height: 40, channels: 3, background: "#2a6" } }).png().toBuffer()
        const form = new FormData()
        form.append("amount", String(partA.transfer.expected_amount))
        form.append("transferred_on", today())
        form.append("proof", new Blob([new Uint8Array(photo)], { type: "image/png" }), "bukti.png")
        const { data: confirmedA } = await api.post(orders(`/${order.id}/transfer-confirmations`), form, as.financeA)
        expect(confirmedA.part.state).toBe("to_pack")
        expect(confirmedA.part.transfer.confirmation).toMatchObject({ amount: partA.transfer.expected_amount, transferred_on: today() })
        expect(confirmedA.part.transfer.confirmation.proof_url).toMatch(/\.jpg$/)
        const again = await failureOf(confirm(order.id, as.staffA, partA.transfer.expected_amount))
        expect(again.status).toBe(400)
        expect(again.message).toMatch(/already confirmed/)
        const half = await summary(order.id)
        expect(half.progress).toBe("awaiting_payment")
        expect(half.payment.transfer.accounts).toHaveLength(1)
        expect(half.payment.transfer.total).toBe(partB.transfer.expected_amount)

        await confirm(order.id, as.staffB, partB.transfer.expected_amount)
        const paid = await summary(order.id)
        expect(paid.payment_status).toBe("captured")
        expect(paid.progress).toBe("processing")
        expect(paid.payment.transfer).toBeNull()
        expect(paid.timeline.map((e: any) => e.key)).toEqual(["placed", "paid"])

        // Each lapas packs and ships its own part.
        const { data: packedA } = await pack(order.id, as.staffA)
        expect(packedA.part.state).toBe("to_ship")
        const fulfilmentA = packedA.part.fulfilments[0].id
        const badResi = await failureOf(ship(order.id, fulfilmentA, as.staffA, { courier: "JNE", resi: "#" }))
        expect(badResi.status).toBe(400)
        expect(badResi.message).toMatch(/resi/)
        // Couriers are a list: an unknown one is a 400 naming the codes to choose from.
        const unknownCourier = await failureOf(ship(order.id, fulfilmentA, as.staffA, { courier: "Kurir Kilat", resi: "KK0012345678" }))
        expect(unknownCourier.status).toBe(400)
        expect(unknownCourier.message).toContain("jne (JNE), jnt (J&T Express), sicepat (SiCepat)")
        expect((await partOf(order.id, as.staffA)).fulfilments[0].shipped_at).toBeNull()
        // The part tells which courier the buyer chose: the courier of the chosen option.
        const { rows: optionRows } = await dbConnection.raw(`SELECT data FROM shipping_option WHERE id = ?`, [partA.shipping.option_id])
        expect(optionRows[0].data.courier).toMatch(/^[a-z]+$/)
        expect(packedA.part).toMatchObject({ chosen_courier: optionRows[0].data.courier, chosen_service: optionRows[0].data.service })

        const jneTracking = "https://www.jne.co.id/tracking-package?awb=JNE0012345678"
        const { data: shippedA } = await ship(order.id, fulfilmentA, as.staffA, { courier: "jne", resi: "JNE0012345678" })
        expect(shippedA.part.state).toBe("shipped")
        expect(shippedA.part.fulfilments[0]).toMatchObject({
          courier: "jne",
          courier_name: "JNE",
          resi: "JNE0012345678",
          tracking_url: jneTracking,
        })
        const { rows: labelRows } = await dbConnection.raw(
          `SELECT tracking_number, tracking_url FROM fulfillment_label WHERE fulfillment_id = ? AND deleted_at IS NULL`,
          [fulfilmentA]
        )
        expect(labelRows).toEqual([{ tracking_number: "JNE0012345678", tracking_url: jneTracking }])

        const partly = await summary(order.id)
        expect(partly.progress).toBe("partially_shipped")
        const groupA = partly.groups.find((g: any) => g.lapas.handle === A)
        expect(groupA.progress).toMatchObject({ state: "shipped", courier: "JNE", resi: "JNE0012345678" })
        expect(groupA.progress.shipments).toEqual([
          { courier: "jne", courier_name: "JNE", resi: "JNE0012345678", tracking_url: jneTracking, shipped_at: expect.any(String) },
        ])
        expect(partly.timeline.find((e: any) => e.key === "shipped")).toMatchObject({ courier: "JNE", tracking_url: jneTracking })

        // The buyer's e-mail names the courier and links the resi to its tracking page.
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const shippedMail = await waitFor(
          "the shipped e-mail",
          async () =>
            ((await notifications.listNotifications({ to: partly.email, channel: "email" } as object)) as any[]).find(
              (row) => row.provider_data?.content?.subject === `Pesanan #${order.display_id} dikirim`
            ),
          20_000
        )
        expect(shippedMail.provider_data.content.text).toContain(`Kurir: JNE\nNomor resi: JNE0012345678`)
        expect(shippedMail.provider_data.content.text).toContain(`Lacak paket di JNE: ${jneTracking}`)
        expect(shippedMail.provider_data.content.html).toContain(
          `<a href="${jneTracking}" target="_blank" rel="noopener noreferrer"`
        )
        expect(partly.groups.find((g: any) => g.lapas.handle === B).progress.state).toBe("processing")

        const { data: packedB } = await pack(order.id, as.staffB)
        await ship(order.id, packedB.part.fulfilments[0].id, as.staffB, { courier: "SiCepat", resi: "SCP998877665" })
        const shipped = await summary(order.id)
        expect(shipped.progress).toBe("shipped")
        expect(shipped.timeline.filter((e: any) => e.key === "shipped").map((e: any) => e.resi).sort()).toEqual([
          "JNE0012345678",
          "SCP998877665",
        ])

        // Delivered once both packages arrived.
        await delivered(order.id, fulfilmentA, as.staffA)
        expect((await summary(order.id)).progress).toBe("shipped")
        await delivered(order.id, packedB.part.fulfilments[0].id, as.staffB)
        expect((await summary(order.id)).progress).toBe("delivered")

        // A's history, in order.
        const detail = await partOf(order.id, as.staffA)
        expect(detail.timeline.map((e: any) => e.key)).toEqual(["placed", "transfer_confirmed", "packed", "shipped", "delivered"])
        expect(detail.timeline.find((e: any) => e.key === "shipped")).toMatchObject({
          courier: "jne",
          courier_name: "JNE",
          tracking_url: jneTracking,
          resi: "JNE0012345678",
        })
        const { data: done } = await api.get(orders(`?tab=done`), as.staffA)
        expect(done.parts.map((p: any) => p.order_id)).toContain(order.id)
      })

      it("shows each lapas only its own part: its lines, amounts and the buyer's address, never the other's or the grand total", async () => {
        const order = await placeTransferOrder()
        const { data } = await api.get(orders(`/${order.id}`), as.staffA)
        expect(data.parts).toHaveLength(1)
        const part = data.parts[0]
        expect(part.lapas.handle).toBe(A)
        expect(part.items.map((i: any) => i.title)).toEqual([productOf(A).title])
        expect(part.total).toBe(part.items[0].total + (part.shipping?.amount ?? 0))
        expect(part.shipping_address).toMatchObject({
          name: `${BUYER_ADDRESS.first_name} ${BUYER_ADDRESS.last_name}`,
          phone: BUYER_ADDRESS.phone,
          address_1: BUYER_ADDRESS.address_1,
          district: BUYER_ADDRESS.address_2,
          city: BUYER_ADDRESS.city,
          postal_code: BUYER_ADDRESS.postal_code,
        })
        const text = JSON.stringify(data)
        expect(text).not.toContain(productOf(B).title)
        const partB = await partOf(order.id, as.staffB)
        expect(text).not.toContain(partB.items[0].id)
        // National members see both parts, or one lapas's.
        const { data: all } = await api.get(orders(`/${order.id}`), as.national)
        expect(all.parts.map((p: any) => p.lapas.handle).sort()).toEqual([A, B].sort())
        const { data: onlyB } = await api.get(orders(`/${order.id}?lapas_id=${all.parts.find((p: any) => p.lapas.handle === B).lapas.id}`), as.national)
        expect(onlyB.parts.map((p: any) => p.lapas.handle)).toEqual([B])
      })

      it("refuses another lapas's ids anywhere in the request with a 404, and writes nothing", async () => {
        const order = await placeTransferOrder()
        const partA = await partOf(order.id, as.staffA)
        const partB = await partOf(order.id, as.staffB)
        const lapasB = partB.lapas.id

        // B's lapas named in A's confirmation: 404, A's part stays unconfirmed.
        const named = await failureOf(confirm(order.id, as.staffA, partA.transfer.expected_amount, { lapas_id: lapasB }))
        expect(named).toMatchObject({ status: 404 })
        expect(named.message).toContain(lapasB)
        expect((await partOf(order.id, as.staffA)).transfer.confirmation).toBeNull()
        expect((await partOf(order.id, as.staffB)).transfer.confirmation).toBeNull()

        await confirm(order.id, as.staffA, partA.transfer.expected_amount)
        await confirm(order.id, as.staffB, partB.transfer.expected_amount)

        // B's line in A's pack request: 404, nothing packed (also with one of A's own lines beside it).
        const lineB = partB.items[0].id
        const foreignLine = await failureOf(pack(order.id, as.staffA, { items: [{ id: partA.items[0].id, quantity: 1 }, { id: lineB, quantity: 1 }] }))
        expect(foreignLine.status).toBe(404)
        expect(foreignLine.message).toContain(lineB)
        expect(await fulfillmentCount(order.id)).toBe(0)
        expect(await statusOf(pack(order.id, as.staffA, { lapas_id: lapasB }))).toBe(404)
        expect(await fulfillmentCount(order.id)).toBe(0)

        // A packs one of its two units, then the other: two packages.
        const { data: first } = await pack(order.id, as.staffA, { items: [{ id: partA.items[0].id, quantity: 1 }] })
        expect(first.part.state).toBe("to_pack")
        const tooMany = await failureOf(pack(order.id, as.staffA, { items: [{ id: partA.items[0].id, quantity: 5 }] }))
        expect(tooMany.status).toBe(400)
        expect(tooMany.message).toMatch(/left to pack/)
        const { data: packedA } = await pack(order.id, as.staffA)
        expect(packedA.part.state).toBe("to_ship")
        const { data: packedB } = await pack(order.id, as.staffB)
        const fulfillmentB = packedB.part.fulfilments[0].id

        // B's fulfillment under A's order path (the shared order) and under an order of A alone: 404, not shipped.
        const ownOrder = await placeTransferOrder({}, { [A]: 1 })
        for (const orderId of [order.id, ownOrder.id]) {
          const shipped = await failureOf(ship(orderId, fulfillmentB, as.staffA))
          expect(shipped.status).toBe(404)
          expect(shipped.message).toContain(fulfillmentB)
          expect(await statusOf(delivered(orderId, fulfillmentB, as.staffA))).toBe(404)
        }
        const stillB = await partOf(order.id, as.staffB)
        expect(stillB.state).toBe("to_ship")
        expect(stillB.fulfilments[0]).toMatchObject({ shipped_at: null, resi: null })

        // B's documents are not A's to print; the list does not take B's lapas.
        expect(await statusOf(api.get(orders(`/${order.id}/packing-slip?lapas_id=${lapasB}`), as.staffA))).toBe(404)
        const listB = await failureOf(api.get(orders(`?lapas_id=${lapasB}`), as.staffA))
        expect(listB.status).toBe(404)
        expect(listB.message).toContain(lapasB)

        // An order of B alone is not found for A, whatever A does with it.
        const onlyB = await placeTransferOrder({}, { [B]: 1 })
        for (const request of [
          () => api.get(orders(`/${onlyB.id}`), as.staffA),
          () => api.get(orders(`/${onlyB.id}/packing-slip`), as.staffA),
          () => api.get(orders(`/${onlyB.id}/shipping-label`), as.staffA),
          () => confirm(onlyB.id, as.staffA, 1000),
          () => pack(onlyB.id, as.staffA),
          () => api.post(orders(`/${onlyB.id}/cancel`), { reason: "Stok habis" }, as.staffA),
        ]) {
          const refused = await failureOf(request())
          expect(refused.status).toBe(404)
          expect(refused.message).toContain(onlyB.id)
        }
        expect((await partOf(onlyB.id, as.staffB)).state).toBe("awaiting_transfer")
        const { data: listA } = await api.get(orders(), as.staffA)
        expect(listA.parts.map((p: any) => p.order_id)).not.toContain(onlyB.id)
        // A national member naming a lapas that does not exist.
        expect(await statusOf(api.get(orders(`?lapas_id=lapas_tidak_ada`), as.national))).toBe(404)

        // A lapas cancels its own part of an order another lapas has items in (its package unpacked
        // first); the other lapas's part is untouched. Nothing of B's is canceled by A.
        const { data: canceledA } = await api.post(orders(`/${order.id}/cancel`), { reason: "Stok habis" }, as.staffA)
        expect(canceledA.parts).toHaveLength(1)
        expect(canceledA.parts[0]).toMatchObject({ state: "canceled", part_cancellation: { cause: "member", reason: "Stok habis" } })
        expect((await partOf(order.id, as.staffB)).state).toBe("to_ship")
        // Not before any part of a bank-transfer order is paid: the whole order is the national office's then.
        const unpaid = await placeTransferOrder()
        const refusedPart = await failureOf(api.post(orders(`/${unpaid.id}/cancel`), { reason: "Stok habis" }, as.staffA))
        expect(refusedPart.status).toBe(400)
        expect(refusedPart.message).toMatch(/No part of order #\d+ is paid yet/)
      })

      it("keeps roles and input in line: finance confirms but does not pack, bad input is a 400 that says what to fix", async () => {
        const order = await placeTransferOrder({}, { [A]: 1 })
        const part = await partOf(order.id, as.financeA)
        for (const request of [
          () => pack(order.id, as.financeA),
          () => ship(order.id, "ful_x", as.financeA),
          () => delivered(order.id, "ful_x", as.financeA),
          () => api.post(orders(`/${order.id}/cancel`), { reason: "Stok habis" }, as.financeA),
          () => api.get(orders(`/${order.id}/packing-slip`), as.financeA),
          () => api.get(orders(`/${order.id}/shipping-label`), as.financeA),
        ]) {
          const refused = await failureOf(request())
          expect(refused.status).toBe(403)
          expect(refused.message).toMatch(/lapas staff/)
        }
        const cases: [() => Promise<unknown>, RegExp][] = [
          [() => confirm(order.id, as.staffA, part.transfer.expected_amount, { proof_url: "http://x/y.jpg" }), /proof_url/],
          [() => confirm(order.id, as.staffA, 12.5), /amount/],
          [() => confirm(order.id, as.staffA, part.transfer.expected_amount, { transferred_on: "2026-02-30" }), /calendar date/],
          [() => pack(order.id, as.staffA, { items: [{ id: "x", quantity: 0 }] }), /quantity/],
          [() => pack(order.id, as.staffA, { everything: true }), /everything/],
          [() => api.post(orders(`/${order.id}/cancel`), {}, as.staffA), /reason/],
          [() => api.get(orders(`?state=lost`), as.staffA), /state/],
          [() => api.get(orders(`?q=abc`), as.staffA), /order number/],
          [() => api.get(orders(`?fields=total`), as.staffA), /fields/],
          [() => api.get(orders(`/${order.id}?fields=*items`), as.staffA), /fields/],
          [() => api.get(orders(`/${order.id}?sort=1`), as.staffA), /sort/],
        ]
        for (const [request, message] of cases) {
          const refused = await failureOf(request())
          expect(refused.status).toBe(400)
          expect(refused.message).toMatch(message)
        }
        expect((await partOf(order.id, as.staffA)).transfer.confirmation).toBeNull()
        // A member's token is no key to Medusa's own order routes.
        expect(await statusOf(api.get(`/admin/orders/${order.id}/line-items`, as.staffA))).toBe(401)
        expect(await statusOf(api.get(`/admin/orders/${order.id}?fields=total`, as.staffA))).toBe(401)
      })

      it("prints the packing slip and the shipping label of the caller's part", async () => {
        const order = await placeTransferOrder()
        const partA = await partOf(order.id, as.staffA)
        await confirm(order.id, as.staffA, partA.transfer.expected_amount)
        const { data: packed } = await pack(order.id, as.staffA)
        const lapasA = lapasOf(A)

        const slip = await pdf(order.id, "packing-slip", as.staffA)
        expect(slip.type).toBe("application/pdf")
        expect(slip.text).toContain("DAFTAR ISI PAKET")
        expect(slip.text).toContain(lapasA.name)
        expect(slip.text).toContain(`Pesanan #${order.display_id}`)
        expect(slip.text).toMatch(/Tanggal pesanan: \d{1,2} \w+ \d{4} \d{2}\.\d{2} WIB/)
        expect(slip.text).toContain(`${BUYER_ADDRESS.first_name} ${BUYER_ADDRESS.last_name}`)
        expect(slip.text).toContain(BUYER_ADDRESS.address_1)
        expect(slip.text).toContain(`Kec. ${BUYER_ADDRESS.address_2}`)
        expect(slip.text).toContain(productOf(A).title)
        expect(slip.text).toContain("Jumlah barang 2")
        expect(slip.text).not.toContain(productOf(B).title)
        expect(slip.text).not.toMatch(/Rp\s?\d/)

        const before = await pdf(order.id, "shipping-label", as.staffA)
        expect(before.type).toBe("application/pdf")
        expect(before.text).toContain("PENERIMA")
        expect(before.text).toContain(BUYER_ADDRESS.phone)
        expect(before.text).toContain(BUYER_ADDRESS.postal_code)
        expect(before.text).toContain("PENGIRIM")
        expect(before.text).toContain(lapasA.name)
        expect(before.text).toContain(lapasA.address)
        expect(before.text).toContain(`Pesanan #${order.display_id}`)
        expect(before.text).toContain("Resi: diisi saat diserahkan ke kurir")

        await ship(order.id, packed.part.fulfilments[0].id, as.staffA, { courier: "JNE", resi: "JNE0099887766" })
        const after = await pdf(order.id, "shipping-label", as.staffA)
        expect(after.text).toContain("Kurir: JNE")
        expect(after.text).toContain("Resi: JNE0099887766")

        // National members name the lapas of a two-lapas order.
        const ask = await failureOf(api.get(orders(`/${order.id}/packing-slip`), as.national))
        expect(ask.status).toBe(400)
        expect(ask.message).toMatch(/lapas_id/)
        const { data: slipB } = await api.get(orders(`/${order.id}/packing-slip?lapas_id=${(await partOf(order.id, as.staffB)).lapas.id}`), {
          ...as.national,
          responseType: "arraybuffer",
        })
        const textB = await pdfText(slipB)
        expect(textB).toContain(productOf(B).title)
        expect(textB).not.toContain(productOf(A).title)
      })

      it("hands a pickup part over at the lapas: ready for pickup, then picked up", async () => {
        const order = await placeTransferOrder({ [B]: "pickup" }, { [B]: 1 })
        const part = await partOf(order.id, as.staffB)
        expect(part.shipping.kind).toBe("pickup")
        await confirm(order.id, as.staffB, part.transfer.expected_amount)
        const { data: ready } = await pack(order.id, as.staffB)
        expect(ready.part.state).toBe("ready_for_pickup")
        const { data: tab } = await api.get(orders(`?tab=ready`), as.staffB)
        expect(tab.parts.map((p: any) => p.order_id)).toContain(order.id)
        expect((await summary(order.id)).progress).toBe("shipped")
        const fulfilment = ready.part.fulfilments[0].id
        expect(await statusOf(ship(order.id, fulfilment, as.staffB))).toBe(400)
        const label = await pdf(order.id, "shipping-label", as.staffB)
        expect(label.text).toContain("AMBIL DI LAPAS")
        const { data: done } = await delivered(order.id, fulfilment, as.staffB)
        expect(done.part.state).toBe("picked_up")
        const buyer = await summary(order.id)
        expect(buyer.progress).toBe("delivered")
        expect(buyer.timeline.map((e: any) => e.key)).toEqual(["placed", "paid", "ready_for_pickup", "picked_up"])
        expect((await partOf(order.id, as.staffB)).timeline.map((e: any) => e.key)).toEqual([
          "placed",
          "transfer_confirmed",
          "ready_for_pickup",
          "picked_up",
        ])
      })

      it("is canceled by the lapas before shipping, with a reason: stock back, payment refunded", async () => {
        const order = await placeTransferOrder({}, { [A]: 2 })
        const before = await stockOf(variant[A])
        const part = await partOf(order.id, as.staffA)
        await confirm(order.id, as.staffA, part.transfer.expected_amount)
        await pack(order.id, as.staffA)
        const { data } = await api.post(orders(`/${order.id}/cancel`), { reason: "Stok rusak saat dikemas" }, as.staffA)
        expect(data.parts[0].state).toBe("canceled")
        expect(await stockOf(variant[A])).toBe(before + 2)
        const detail = await partOf(order.id, as.staffA)
        expect(detail.cancel_reason).toBe("Stok rusak saat dikemas")
        expect(detail.timeline.at(-1)).toMatchObject({ key: "canceled", reason: "Stok rusak saat dikemas" })
        const again = await failureOf(api.post(orders(`/${order.id}/cancel`), { reason: "Stok habis" }, as.staffA))
        expect(again.status).toBe(400)
        expect(again.message).toMatch(/already canceled/)
        const buyer = await summary(order.id)
        expect(buyer.progress).toBe("canceled")
        expect(buyer.timeline.map((e: any) => e.key)).toEqual(expect.arrayContaining(["canceled", "refunded"]))
        // The refund reverses the booked shares: the order's shares sum to zero.
        await waitFor(
          "the refund's reversing ledger entries",
          async () => {
            const { rows } = await dbConnection.raw(
              `SELECT count(*)::int AS n, COALESCE(SUM(amount), 0)::bigint AS total FROM share_ledger_entry WHERE order_id = ?`,
              [order.id]
            )
            return rows[0].n > 3 && Number(rows[0].total) === 0
          },
          15_000
        )
      })
    })

    describe("unpaid bank-transfer orders", () => {
      it("are canceled by the job after the due time, and their stock is available again", async () => {
        const before = await stockOf(variant[A])
        const order = await placeTransferOrder({}, { [A]: 3 })
        expect(await stockOf(variant[A])).toBe(before - 3)
        const container = getContainer()
        // Not yet due: nothing happens.
        expect((await cancelUnpaidTransferOrders(container, new Date(Date.now() + 23 * 3_600_000), 24)).orders).toEqual([])
        expect((await summary(order.id)).progress).toBe("awaiting_payment")
        // A confirmed order is never canceled by the job.
        const paidOrder = await placeTransferOrder({}, { [B]: 1 })
        const paidPart = await partOf(paidOrder.id, as.staffB)
        await confirm(paidOrder.id, as.staffB, paidPart.transfer.expected_amount)

        const canceled = await cancelUnpaidTransferOrders(container, new Date(Date.now() + 25 * 3_600_000), 24)
        expect(canceled.orders).toEqual([order.id])
        expect((await summary(order.id)).progress).toBe("canceled")
        expect((await summary(paidOrder.id)).progress).toBe("processing")
        expect(await stockOf(variant[A])).toBe(before)
        // A second run finds nothing more to do.
        expect((await cancelUnpaidTransferOrders(container, new Date(Date.now() + 26 * 3_600_000), 24)).orders).toEqual([])
      })

      const reservedOf = async (variantId: string) => (await inventoryOf(variantId)).reserved
      async function orderRows(orderId: string) {
        const query = getContainer().resolve("query") as any
        const { data } = await query.graph({
          entity: "order",
          fields: ["id", "email", "items.id", "items.variant_id", "shipping_methods.id", "payment_collections.payments.id"],
          filters: { id: orderId },
        })
        return data[0]
      }
      async function ledgerOf(orderId: string) {
        const { rows } = await dbConnection.raw(
          `SELECT line_item_id, account, kind, amount::text AS amount FROM share_ledger_entry WHERE order_id = ? ORDER BY created_at, id`,
          [orderId]
        )
        return rows as { line_item_id: string; account: string; kind: string; amount: string }[]
      }
      /** What each line's account nets to, by "line:account". */
      const netPerLineAccount = (entries: { line_item_id: string; account: string; amount: string }[]) => {
        const net = new Map<string, bigint>()
        for (const e of entries) net.set(`${e.line_item_id}:${e.account}`, (net.get(`${e.line_item_id}:${e.account}`) ?? 0n) + BigInt(e.amount))
        return net
      }
      const tabOf = async (orderId: string, who: Headers) => {
        const { data } = await api.get(orders(`?q=${(await summary(orderId)).display_id}`), who)
        return data
      }

      it("cancel only the unpaid part of an order another lapas confirmed; the paid part goes on, refunded later", async () => {
        const container = getContainer()
        const order = await placeTransferOrder({}, { [A]: 2, [B]: 1 })
        const partA = await partOf(order.id, as.staffA)
        const partB = await partOf(order.id, as.staffB)
        const reservedB = await reservedOf(variant[B])
        const itemsA = partA.items.map((i: any) => i.id)
        await confirm(order.id, as.staffA, partA.transfer.expected_amount)

        // A's part is booked the moment A confirms it: three shares per line of A, none of B.
        const bookedA = await waitFor(
          "A's part booked",
          async () => {
            const entries = await ledgerOf(order.id)
            return entries.length === itemsA.length * 3 && entries
          },
          15_000
        )
        expect(bookedA.every((e) => e.kind === "sale" && itemsA.includes(e.line_item_id))).toBe(true)

        const run = await cancelUnpaidTransferOrders(container, new Date(Date.now() + 25 * 3_600_000), 24)
        expect(run.orders).not.toContain(order.id)
        expect(run.parts).toContainEqual({ order_id: order.id, lapas_id: partB.lapas.id })

        // B's part: canceled for non-payment, its line and shipping out of the order, its stock free.
        const b = await partOf(order.id, as.staffB)
        expect(b.state).toBe("canceled")
        expect(b.part_cancellation).toMatchObject({ cause: "unpaid", refunded_amount: 0 })
        expect(b.items.map((i: any) => i.id)).toEqual(partB.items.map((i: any) => i.id))
        const rows = await orderRows(order.id)
        expect(rows.items.map((i: any) => i.id).sort()).toEqual([...itemsA].sort())
        expect(rows.shipping_methods).toHaveLength(1)
        expect(await reservedOf(variant[B])).toBe(reservedB - 1)
        // The cancellation books nothing: the ledger is still the split of A's lines.
        expect(await ledgerOf(order.id)).toEqual(bookedA)
        const { rows: reservations } = await dbConnection.raw(
          `SELECT count(*)::int AS n FROM reservation_item WHERE line_item_id = ANY(?) AND deleted_at IS NULL`,
          [partB.items.map((i: any) => i.id)]
        )
        expect(reservations[0].n).toBe(0)
        // A's part goes on untouched.
        const a = await partOf(order.id, as.staffA)
        expect(a.state).toBe("to_pack")
        expect(a.items.map((i: any) => i.quantity)).toEqual(partA.items.map((i: any) => i.quantity))
        // The buyer sees which part went and why, and is told by e-mail, naming B's part.
        const buyer = await summary(order.id)
        expect(buyer.progress).toBe("processing")
        const groupB = buyer.groups.find((g: any) => g.lapas?.id === partB.lapas.id)
        expect(groupB.progress).toMatchObject({ state: "canceled", cancellation: { cause: "unpaid" } })
        expect(buyer.payment.transfer).toBeNull()
        const mail = await waitFor(
          "the part-canceled e-mail",
          async () => (await emailsTo(container, rows.email)).find((m) => m.template === "part-canceled" && m.subject.includes(`#${order.display_id}`)),
          15_000
        )
        expect(mail.subject).toContain(partB.lapas.name)
        expect(mail.text).toContain("belum kami terima")
        expect(mail.text).toContain(`Bagian ${partA.lapas.name}: diproses`)

        // A second run changes nothing.
        const again = await cancelUnpaidTransferOrders(container, new Date(Date.now() + 26 * 3_600_000), 24)
        expect(again.parts.filter((p) => p.order_id === order.id)).toEqual([])
        expect((await partOf(order.id, as.staffA)).state).toBe("to_pack")
        expect((await emailsTo(container, rows.email)).filter((m) => m.template === "part-canceled" && m.subject.includes(`#${order.display_id}`))).toHaveLength(1)

        // A refunded in full: its part is refunded and leaves every action tab.
        await refundPaymentWorkflow(container).run({
          input: { payment_id: rows.payment_collections[0].payments[0].id, amount: partA.transfer.expected_amount },
        })
        const refunded = await partOf(order.id, as.staffA)
        expect(refunded.state).toBe("refunded")
        expect(refunded.refunded_amount).toBe(partA.transfer.expected_amount)
        const list = await tabOf(order.id, as.staffA)
        expect(list.tab_counts).toMatchObject({ awaiting_transfer: 0, to_pack: 0, ready: 0, canceled: 1 })
        expect((await summary(order.id)).progress).toBe("refunded")

        // The ledger of the order holds A's lines only, and A's refund nets each of their accounts to 0.
        const ledger = await waitFor(
          "the refund of A's part reversed",
          async () => {
            const entries = await ledgerOf(order.id)
            return entries.some((e) => e.kind === "refund") && entries
          },
          15_000
        )
        expect([...new Set(ledger.map((e) => e.line_item_id))].sort()).toEqual([...itemsA].sort())
        for (const [, net] of netPerLineAccount(ledger)) expect(net).toBe(0n)
      })

      it("shows a partial refund on the part, and a fully refunded order in no action tab", async () => {
        const container = getContainer()
        const order = await placeTransferOrder({}, { [A]: 2 })
        const part = await partOf(order.id, as.staffA)
        await confirm(order.id, as.staffA, part.transfer.expected_amount)
        const paymentId = (await orderRows(order.id)).payment_collections[0].payments[0].id
        await refundPaymentWorkflow(container).run({ input: { payment_id: paymentId, amount: 10_000 } })
        const partly = await partOf(order.id, as.staffA)
        expect(partly).toMatchObject({ state: "to_pack", refunded_amount: 10_000 })
        await refundPaymentWorkflow(container).run({
          input: { payment_id: paymentId, amount: part.transfer.expected_amount - 10_000 },
        })
        expect((await partOf(order.id, as.staffA)).state).toBe("refunded")
        const list = await tabOf(order.id, as.staffA)
        expect(list.counts).toMatchObject({ awaiting_transfer: 0, to_pack: 0, to_ship: 0, ready_for_pickup: 0 })
        expect(list.tab_counts.canceled).toBe(1)
      })

      it("lets staff cancel their own part of a paid multi-lapas order, with the reason and a refund", async () => {
        const container = getContainer()
        const order = await placeTransferOrder({}, { [A]: 1, [B]: 1 })
        const partA = await partOf(order.id, as.staffA)
        const partB = await partOf(order.id, as.staffB)
        await confirm(order.id, as.staffA, partA.transfer.expected_amount)
        await confirm(order.id, as.staffB, partB.transfer.expected_amount)
        const before = await stockOf(variant[B])
        const { data } = await api.post(orders(`/${order.id}/cancel`), { reason: "Stok rusak saat dikemas" }, as.staffB)
        expect(data.parts[0]).toMatchObject({
          state: "canceled",
          part_cancellation: { cause: "member", reason: "Stok rusak saat dikemas", refunded_amount: partB.transfer.expected_amount },
        })
        expect(await stockOf(variant[B])).toBe(before + 1)
        expect((await partOf(order.id, as.staffA)).state).toBe("to_pack")
        // B's refund (its line and its shipping) reverses B's line to 0 and nothing of A's.
        const itemA = partA.items[0].id
        const ledger = await ledgerOf(order.id)
        const saleA = ledger.filter((e) => e.line_item_id === itemA && e.kind === "sale")
        expect(saleA).toHaveLength(3)
        expect(ledger.filter((e) => e.kind === "refund").every((e) => e.line_item_id === partB.items[0].id)).toBe(true)
        for (const [key, net] of netPerLineAccount(ledger)) {
          const [line, account] = key.split(":")
          expect(net).toBe(line === itemA ? BigInt(saleA.find((e) => e.account === account)!.amount) : 0n)
        }
        const mail = await waitFor(
          "the part-canceled e-mail",
          async () => (await emailsTo(container, (await orderRows(order.id)).email)).find((m) => m.template === "part-canceled" && m.subject.includes(`#${order.display_id}`)),
          15_000
        )
        expect(mail.text).toContain("Stok rusak saat dikemas")
      })
    })

    describe("the list's state rows (paged in SQL)", () => {
      const lists = appModule<typeof import("../../src/lib/order-parts/lapas-orders")>("src/lib/order-parts/lapas-orders")
      const states = appModule<typeof import("../../src/lib/order-parts/part-states")>("src/lib/order-parts/part-states")
      const lapasIdOf = async (handle: string) =>
        (await dbConnection.raw(`SELECT id FROM lapas WHERE handle = ?`, [handle])).rows[0].id as string

      /** The route's answer against the list computed in memory from every order, as before the rows. */
      async function expectSameAsInMemory(who: Headers, lapasId: string | null, query: Record<string, string | number>) {
        const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))
        const { data } = await api.get(orders(`?${params}`), who)
        const limit = Number(query.limit ?? 20)
        const offset = Number(query.offset ?? 0)
        const filter = {
          state: query.state as any,
          tab: query.tab as any,
          q: query.q === undefined ? undefined : Number(query.q),
        }
        const expected = await lists.listPartsInMemory(getContainer(), lapasId, filter, { limit, offset })
        expect(data, `${JSON.stringify(query)} as ${lapasId ?? "national"}`).toEqual(JSON.parse(JSON.stringify(expected)))
        return data
      }

      it("pages, filters and counts as the in-memory list did, for both roles, and follows each state change", async () => {
        const idA = await lapasIdOf(A)
        const idB = await lapasIdOf(B)
        const both = await placeTransferOrder()
        const pickupA = await placeTransferOrder({ [A]: "pickup" }, { [A]: 1 })
        const onlyB = await placeTransferOrder({}, { [B]: 1 })
        const partA = await partOf(both.id, as.staffA)
        await confirm(both.id, as.staffA, partA.transfer.expected_amount)

        const compareAll = async () => {
          for (const query of [{}, { tab: "canceled" }, { state: "awaiting_transfer" }, { q: both.display_id }, { limit: 1, offset: 1 }]) {
            await expectSameAsInMemory(as.staffA, idA, query)
          }
          for (const query of [{}, { tab: "shipped" }, { limit: 2, offset: 1 }]) {
            await expectSameAsInMemory(as.national, null, query)
          }
          await expectSameAsInMemory(as.national, idB, { lapas_id: idB, tab: "awaiting_transfer" })
          await expectSameAsInMemory(as.staffB, idB, { q: onlyB.display_id })
        }
        const before = (await api.get(orders(), as.staffA)).data
        const ours = (list: any) =>
          list.parts.filter((p: any) => [both.id, pickupA.id, onlyB.id].includes(p.order_id)).map((p: any) => [p.order_id, p.state])
        expect(ours(before)).toEqual([[pickupA.id, "awaiting_transfer"], [both.id, "to_pack"]])

        // Packed and shipped: A's part leaves "to pack" for "shipped", in the counts and the tabs.
        const { data: packed } = await pack(both.id, as.staffA)
        await ship(both.id, packed.part.fulfilments[0].id, as.staffA, { courier: "jne", resi: "JNE0012345678" })
        const shipped = (await api.get(orders("?tab=shipped"), as.staffA)).data
        expect(ours(shipped)).toEqual([[both.id, "shipped"]])
        expect(shipped.tab_counts).toMatchObject({ to_pack: before.tab_counts.to_pack - 1, shipped: before.tab_counts.shipped + 1 })
        expect(shipped.counts.to_pack).toBe(before.counts.to_pack - 1)

        // Canceled: the pickup order moves to the canceled tab.
        await api.post(orders(`/${pickupA.id}/cancel`), { reason: "Stok habis" }, as.staffA)
        const canceled = (await api.get(orders("?tab=canceled"), as.staffA)).data
        expect(ours(canceled)).toEqual([[pickupA.id, "canceled"]])
        expect(canceled.counts.awaiting_transfer).toBe(before.counts.awaiting_transfer - 1)
        await compareAll()
      })

      it("mends a stale row: the backstop finds and refreshes it, and a page that shows it writes it right", async () => {
        const order = await placeTransferOrder({}, { [A]: 1 })
        const rowOf = async () =>
          (await dbConnection.raw(`SELECT state, tab FROM order_part_state WHERE order_id = ?`, [order.id])).rows
        // The order.placed subscriber writes the part's row.
        await waitFor("the placed order's state row", async () => (await rowOf()).length > 0, 15_000)
        expect(await rowOf()).toEqual([{ state: "awaiting_transfer", tab: "awaiting_transfer" }])
        // A lost event: the row says delivered and was written before the order's last change.
        const spoil = () =>
          dbConnection.raw(
            `UPDATE order_part_state SET state = 'delivered', tab = 'done', updated_at = '2000-01-01' WHERE order_id = ?`,
            [order.id]
          )
        await spoil()
        expect(await states.staleOrderPartOrderIds(getContainer())).toContain(order.id)
        expect(await states.repairOrderPartStates(getContainer())).toMatchObject({ rebuilt: false })
        expect(await rowOf()).toEqual([{ state: "awaiting_transfer", tab: "awaiting_transfer" }])
        expect(await states.staleOrderPartOrderIds(getContainer())).not.toContain(order.id)

        // Spoiled again, the "done" tab would list it: the list sees the part's own state, rewrites the row and reads again.
        await spoil()
        const { data } = await api.get(orders("?tab=done"), as.staffA)
        expect(data.parts.map((p: any) => p.order_id)).not.toContain(order.id)
        expect(data.tab_counts.done).toBe(data.count)
        expect(await rowOf()).toEqual([{ state: "awaiting_transfer", tab: "awaiting_transfer" }])
        expect((await api.get(orders("?tab=awaiting_transfer"), as.staffA)).data.parts.map((p: any) => p.order_id)).toContain(order.id)
        expect(await rowOf()).toEqual([{ state: "awaiting_transfer", tab: "awaiting_transfer" }])

        // An empty table is rebuilt whole.
        await dbConnection.raw(`DELETE FROM order_part_state`)
        expect(await states.repairOrderPartStates(getContainer())).toMatchObject({ rebuilt: true })
        expect(await rowOf()).toEqual([{ state: "awaiting_transfer", tab: "awaiting_transfer" }])
      })
    })
  },
})
