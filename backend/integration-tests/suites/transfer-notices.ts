import sharp from "sharp"
import { LAPAS, PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { defineSuite, demoSeed } from "../runner"
import { emailsTo, failureOf, loginAsMember, placeOrder, waitFor, type Headers } from "../helpers"

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"
/** Today in WIB (both lapas are in Asia/Jakarta). */
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
const productOf = (lapas: string) => PRODUCTS.find((p) => p.lapas === lapas)!

/**
 * The buyer's "Saya sudah transfer" (POST /store/orders/:id/transfer-notices): the notice with a
 * photo reaches the lapas's part (prefilling its confirmation), the buyer's account and the lapas's
 * inbox; the order id is the key; refusals write nothing.
 */
export default defineSuite({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: SeedResult
    const as: Record<string, Headers> = {}
    const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })
    const variant: Record<string, string> = {}

    beforeAll(async () => {
      seeded = demoSeed()
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.staffB = await loginAsMember(api, `staff+${B}@karyabinaan.test`)
      for (const lapas of [A, B]) {
        const { data } = await api.get(`/store/products?handle=${productOf(lapas).handle}&fields=variants.id`, store())
        variant[lapas] = data.products[0].variants[0].id
      }
    })

    const placeTransferOrder = async () =>
      (await placeOrder(api, seeded, [
        { variant_id: variant[A], quantity: 1 },
        { variant_id: variant[B], quantity: 1 },
      ])) as { id: string; display_id: number }
    const notices = (orderId: string) => `/store/orders/${orderId}/transfer-notices`
    const partOf = async (orderId: string, who: Headers) => (await api.get(`/lapas-api/orders/${orderId}`, who)).data.parts[0]
    const noticeRows = async (orderId: string) =>
      (await dbConnection.raw(`SELECT count(*)::int AS n FROM transfer_notice WHERE order_id = ?`, [orderId])).rows[0].n as number
    const photo = () => sharp({ create: { width: 80, height: 50, channels: 3, background: "#2a6" } }).png().toBuffer()
    function formOf(fields: Record<string, string>, proof?: { bytes: Buffer; name: string; type: string }) {
      const form = new FormData()
      for (const [key, value] of Object.entries(fields)) form.append(key, value)
      if (proof) form.append("proof", new Blob([new Uint8Array(proof.bytes)], { type: proof.type }), proof.name)
      return form
    }

    it("keeps the buyer's notice with its photo: the lapas's part shows it, the buyer's account too, the lapas is e-mailed; the latest counts", async () => {
      const order = await placeTransferOrder()
      const expected = (await partOf(order.id, as.staffA)).transfer.expected_amount as number
      expect((await partOf(order.id, as.staffA)).transfer.notice).toBeNull()

      const sent = await api.post(
        notices(order.id),
        formOf(
          { lapas_handle: A, amount: String(expected - 500), transferred_on: today(), sender_name: "Siti Rahma", sender_bank: "BRI" },
          { bytes: await photo(), name: "bukti.png", type: "image/png" }
        ),
        store()
      )
      expect(sent.status).toBe(201)
      const accounts = sent.data.order.payment.transfer.accounts
      const accountA = accounts.find((a: any) => a.lapas.handle === A)
      expect(accountA.notice).toMatchObject({ amount: expected - 500, transferred_on: today(), sender_name: "Siti Rahma", has_proof: true })
      expect(accountA.notice).not.toHaveProperty("proof_url")
      expect(accounts.find((a: any) => a.lapas.handle === B).notice).toBeNull()

      const partA = await partOf(order.id, as.staffA)
      expect(partA.state).toBe("awaiting_transfer")
      expect(partA.transfer.notice).toMatchObject({ amount: expected - 500, transferred_on: today(), sender_name: "Siti Rahma", sender_bank: "BRI" })
      expect(partA.transfer.notice.proof_url).toMatch(/\.jpg$/)
      expect((await partOf(order.id, as.staffB)).transfer.notice).toBeNull()

      // The lapas's finance member hears of it (staff and the contact address too), naming order, amount and day.
      const container = getContainer()
      const mail = await waitFor(
        "the transfer-notice e-mail",
        async () => (await emailsTo(container, `finance+${A}@karyabinaan.test`)).find((m) => m.template === "lapas-transfer-notice" && m.subject.includes(`#${order.display_id}`)),
        15_000
      )
      expect(mail.text).toMatch(/Rp\s?[\d.]+/)
      expect(mail.text).toContain("selisih Rp")
      expect(mail.text).toContain(`/pesanan/${order.id}`)
      expect(await emailsTo(container, `finance+${B}@karyabinaan.test`)).not.toContainEqual(expect.objectContaining({ subject: expect.stringContaining(`#${order.display_id} `) }))

      // Sent again as JSON, without a photo: both are kept, the latest counts.
      await api.post(notices(order.id), { lapas_handle: A, amount: expected, transferred_on: today() }, store())
      expect(await noticeRows(order.id)).toBe(2)
      const latest = (await partOf(order.id, as.staffA)).transfer.notice
      expect(latest).toMatchObject({ amount: expected, sender_name: null, proof_url: null })
    })

    it("answers 404 to an unknown order, 400 to a lapas with no part in it, bad days and a file that is no photo, writing nothing", async () => {
      const order = await placeTransferOrder()
      const expected = (await partOf(order.id, as.staffA)).transfer.expected_amount as number
      const body = { lapas_handle: A, amount: expected, transferred_on: today() }

      const stranger = await failureOf(api.post(notices("order_01JZZZZZZZZZZZZZZZZZZZZZZZ"), body, store()))
      expect(stranger.status).toBe(404)
      expect(stranger.message).toContain("Pesanan tidak ditemukan")

      const foreign = LAPAS.find((l) => l.handle !== A && l.handle !== B)!.handle
      const notInOrder = await failureOf(api.post(notices(order.id), { ...body, lapas_handle: foreign }, store()))
      expect(notInOrder.status).toBe(400)
      expect(notInOrder.message).toContain(`#${order.display_id}`)
      expect(notInOrder.message).toContain("lapas_handle")

      const future = await failureOf(api.post(notices(order.id), { ...body, transferred_on: "2099-01-01" }, store()))
      expect(future.status).toBe(400)
      expect(future.message).toContain("belum terjadi")
      const before = await failureOf(api.post(notices(order.id), { ...body, transferred_on: "2020-01-01" }, store()))
      expect(before.status).toBe(400)
      expect(before.message).toContain("sebelum pesanan dibuat")
      const notADay = await failureOf(api.post(notices(order.id), { ...body, transferred_on: "2026-02-30" }, store()))
      expect(notADay.status).toBe(400)
      expect(notADay.message).toContain("transferred_on")
      const fraction = await failureOf(api.post(notices(order.id), { ...body, amount: 1000.5 }, store()))
      expect(fraction.status).toBe(400)
      expect(fraction.message).toContain("rupiah utuh")

      // A text file named .jpg: refused by content; neither a notice nor a file is left.
      const fake = await failureOf(
        api.post(
          notices(order.id),
          formOf({ lapas_handle: A, amount: String(expected), transferred_on: today() }, { bytes: Buffer.from("bukan foto, hanya teks"), name: "bukti.jpg", type: "image/jpeg" }),
          store()
        )
      )
      expect(fake.status).toBe(400)
      expect(fake.message).toContain("(proof)")
      expect(await noticeRows(order.id)).toBe(0)
      expect((await partOf(order.id, as.staffA)).transfer.notice).toBeNull()
    })

    it("refuses a notice for a part the lapas already confirmed (400, saying so); the other part still takes one", async () => {
      const order = await placeTransferOrder()
      const partA = await partOf(order.id, as.staffA)
      await api.post(`/lapas-api/orders/${order.id}/transfer-confirmations`, { amount: partA.transfer.expected_amount, transferred_on: today() }, as.staffA)

      const confirmed = await failureOf(
        api.post(notices(order.id), { lapas_handle: A, amount: partA.transfer.expected_amount, transferred_on: today() }, store())
      )
      expect(confirmed.status).toBe(400)
      expect(confirmed.message).toContain("sudah mengonfirmasi")
      expect(await noticeRows(order.id)).toBe(0)

      const expectedB = (await partOf(order.id, as.staffB)).transfer.expected_amount
      const { data } = await api.post(notices(order.id), { lapas_handle: B, amount: expectedB, transferred_on: today() }, store())
      expect(data.order.payment.transfer.accounts).toEqual([expect.objectContaining({ lapas: expect.objectContaining({ handle: B }), notice: expect.objectContaining({ amount: expectedB }) })])
    })
  },
})
