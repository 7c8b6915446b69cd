import { PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { appModule } from "../app"
import { defineSuite, demoSeed } from "../runner"
import { failureOf, loginAs, placeOrder, statusOf, waitFor, type Headers } from "../helpers"

const { cancelUnpaidTransferOrders } = appModule<typeof import("../../src/jobs/cancel-unpaid-transfer-orders")>(
  "src/jobs/cancel-unpaid-transfer-orders"
)

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)

export default defineSuite({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: SeedResult
    const as: Record<string, Headers> = {}
    const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })
    const variant: Record<string, string> = {}

    beforeAll(async () => {
      seeded = demoSeed()
      as.national = await loginAs(api, "admin@karyabinaan.test")
      as.staffA = await loginAs(api, `staff+${A}@karyabinaan.test`)
      as.financeA = await loginAs(api, `finance+${A}@karyabinaan.test`)
      as.staffB = await loginAs(api, `staff+${B}@karyabinaan.test`)
      for (const lapas of [A, B]) {
        const product = PRODUCTS.find((p) => p.lapas === lapas)!
        const { data } = await api.get(`/store/products?handle=${product.handle}&fields=variants.id`, store())
        variant[lapas] = data.products[0].variants[0].id
      }
    })

    /** A bank-transfer order of 2 units from A and 1 from B, each lapas shipping by `kinds`. */
    async function placeTransferOrder(kinds: Record<string, "courier" | "pickup"> = {}, lines = { [A]: 2, [B]: 1 }) {
      const items = Object.entries(lines).map(([lapas, quantity]) => ({ variant_id: variant[lapas], quantity }))
      return (await placeOrder(api, seeded, items, { kinds })) as { id: string; display_id: number }
    }

    const partOf = async (orderId: string, who: Headers) =>
      (await api.get(`/admin/lapas-orders/${orderId}`, who)).data.parts[0]
    const summary = async (orderId: string) => (await api.get(`/store/orders/${orderId}/summary`, store())).data.order
    const confirm = (orderId: string, who: Headers, amount: number, extra: Record<string, unknown> = {}) =>
      api.post(
        `/admin/lapas-orders/${orderId}/transfer-confirmations`,
        { amount, transferred_on: today(), ...extra },
        who
      )

    async function stockOf(variantId: string) {
      const { rows } = await dbConnection.raw(
        `SELECT COALESCE(SUM(il.stocked_quantity - il.reserved_quantity), 0)::int AS available
           FROM product_variant_inventory_item pvii
           JOIN inventory_level il ON il.inventory_item_id = pvii.inventory_item_id AND il.deleted_at IS NULL
          WHERE pvii.variant_id = ? AND pvii.deleted_at IS NULL`,
        [variantId]
      )
      return rows[0].available as number
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

        // The list shows the part among those awaiting a transfer, with the count per state.
        const { data: list } = await api.get(`/admin/lapas-orders?state=awaiting_transfer`, as.staffA)
        expect(list.parts.map((p: any) => p.order_id)).toContain(order.id)
        expect(list.parts.every((p: any) => p.lapas.handle === A)).toBe(true)
        expect(list.counts.awaiting_transfer).toBeGreaterThanOrEqual(1)

        // A wrong amount is refused and nothing is captured.
        const wrong = await failureOf(confirm(order.id, as.staffA, partA.transfer.expected_amount - 1000))
        expect(wrong.status).toBe(400)
        expect(wrong.message).toMatch(/was asked to transfer Rp/)
        const future = await failureOf(
          confirm(order.id, as.staffA, partA.transfer.expected_amount, { transferred_on: "2099-01-01" })
        )
        expect(future.status).toBe(400)
        expect(future.message).toMatch(/in the future/)
        // Packing before the transfer is confirmed is refused.
        expect(await statusOf(api.post(`/admin/lapas-orders/${order.id}/fulfillments`, {}, as.staffA))).toBe(400)

        // Finance of A confirms A's part: captured in part, B's account is still owed.
        const { data: confirmedA } = await confirm(order.id, as.financeA, partA.transfer.expected_amount, {
          proof_url: "http://localhost:9000/static/bukti.jpg",
        })
        expect(confirmedA.part.state).toBe("to_pack")
        expect(confirmedA.part.transfer.confirmation).toMatchObject({
          amount: partA.transfer.expected_amount,
          transferred_on: today(),
          proof_url: "http://localhost:9000/static/bukti.jpg",
        })
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
        const { data: packedA } = await api.post(`/admin/lapas-orders/${order.id}/fulfillments`, {}, as.staffA)
        expect(packedA.part.state).toBe("to_ship")
        const fulfilmentA = packedA.part.fulfilments[0].id
        const badResi = await failureOf(
          api.post(
            `/admin/lapas-orders/${order.id}/fulfillments/${fulfilmentA}/shipment`,
            { courier: "JNE", resi: "#" },
            as.staffA
          )
        )
        expect(badResi.status).toBe(400)
        expect(badResi.message).toMatch(/resi/)
        const { data: shippedA } = await api.post(
          `/admin/lapas-orders/${order.id}/fulfillments/${fulfilmentA}/shipment`,
          { courier: "JNE", resi: "JNE0012345678" },
          as.staffA
        )
        expect(shippedA.part.state).toBe("shipped")
        expect(shippedA.part.fulfilments[0]).toMatchObject({ courier: "JNE", resi: "JNE0012345678" })

        const partly = await summary(order.id)
        expect(partly.progress).toBe("partially_shipped")
        const groupA = partly.groups.find((g: any) => g.lapas.handle === A)
        expect(groupA.progress).toMatchObject({ state: "shipped", courier: "JNE", resi: "JNE0012345678" })
        expect(partly.groups.find((g: any) => g.lapas.handle === B).progress.state).toBe("processing")

        const { data: packedB } = await api.post(`/admin/lapas-orders/${order.id}/fulfillments`, {}, as.staffB)
        await api.post(
          `/admin/lapas-orders/${order.id}/fulfillments/${packedB.part.fulfilments[0].id}/shipment`,
          { courier: "SiCepat", resi: "SCP998877665" },
          as.staffB
        )
        const shipped = await summary(order.id)
        expect(shipped.progress).toBe("shipped")
        expect(shipped.timeline.filter((e: any) => e.key === "shipped").map((e: any) => e.resi).sort()).toEqual([
          "JNE0012345678",
          "SCP998877665",
        ])

        // Delivered once both packages arrived.
        await api.post(`/admin/lapas-orders/${order.id}/fulfillments/${fulfilmentA}/delivered`, {}, as.staffA)
        expect((await summary(order.id)).progress).toBe("shipped")
        await api.post(
          `/admin/lapas-orders/${order.id}/fulfillments/${packedB.part.fulfilments[0].id}/delivered`,
          {},
          as.staffB
        )
        expect((await summary(order.id)).progress).toBe("delivered")
      })

      it("keeps each lapas to its own part: the other's items are neither shown nor fulfilled", async () => {
        const order = await placeTransferOrder()
        const partA = await partOf(order.id, as.staffA)
        // Medusa's own order page shows staff of B only B's lines.
        const { data: medusaView } = await api.get(`/admin/orders/${order.id}?fields=id,*items`, as.staffB)
        const ownProduct = PRODUCTS.find((p) => p.lapas === B)!
        expect(medusaView.order.items.length).toBe(1)
        expect(medusaView.order.items[0].product_handle ?? ownProduct.handle).toBe(ownProduct.handle)
        // B's view of the order holds B's part only.
        const { data: viewB } = await api.get(`/admin/lapas-orders/${order.id}`, as.staffB)
        expect(viewB.parts.map((p: any) => p.lapas.handle)).toEqual([B])
        // B cannot confirm, pack or ship A's part: naming A's lapas is ignored for lapas users.
        await confirm(order.id, as.staffB, partA.transfer.expected_amount, { lapas_id: partA.lapas.id }).catch(() => null)
        expect((await partOf(order.id, as.staffA)).transfer.confirmation).toBeNull()
        await confirm(order.id, as.staffA, partA.transfer.expected_amount)
        const { data: packedA } = await api.post(`/admin/lapas-orders/${order.id}/fulfillments`, {}, as.staffA)
        const fulfilmentA = packedA.part.fulfilments[0].id
        expect(
          await statusOf(
            api.post(
              `/admin/lapas-orders/${order.id}/fulfillments/${fulfilmentA}/shipment`,
              { courier: "JNE", resi: "JNE0012345678" },
              as.staffB
            )
          )
        ).toBe(404)
        // Finance reads and confirms but does not pack; another lapas's order is not found.
        expect(await statusOf(api.post(`/admin/lapas-orders/${order.id}/fulfillments`, {}, as.financeA))).toBe(403)
        const onlyB = await placeTransferOrder({}, { [B]: 1 })
        expect(await statusOf(api.get(`/admin/lapas-orders/${onlyB.id}`, as.staffA))).toBe(404)
        expect(await statusOf(api.get(`/admin/orders/${onlyB.id}`, as.staffA))).toBe(404)
        const { data: listA } = await api.get(`/admin/lapas-orders`, as.staffA)
        expect(listA.parts.map((p: any) => p.order_id)).not.toContain(onlyB.id)
        // A lapas cannot cancel an order another lapas has items in.
        const cancel = await failureOf(api.post(`/admin/lapas-orders/${order.id}/cancel`, {}, as.staffA))
        expect(cancel.status).toBe(400)
        expect(cancel.message).toMatch(/another lapas/)
      })

      it("hands a pickup part over at the lapas: ready for pickup, then picked up", async () => {
        const order = await placeTransferOrder({ [B]: "pickup" }, { [B]: 1 })
        const part = await partOf(order.id, as.staffB)
        expect(part.shipping.kind).toBe("pickup")
        await confirm(order.id, as.staffB, part.transfer.expected_amount)
        const { data: ready } = await api.post(`/admin/lapas-orders/${order.id}/fulfillments`, {}, as.staffB)
        expect(ready.part.state).toBe("ready_for_pickup")
        const { data: counts } = await api.get(`/admin/lapas-orders?state=ready_for_pickup`, as.staffB)
        expect(counts.parts.map((p: any) => p.order_id)).toContain(order.id)
        expect((await summary(order.id)).progress).toBe("shipped")
        const fulfilment = ready.part.fulfilments[0].id
        expect(
          await statusOf(
            api.post(
              `/admin/lapas-orders/${order.id}/fulfillments/${fulfilment}/shipment`,
              { courier: "JNE", resi: "JNE0012345678" },
              as.staffB
            )
          )
        ).toBe(400)
        const { data: done } = await api.post(
          `/admin/lapas-orders/${order.id}/fulfillments/${fulfilment}/delivered`,
          {},
          as.staffB
        )
        expect(done.part.state).toBe("picked_up")
        const buyer = await summary(order.id)
        expect(buyer.progress).toBe("delivered")
        expect(buyer.timeline.map((e: any) => e.key)).toEqual(["placed", "paid", "ready_for_pickup", "picked_up"])
      })

      it("is canceled by the lapas before shipping: stock back, payment refunded", async () => {
        const order = await placeTransferOrder({}, { [A]: 2 })
        const before = await stockOf(variant[A])
        const part = await partOf(order.id, as.staffA)
        await confirm(order.id, as.staffA, part.transfer.expected_amount)
        await api.post(`/admin/lapas-orders/${order.id}/fulfillments`, {}, as.staffA)
        const { data } = await api.post(`/admin/lapas-orders/${order.id}/cancel`, {}, as.staffA)
        expect(data.parts[0].state).toBe("canceled")
        expect(await stockOf(variant[A])).toBe(before + 2)
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
        expect(await cancelUnpaidTransferOrders(container, new Date(Date.now() + 23 * 3_600_000), 24)).toEqual([])
        expect((await summary(order.id)).progress).toBe("awaiting_payment")
        // A confirmed order is never canceled by the job.
        const paidOrder = await placeTransferOrder({}, { [B]: 1 })
        const paidPart = await partOf(paidOrder.id, as.staffB)
        await confirm(paidOrder.id, as.staffB, paidPart.transfer.expected_amount)

        const canceled = await cancelUnpaidTransferOrders(container, new Date(Date.now() + 25 * 3_600_000), 24)
        expect(canceled).toEqual([order.id])
        expect((await summary(order.id)).progress).toBe("canceled")
        expect((await summary(paidOrder.id)).progress).toBe("processing")
        expect(await stockOf(variant[A])).toBe(before)
        // A second run finds nothing more to do.
        expect(await cancelUnpaidTransferOrders(container, new Date(Date.now() + 26 * 3_600_000), 24)).toEqual([])
      })
    })
  },
})
