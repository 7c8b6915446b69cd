import { formatRupiah } from "@karya-binaan/format"
import { Modules } from "@medusajs/framework/utils"
import { simpleParser, type ParsedMail } from "mailparser"
import type { AddressInfo } from "node:net"
import { SMTPServer } from "smtp-server"
import { LAPAS, PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { appModule } from "../app"
import { demoSeed, integrationTestRunner } from "../runner"
import { loginAs, loginAsMember, placeOrder, waitFor, type Headers } from "../helpers"

/**
 * A real SMTP server in this process: it keeps every message it accepts, parsed, and can refuse
 * a recipient for a while (451, as a busy server does) or be switched off altogether.
 */
class Mailbox {
  readonly received: { to: string[]; mail: ParsedMail }[] = []
  private readonly refusals = new Map<string, number>()
  private server: SMTPServer | null = null
  port = 0

  get running() {
    return this.server !== null
  }

  get url() {
    return `smtp://127.0.0.1:${this.port}`
  }

  async start() {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const left = this.refusals.get(address.address) ?? 0
        if (left > 0) {
          this.refusals.set(address.address, left - 1)
          return callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }))
        }
        callback()
      },
      onData: (stream, session, callback) => {
        simpleParser(stream).then((mail) => {
          this.received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail })
          callback()
        }, callback)
      },
    })
    await new Promise<void>((resolve, reject) => {
      server.server.once("error", reject)
      server.listen(this.port, "127.0.0.1", () => resolve())
    })
    this.port = (server.server.address() as AddressInfo).port
    this.server = server
  }

  async stop() {
    const server = this.server
    this.server = null
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** The next `times` messages to `address` are refused with a 451. */
  refuse(address: string, times: number) {
    this.refusals.set(address, times)
  }

  refusalsLeft(address: string) {
    return this.refusals.get(address) ?? 0
  }

  mailTo(address: string) {
    return this.received.filter((m) => m.to.includes(address)).map((m) => m.mail)
  }

  waitForMail(address: string, subject: string | RegExp, timeoutMs = 30_000) {
    const matches = (mail: ParsedMail) =>
      typeof subject === "string" ? mail.subject === subject : subject.test(mail.subject ?? "")
    return waitFor(`an email "${subject}" to ${address}`, async () => this.mailTo(address).find(matches), timeoutMs)
  }
}

// The app reads SMTP_URL when it boots, so the server must listen before the runner starts it.
const mailbox = new Mailbox()
await mailbox.start()
process.env.SMTP_URL = mailbox.url
// Immediate retries after 50 and 100 ms keep the failure tests fast.
process.env.NOTIFICATION_RETRY_DELAYS_MS = "50,100"
process.env.STOREFRONT_URL = "https://karyabinaan.test"
process.env.PANEL_URL = "https://pusat.karyabinaan.test"

const { DEMO_BANK_ACCOUNTS } =
  appModule<typeof import("../../src/scripts/seed-demo")>("src/scripts/seed-demo")
const { sendLapasOrderNotices } = appModule<typeof import("../../src/lib/notifications/lapas-order-notice")>(
  "src/lib/notifications/lapas-order-notice"
)
const { LAPAS_MODULE } = appModule<typeof import("../../src/modules/lapas")>("src/modules/lapas")
type LapasModuleService = import("../../src/modules/lapas/service").default
const { retryFailedNotifications } = appModule<typeof import("../../src/lib/notifications/retry-failed-notifications")>(
  "src/lib/notifications/retry-failed-notifications"
)

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"
const lapasOf = (handle: string) => LAPAS.find((l) => l.handle === handle)!
const SETTLE_MS = 1_500
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

integrationTestRunner({
  database: "demo",
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    const variant: Record<string, string> = {}
    const staff: Record<string, Headers> = {}
    let national: Headers
    let nationalMember: Headers
    const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })
    const textOf = (mail: ParsedMail) => mail.text ?? ""
    const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date())

    /** A shopper's checkout paid by bank transfer; `parts` gives each lapas's items and shipping kind. */
    async function buy(email: string, parts: { lapas: string; kind: "courier" | "pickup" }[], locale?: "id" | "en") {
      const order = await placeOrder(
        api,
        seeded,
        parts.map((p) => ({ variant_id: variant[p.lapas], quantity: 1 })),
        {
          email,
          kinds: Object.fromEntries(parts.map((p) => [p.lapas, p.kind])),
          ...(locale ? { metadata: { locale } } : {}),
        }
      )
      return order as { id: string; display_id: number; total: number }
    }

    const partOf = async (orderId: string, lapas: string) =>
      (await api.get(`/lapas-api/orders/${orderId}`, staff[lapas])).data.parts[0]

    async function confirmTransfer(orderId: string, lapas: string) {
      const part = await partOf(orderId, lapas)
      await api.post(
        `/lapas-api/orders/${orderId}/transfer-confirmations`,
        { amount: part.transfer.expected_amount, transferred_on: today() },
        staff[lapas]
      )
    }

    async function fulfil(orderId: string, lapas: string) {
      const { data } = await api.post(`/lapas-api/orders/${orderId}/fulfillments`, {}, staff[lapas])
      return data.part.fulfilments.at(-1).id as string
    }

    async function notificationsOf(orderId: string) {
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      return (await notifications.listNotifications({ resource_id: orderId } as object, {
        select: ["id", "template", "status", "to", "idempotency_key", "data"],
      } as object)) as unknown as {
        id: string
        template: string
        status: string
        to: string
        idempotency_key: string
        data: Record<string, unknown>
      }[]
    }

    const rowOf = async (orderId: string, template: string) =>
      (await notificationsOf(orderId)).find((n) => n.template === template)

    /** The row is marked after the SMTP server took the message, so a test waits for it. */
    const waitForRow = (orderId: string, template: string, status: "success" | "failure") =>
      waitFor(
        `a ${template} notification with status ${status}`,
        async () => {
          const row = await rowOf(orderId, template)
          return row?.status === status && row
        },
        15_000
      )

    beforeAll(async () => {
      seeded = demoSeed()
      national = await loginAs(api, "admin@karyabinaan.test")
      nationalMember = await loginAsMember(api, "nasional@karyabinaan.test")
      for (const lapas of [A, B]) {
        const product = PRODUCTS.find((p) => p.lapas === lapas)!
        const { data } = await api.get(`/store/products?handle=${product.handle}&fields=variants.id`, store())
        variant[lapas] = data.products[0].variants[0].id
        staff[lapas] = await loginAsMember(api, `staff+${lapas}@karyabinaan.test`)
      }
    })

    afterAll(() => mailbox.stop())

    it("tells the buyer of a two-lapas transfer order every step, in Indonesian", async () => {
      const buyer = "sari+dua-lapas@example.com"
      const order = await buy(buyer, [
        { lapas: A, kind: "courier" },
        { lapas: B, kind: "pickup" },
      ])
      const n = order.display_id
      const { data: admin } = await api.get(`/lapas-api/orders/${order.id}`, nationalMember)
      const expected = Object.fromEntries(admin.parts.map((p: any) => [p.lapas.handle, p.transfer.expected_amount]))

      // Order placed, with where to transfer each lapas's amount.
      const placed = await mailbox.waitForMail(buyer, `Pesanan #${n} kami terima`)
      expect(placed.from?.text).toBe('"Karya Binaan" <pesanan@karyabinaan.id>')
      const placedText = textOf(placed)
      expect(placedText).toContain(`Pesanan #${n} kami terima pada`)
      expect(placedText).toContain(`Total: ${formatRupiah(Number(order.total))}`)
      for (const lapas of [A, B]) {
        const account = DEMO_BANK_ACCOUNTS[lapas]
        expect(placedText).toContain(
          [
            `Bank: ${account.bank_name}`,
            `Nomor rekening: ${account.bank_account_number}`,
            `Atas nama: ${account.bank_account_holder}`,
            `Jumlah transfer: ${formatRupiah(expected[lapas])}`,
          ].join("\n")
        )
      }
      expect(placedText).toMatch(/Batas waktu: \d{1,2} \w+ \d{4} \d{2}\.\d{2} WIB/)
      expect(placedText).toContain(`Lihat pesanan: https://karyabinaan.test/pesanan/${order.id}`)
      expect(placed.html).toContain(`#${n}`)
      expect(placed.html).toContain(DEMO_BANK_ACCOUNTS[A].bank_account_number)
      expect(placed.html).toContain(`href="https://karyabinaan.test/pesanan/${order.id}"`)

      // One lapas's transfer confirmed: not paid yet, no email.
      await confirmTransfer(order.id, A)
      await pause(SETTLE_MS)
      expect(mailbox.mailTo(buyer).map((m) => m.subject)).toEqual([`Pesanan #${n} kami terima`])

      // The other's too: paid in full, one email (the capture and the confirmation share its key).
      await confirmTransfer(order.id, B)
      const paid = await mailbox.waitForMail(buyer, `Pembayaran pesanan #${n} dikonfirmasi`)
      expect(textOf(paid)).toContain(`Pembayaran sebesar ${formatRupiah(Number(order.total))} untuk pesanan #${n}`)
      await pause(SETTLE_MS)
      expect(mailbox.mailTo(buyer).filter((m) => m.subject === paid.subject)).toHaveLength(1)

      // Lapas A ships its part by courier.
      const shipment = await fulfil(order.id, A)
      await api.post(
        `/lapas-api/orders/${order.id}/fulfillments/${shipment}/shipment`,
        { courier: "jne", resi: "JNE0012345678" },
        staff[A]
      )
      const shipped = await mailbox.waitForMail(buyer, `Pesanan #${n} dikirim`)
      expect(textOf(shipped)).toContain(`Produk dari ${lapasOf(A).name} dalam pesanan #${n} sudah dikirim.`)
      expect(textOf(shipped)).toContain("Kurir: JNE\nNomor resi: JNE0012345678\nDikirim pada: ")
      expect(textOf(shipped)).toContain("Lacak paket di JNE: https://www.jne.co.id/tracking-package?awb=JNE0012345678")
      expect(shipped.html).toContain('href="https://www.jne.co.id/tracking-package?awb=JNE0012345678" target="_blank" rel="noopener noreferrer"')
      expect(textOf(shipped)).toMatch(/Rp \d{1,3}(\.\d{3})+/)
      expect(shipped.html).toContain("JNE0012345678")

      // Lapas B's part waits at the lapas.
      await fulfil(order.id, B)
      const ready = await mailbox.waitForMail(buyer, `Pesanan #${n} siap diambil`)
      expect(textOf(ready)).toContain(`siap diambil di ${lapasOf(B).name}.`)
      expect(textOf(ready)).toContain(`Tempat: ${lapasOf(B).name}\nAlamat: ${lapasOf(B).address}`)
      expect(textOf(ready)).toContain(lapasOf(B).city)
      expect(textOf(ready)).toMatch(/Siap sejak: \d{1,2} \w+ \d{4} \d{2}\.\d{2} WIB/)

      const rows = await waitFor(
        "four sent notifications to the buyer",
        async () => {
          const rows = (await notificationsOf(order.id)).filter((r) => r.to === buyer)
          return rows.length === 4 && rows.every((r) => r.status === "success") && rows
        },
        15_000
      )
      expect(rows.map((r) => r.template).sort()).toEqual(
        ["order-placed", "order-shipped", "payment-confirmed", "ready-for-pickup"].sort()
      )
      expect(rows.every((r) => r.to === buyer)).toBe(true)
      expect(rows.find((r) => r.template === "order-shipped")!.idempotency_key).toBe(`order-shipped:${shipment}`)
      expect(rows.find((r) => r.template === "order-placed")!.data).toMatchObject({ order_id: order.id, display_id: n, locale: "id" })
    })

    it("tells each lapas of a new order about its own part: contact address and active staff, once", async () => {
      const lapasModule = getContainer().resolve(LAPAS_MODULE) as LapasModuleService
      const [lapasA] = await lapasModule.listLapas({ handle: A }, { select: ["id", "name"] })
      const away = `staff+cuti@${A}.test`
      const invited = `staff+diundang@${A}.test`
      await lapasModule.createLapasMembers([
        { name: "Petugas Cuti", email: away, role: "lapas_staff", lapas_id: lapasA.id, activated_at: new Date(), deactivated_at: new Date() },
        { name: "Petugas Baru", email: invited, role: "lapas_staff", lapas_id: lapasA.id },
      ] as any)
      const order = await buy("sari+lapas-notice@example.com", [
        { lapas: A, kind: "courier" },
        { lapas: B, kind: "pickup" },
      ])
      const n = order.display_id
      const contactA = `giatja+${A}@karyabinaan.test`
      const staffA = `staff+${A}@karyabinaan.test`
      const link = `https://pusat.karyabinaan.test/pesanan/${order.id}`
      /** The notices of this order to one address. */
      const noticesTo = (address: string) =>
        mailbox.mailTo(address).filter((m) => m.subject?.startsWith("Pesanan baru #") && textOf(m).includes(link))
      const noticeTo = (address: string) =>
        waitFor(`the new-order notice to ${address}`, async () => noticesTo(address)[0], 30_000)

      const noticeA = await noticeTo(contactA)
      expect(noticeA.subject).toBe(`Pesanan baru #${n} untuk ${lapasOf(A).name}`)
      const textA = textOf(noticeA)
      expect(textA).toMatch(new RegExp(`Pesanan baru #${n} untuk ${lapasOf(A).name} masuk pada \\d{1,2} \\w+ \\d{4} \\d{2}\\.\\d{2} WIB`))
      // The courier service the buyer chose for A's part, as its option is named.
      expect(textA).toMatch(new RegExp(`Pengiriman: .+ dari ${lapasOf(A).name}\\n`))
      expect(textA).toContain(`- 1 × ${PRODUCTS.find((p) => p.lapas === A)!.title}`)
      expect(textA).toContain("konfirmasi transfer di Pusat Lapas")
      expect(textA).toContain(`Buka pesanan di Pusat Lapas: ${link}`)
      expect(noticeA.html).toContain(`href="${link}"`)
      // Only A's part: never B's lines.
      expect(textA).not.toContain(PRODUCTS.find((p) => p.lapas === B)!.title)
      const staffNotice = await noticeTo(staffA)
      expect(textOf(staffNotice)).toBe(textA)

      const noticeB = await noticeTo(`giatja+${B}@karyabinaan.test`)
      expect(noticeB.subject).toBe(`Pesanan baru #${n} untuk ${lapasOf(B).name}`)
      expect(textOf(noticeB)).toContain("Pengiriman: Diambil pembeli di lapas")
      expect(textOf(noticeB)).toContain(PRODUCTS.find((p) => p.lapas === B)!.title)
      expect(textOf(noticeB)).not.toContain(PRODUCTS.find((p) => p.lapas === A)!.title)

      // Not to finance, nor to deactivated or not yet activated staff.
      await pause(SETTLE_MS)
      for (const nobody of [`finance+${A}@karyabinaan.test`, away, invited]) {
        expect(noticesTo(nobody)).toHaveLength(0)
      }

      // Once per order, lapas and recipient: a replayed event sends nothing again.
      const outcomes = await sendLapasOrderNotices(getContainer(), order.id, "order.placed")
      expect(outcomes.length).toBeGreaterThanOrEqual(4)
      expect(outcomes.every((o) => o === "already_sent")).toBe(true)
      await pause(300)
      expect(noticesTo(contactA)).toHaveLength(1)
      expect(noticesTo(staffA)).toHaveLength(1)
      const rows = (await notificationsOf(order.id)).filter((r) => r.template === "lapas-new-order")
      expect(rows.map((r) => r.idempotency_key)).toContain(`lapas-new-order:${order.id}:${lapasA.id}:${contactA}`)
      expect(rows.every((r) => r.status === "success")).toBe(true)
    })

    it("writes in English when the buyer shopped in English, through cancellation and refund", async () => {
      const buyer = "jane+english@example.com"
      const order = await buy(buyer, [{ lapas: A, kind: "courier" }], "en")
      const n = order.display_id
      const total = formatRupiah(Number(order.total))

      const placed = await mailbox.waitForMail(buyer, `We received your order #${n}`)
      expect(textOf(placed)).toContain(`Account number: ${DEMO_BANK_ACCOUNTS[A].bank_account_number}`)
      expect(textOf(placed)).toContain(`Amount: ${total}`)
      expect(textOf(placed)).toContain(`Total: ${total}`)

      await confirmTransfer(order.id, A)
      const paid = await mailbox.waitForMail(buyer, `Payment for order #${n} confirmed`)
      expect(textOf(paid)).toContain(`We received your payment of ${total} for order #${n}.`)

      await api.post(`/lapas-api/orders/${order.id}/cancel`, { reason: "Pembeli minta dibatalkan" }, staff[A])
      const canceled = await mailbox.waitForMail(buyer, `Order #${n} has been cancelled`)
      expect(textOf(canceled)).toContain(`Order #${n} was cancelled on `)
      const refunded = await mailbox.waitForMail(buyer, `Refund for order #${n}`)
      expect(textOf(refunded)).toContain(`We have refunded ${total} for order #${n}.`)
      await waitForRow(order.id, "order-refunded", "success")
    })

    it("an SMTP server that refuses once gets the email on an immediate retry", async () => {
      const buyer = "sekali+ditolak@example.com"
      mailbox.refuse(buyer, 1)
      const order = await buy(buyer, [{ lapas: A, kind: "courier" }])
      await mailbox.waitForMail(buyer, `Pesanan #${order.display_id} kami terima`)
      await waitForRow(order.id, "order-placed", "success")
    })

    it("an SMTP server that keeps refusing fails neither the order nor the email: the retry job sends it", async () => {
      const buyer = "selalu+ditolak@example.com"
      mailbox.refuse(buyer, 3)
      const order = await buy(buyer, [{ lapas: A, kind: "courier" }])

      // The first attempt and both immediate retries were refused.
      await waitFor("three refusals", async () => mailbox.refusalsLeft(buyer) === 0, 15_000)
      const failed = await waitForRow(order.id, "order-placed", "failure")
      await pause(300)
      expect(mailbox.mailTo(buyer)).toHaveLength(0)
      const { data: summary } = await api.get(`/admin/orders/${order.id}?fields=id,status`, national)
      expect(summary.order.status).toBe("pending")

      // A failure younger than the settling time is left to the sender's own retries.
      expect((await retryFailedNotifications(getContainer())).retried).toBe(0)
      const report = await retryFailedNotifications(getContainer(), { settledForMs: 0 })
      expect(report).toMatchObject({ sent: 1, failed: 0 })
      const mail = await mailbox.waitForMail(buyer, `Pesanan #${order.display_id} kami terima`)
      expect(textOf(mail)).toContain("Nomor rekening: ")
      const row = await rowOf(order.id, "order-placed")
      expect(row).toMatchObject({ id: failed.id, status: "success" })

      // Sent is sent: another run sends nothing again.
      await retryFailedNotifications(getContainer(), { settledForMs: 0 })
      await pause(300)
      expect(mailbox.mailTo(buyer)).toHaveLength(1)
    })

    it("an SMTP server that is down fails neither the order nor the email: it arrives once the server is back", async () => {
      const buyer = "server+mati@example.com"
      await mailbox.stop()
      try {
        const order = await buy(buyer, [{ lapas: B, kind: "pickup" }])
        await waitForRow(order.id, "order-placed", "failure")
        await pause(500) // the sender's immediate retries are over
        await mailbox.start()
        await retryFailedNotifications(getContainer(), { settledForMs: 0 })
        await mailbox.waitForMail(buyer, `Pesanan #${order.display_id} kami terima`)
        expect((await rowOf(order.id, "order-placed"))?.status).toBe("success")
      } finally {
        if (!mailbox.running) await mailbox.start()
      }
    })
  },
})
