import { allocateByWeights } from "@karya-binaan/shares"
import { extractText, getDocumentProxy } from "unpdf"
import { LAPAS_MODULE } from "../../src/modules/lapas"
import type LapasModuleService from "../../src/modules/lapas/service"
import { PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { appModule } from "../app"
import { defineSuite, demoSeed } from "../runner"
import { failureOf, loginAs, loginAsMember, type Headers, waitFor as waitUntil, placeOrderWithPayment, variantOfProduct } from "../helpers"

const { allocatePremiWorkflow } = appModule<typeof import("../../src/workflows/premi/allocate-premi")>(
  "src/workflows/premi/allocate-premi"
)
// Share corrections and period closes belong to finance's own routes; the suite books them through their workflows.
const { correctLineSharesWorkflow } = appModule<typeof import("../../src/workflows/profit-share/correct-line-shares")>(
  "src/workflows/profit-share/correct-line-shares"
)
const { closePeriodWorkflow } = appModule<typeof import("../../src/workflows/profit-share/close-period")>(
  "src/workflows/profit-share/close-period"
)

const { bookPaymentShares } = appModule<typeof import("../../src/workflows/profit-share/book-payment-shares")>(
  "src/workflows/profit-share/book-payment-shares"
)
const { bookSaleInOneTransaction } = appModule<typeof import("../../src/workflows/profit-share/book-sale-transaction")>(
  "src/workflows/profit-share/book-sale-transaction"
)
const { readSaleFacts, salePlanOf } = appModule<typeof import("../../src/workflows/profit-share/steps/share-load-sale")>(
  "src/workflows/profit-share/steps/share-load-sale"
)
const { ensureCostSnapshots } = appModule<typeof import("../../src/workflows/profit-share/steps/share-ensure-cost-snapshots")>(
  "src/workflows/profit-share/steps/share-ensure-cost-snapshots"
)
const { saleEntriesOf } = appModule<typeof import("../../src/workflows/profit-share/steps/share-write-sale")>(
  "src/workflows/profit-share/steps/share-write-sale"
)

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"

/** Today in WIB (both lapas are in WIB). */
const wibToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
const rp = (n: bigint | number) => `Rp ${BigInt(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`

export default defineSuite({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: SeedResult
    const as: Record<string, Headers> = {}
    const lapasId: Record<string, string> = {}
    /** 2 × a product of A and 1 × a product of B, placed but not captured (restored before each test). */
    let orderAB: { id: string; paymentId: string }

    const variantOf = (handle: string) => variantOfProduct(api, seeded.publishableKey, handle)

    const placeOrder = (items: { variant_id: string; quantity: number }[]) =>
      placeOrderWithPayment(api, seeded, items, as.admin)

    const sql = async (text: string, params: unknown[] = []) => (await dbConnection.raw(text, params)).rows as any[]
    const premiEntries = (orderId: string) =>
      sql(
        `SELECT id, line_item_id, lapas_id, amount::text AS amount, kind FROM share_ledger_entry
          WHERE order_id = ? AND account = 'premi' ORDER BY created_at, id`,
        [orderId]
      )
    const allocations = (orderId: string) =>
      sql(
        `SELECT id, ledger_entry_id, line_item_id, lapas_id, inmate_id, batch_id, amount::text AS amount, kind
           FROM premi_allocation WHERE order_id = ? ORDER BY created_at, id`,
        [orderId]
      )

    const waitFor = <T,>(what: string, probe: () => Promise<T | undefined | false>) => waitUntil(what, probe, 20_000)

    /** Per line: what the ledger's premi nets to and what its makers were allocated. */
    async function netPerLine(orderId: string) {
      const entries = await premiEntries(orderId)
      const allocs = await allocations(orderId)
      const lines = new Map<string, { premi: bigint; allocated: bigint; byMaker: Map<string, bigint> }>()
      for (const e of entries) {
        const l = lines.get(e.line_item_id) ?? { premi: 0n, allocated: 0n, byMaker: new Map() }
        l.premi += BigInt(e.amount)
        lines.set(e.line_item_id, l)
      }
      for (const a of allocs) {
        const l = lines.get(a.line_item_id)!
        l.allocated += BigInt(a.amount)
        const k = `${a.batch_id}|${a.inmate_id}`
        l.byMaker.set(k, (l.byMaker.get(k) ?? 0n) + BigInt(a.amount))
      }
      return lines
    }

    /** Waits until every premi entry of the order is allocated (the allocations add up to the ledger). */
    async function allocated(orderId: string, entryCount: number) {
      return await waitFor("the premi allocations", async () => {
        const entries = await premiEntries(orderId)
        if (entries.length < entryCount) return false
        const lines = await netPerLine(orderId)
        return [...lines.values()].every((l) => l.allocated === l.premi) && lines
      })
    }

    async function capture(order: { id: string; paymentId: string }, lines: number) {
      await api.post(`/admin/payments/${order.paymentId}/capture`, {}, as.admin)
      return await allocated(order.id, lines)
    }

    /** The documented weights: units from the batch × work units × (L / batch's total work units). */
    async function expectedMakers(lineItemId: string) {
      const batches = await sql(
        `SELECT lb.batch_id, lb.quantity FROM production_line_batch lb JOIN production_batch b ON b.id = lb.batch_id
          WHERE lb.line_item_id = ? ORDER BY b.produced_on, b.created_at, b.id`,
        [lineItemId]
      )
      const makers: { key: string; units: bigint; work: bigint; total: bigint }[] = []
      for (const b of batches) {
        const work = await sql(
          `SELECT inmate_id, work_units FROM production_batch_maker WHERE batch_id = ? AND deleted_at IS NULL ORDER BY inmate_id`,
          [b.batch_id]
        )
        const total = work.reduce((s: bigint, w: any) => s + BigInt(w.work_units), 0n)
        for (const w of work) makers.push({ key: `${b.batch_id}|${w.inmate_id}`, units: BigInt(b.quantity), work: BigInt(w.work_units), total })
      }
      const gcd = (a: bigint, b: bigint): bigint => (b ? gcd(b, a % b) : a)
      const lcm = makers.reduce((l, m) => (l / gcd(l, m.total)) * m.total, 1n)
      return { batches, makers: makers.map((m) => ({ key: m.key, weight: m.units * m.work * (lcm / m.total) })) }
    }

    async function inmatesOf(handle: string, who: Headers) {
      const { data } = await api.get(`/lapas-api/premi/inmates?lapas_id=${lapasId[handle]}`, who)
      return data
    }

    beforeAll(async () => {
      seeded = demoSeed()
      // The national office's Medusa user captures and refunds payments and sets up products.
      as.admin = await loginAs(api, "admin@karyabinaan.test")
      as.national = await loginAsMember(api, "nasional@karyabinaan.test")
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${A}@karyabinaan.test`)
      as.financeB = await loginAsMember(api, `finance+${B}@karyabinaan.test`)
      const lapas: LapasModuleService = getContainer().resolve(LAPAS_MODULE)
      for (const l of await lapas.listLapas({}, { select: ["id", "handle"] })) lapasId[l.handle] = l.id
      const [variantA, variantB] = [
        await variantOf(PRODUCTS.find((p) => p.lapas === A)!.handle),
        await variantOf(PRODUCTS.find((p) => p.lapas === B)!.handle),
      ]
      orderAB = await placeOrder([
        { variant_id: variantA, quantity: 2 },
        { variant_id: variantB, quantity: 1 },
      ])
    })

    describe("premi per inmate", () => {
      it("allocates each line's premi to its makers by allocateByWeights, once, and statements add up to the ledger", async () => {
        const lines = await capture(orderAB, 2)
        expect(lines.size).toBe(2)
        for (const [lineId, line] of lines) {
          expect(line.premi > 0n).toBe(true)
          const { batches, makers } = await expectedMakers(lineId)
          // The sold units were attributed to batches, FIFO.
          expect(batches.length).toBeGreaterThan(0)
          expect(makers.length).toBeGreaterThan(0)
          const expected = allocateByWeights(line.premi, makers.map((m) => m.weight))
          expect(Object.fromEntries(line.byMaker)).toEqual(
            Object.fromEntries(makers.map((m, i) => [m.key, expected[i]]).filter(([, v]) => v !== 0n))
          )
        }
        const entriesA = (await premiEntries(orderAB.id)).filter((e) => e.lapas_id === lapasId[A])
        const allocsA = (await allocations(orderAB.id)).filter((a) => a.lapas_id === lapasId[A])
        expect(allocsA.every((a) => entriesA.some((e) => e.id === a.ledger_entry_id))).toBe(true)

        // Replaying the allocation writes nothing.
        const before = await allocations(orderAB.id)
        const { result } = await allocatePremiWorkflow(getContainer()).run({ input: { order_id: orderAB.id } })
        expect(result.inserted).toBe(0)
        expect(await allocations(orderAB.id)).toEqual(before)

        // Statements of all makers of each lapas add up to the premi booked for it on the ledger.
        for (const handle of [A, B]) {
          const list = await inmatesOf(handle, as.national)
          const booked = (await sql(
            `SELECT COALESCE(SUM(amount), 0)::text AS t FROM share_ledger_entry WHERE lapas_id = ? AND account = 'premi'`,
            [lapasId[handle]]
          ))[0].t
          expect(list.totals).toMatchObject({ booked: Number(booked), unallocated: 0, earned: Number(booked), paid: 0 })
          let closing = 0
          for (const inmate of list.inmates) {
            const { data } = await api.get(`/lapas-api/premi/inmates/${inmate.id}/statement?from=2020-01-01&to=${wibToday()}`, as.national)
            expect(data.opening_balance).toBe(0)
            expect(data.closing_balance).toBe(inmate.outstanding)
            expect(data.lines.reduce((s: number, l: any) => s + l.amount, 0)).toBe(data.totals.earned)
            closing += data.closing_balance
            for (const l of data.lines) {
              expect(l).toMatchObject({ kind: "sale", order_id: orderAB.id, date: wibToday() })
              expect(l.display_id).toEqual(expect.any(Number))
              expect(l.product_title).toEqual(expect.any(String))
              expect(l.units).toBeGreaterThan(0)
            }
          }
          expect(closing).toBe(Number(booked))
        }
      })

      it("reverses allocations on refunds: never below 0 on a partial refund, every inmate nets to 0 on a full one", async () => {
        const sold = await capture(orderAB, 2)
        // A correction (lower HPP: more premi) is allocated too, as kind "correction".
        const lineA = (await premiEntries(orderAB.id)).find((e) => e.lapas_id === lapasId[A])!.line_item_id
        const [{ unit_cost }] = await sql(
          `SELECT unit_cost::text AS unit_cost FROM production_order_line_cost WHERE line_item_id = ?`,
          [lineA]
        )
        await correctLineSharesWorkflow(getContainer()).run({
          input: { order_id: orderAB.id, line_item_id: lineA, unit_cost: Math.floor(Number(unit_cost) / 2), reason: "HPP batch salah input" },
        })
        const corrected = await allocated(orderAB.id, 3)
        expect(corrected.get(lineA)!.premi > sold.get(lineA)!.premi).toBe(true)
        expect((await allocations(orderAB.id)).some((a) => a.kind === "correction")).toBe(true)
        const { data: paid } = await api.get(`/admin/payments/${orderAB.paymentId}?fields=amount`, as.admin)
        const total = Number(paid.payment.amount)
        await api.post(`/admin/payments/${orderAB.paymentId}/refund`, { amount: Math.floor(total / 3) }, as.admin)
        const partial = await allocated(orderAB.id, 5)
        for (const line of partial.values()) {
          expect(line.allocated).toBe(line.premi)
          for (const v of line.byMaker.values()) expect(v >= 0n).toBe(true)
        }
        expect((await allocations(orderAB.id)).some((a) => a.kind === "refund")).toBe(true)
        await api.post(`/admin/payments/${orderAB.paymentId}/refund`, { amount: total - Math.floor(total / 3) }, as.admin)
        const full = await waitFor("the full refund's allocations", async () => {
          const lines = await netPerLine(orderAB.id)
          return [...lines.values()].every((l) => l.premi === 0n && l.allocated === 0n) && lines
        })
        for (const line of full.values()) for (const v of line.byMaker.values()) expect(v).toBe(0n)
        const list = await inmatesOf(A, as.financeA)
        expect(list.inmates.every((i: any) => i.earned === 0)).toBe(true)
      })

      it("records payouts up to the outstanding balance, never overdrawn concurrently, shown on the statement (JSON and PDF)", async () => {
        await capture(orderAB, 2)
        const list = await inmatesOf(A, as.financeA)
        const inmate = list.inmates.filter((i: any) => i.outstanding > 1).sort((x: any, y: any) => y.outstanding - x.outstanding)[0]
        expect(inmate).toBeDefined()
        const pay = (body: Record<string, unknown>, who = as.financeA) => api.post(`/lapas-api/premi/payouts`, body, who)
        const valid = { inmate_id: inmate.id, amount: 1, paid_on: wibToday(), method: "cash_inside" }
        const payoutCount = async () => Number((await sql(`SELECT COUNT(*) AS n FROM premi_payout`))[0].n)

        const cases: [Record<string, unknown>, RegExp][] = [
          [{ ...valid, amount: inmate.outstanding + 1 }, /more than this inmate's outstanding premi/],
          [{ ...valid, amount: 0 }, /more than 0/],
          [{ ...valid, amount: 10.5 }, /no fractions/],
          [{ ...valid, amount: "1000" }, /amount/],
          [{ ...valid, paid_on: "2026-02-30" }, /paid_on/],
          [{ ...valid, paid_on: "2999-01-01" }, /in the future/],
          [{ ...valid, method: "transfer" }, /method/],
          [{ ...valid, extra: 1 }, /extra|Unrecognized/i],
          [{ amount: 1, paid_on: wibToday(), method: "cash_inside" }, /inmate_id/],
        ]
        for (const [body, message] of cases) {
          const refused = await failureOf(pay(body))
          expect({ body, status: refused.status }).toEqual({ body, status: 400 })
          expect(refused.message).toMatch(message)
        }
        // A payout dated in a closed month is refused.
        const lastMonthDay = new Date(Date.now() + 7 * 3_600_000)
        lastMonthDay.setUTCDate(0)
        const lastMonth = lastMonthDay.toISOString().slice(0, 7)
        await closePeriodWorkflow(getContainer()).run({
          input: { lapas_id: lapasId[A], lapas_name: A, time_zone: "Asia/Jakarta", month: lastMonth, closed_by: null },
        })
        const closed = await failureOf(pay({ ...valid, paid_on: `${lastMonth}-15` }))
        expect(closed.status).toBe(400)
        expect(closed.message).toMatch(/closed/)
        expect(await payoutCount()).toBe(0)

        // Two payouts at once, each of 60 % of the balance: one is recorded, the other refused.
        const part = Math.ceil(inmate.outstanding * 0.6)
        const results = await Promise.all([
          failureOf(pay({ ...valid, amount: part, method: "savings_account" })),
          failureOf(pay({ ...valid, amount: part, method: "savings_account" }, as.national)),
        ])
        expect(results.map((r) => r.status).sort()).toEqual([200, 400])
        // The list of payouts: finance's own lapas, one inmate's, newest first.
        const { data: listed } = await api.get(`/lapas-api/premi/payouts?inmate_id=${inmate.id}`, as.financeA)
        expect(listed).toMatchObject({ count: 1, payouts: [{ inmate_id: inmate.id, inmate_code: inmate.code, amount: part, method: "savings_account" }] })
        const { data: first } = await pay({ ...valid, amount: inmate.outstanding - part, note: "Sisa premi" })
        expect(first.balance).toEqual({ earned: inmate.outstanding, paid: inmate.outstanding, outstanding: 0 })
        expect((await failureOf(pay({ ...valid, amount: 1 }))).status).toBe(400)
        expect(await payoutCount()).toBe(2)

        const url = `/lapas-api/premi/inmates/${inmate.id}/statement?from=2020-01-01&to=${wibToday()}`
        const { data: statement } = await api.get(url, as.financeA)
        expect(statement).toMatchObject({
          inmate: { id: inmate.id, code: inmate.code, lapas_id: lapasId[A] },
          period: { from: "2020-01-01", to: wibToday(), time_zone: "Asia/Jakarta" },
          opening_balance: 0,
          totals: { earned: inmate.outstanding, paid: inmate.outstanding },
          closing_balance: 0,
        })
        expect(statement.payouts.map((p: any) => p.amount).sort()).toEqual([part, inmate.outstanding - part].sort())
        // A period of today alone holds the same lines (everything was booked today).
        const { data: later } = await api.get(
          `/lapas-api/premi/inmates/${inmate.id}/statement?from=${wibToday()}&to=${wibToday()}`,
          as.financeA
        )
        expect(later.lines.length).toBe(statement.lines.length)

        const pdf = await api.get(`${url}&format=pdf`, { ...as.financeA, responseType: "arraybuffer" })
        const bytes = new Uint8Array(pdf.data)
        expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-")
        const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true })
        expect(text).toContain(inmate.code)
        expect(text).toContain(rp(inmate.outstanding))
        expect(text).toContain(rp(part))
        expect(text).toContain("Saldo akhir: Rp 0")
        expect(text).toContain("WIB")
        // Letterhead, and a receipt for each payout: its amount in figures, once, to sign or thumbprint.
        const flat = String(text).replace(/\s+/g, " ")
        expect(flat).toContain("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA")
        expect(flat).toContain("LEMBAGA PEMASYARAKATAN KELAS IIA BOJONEGORO")
        expect(flat.match(/Telah menerima premi sebesar/g)).toHaveLength(statement.payouts.length)
        expect(flat.match(/tanda tangan \/ cap jempol/g)).toHaveLength(statement.payouts.length)
        for (const p of statement.payouts) {
          expect(flat.split(`Telah menerima premi sebesar ${rp(p.amount)} (`)).toHaveLength(2)
        }
        expect(flat).not.toMatch(/\d{4}-\d{2}-\d{2}/)
        const again = await api.get(`${url}&format=pdf`, { ...as.national, responseType: "arraybuffer" })
        expect(Buffer.from(again.data).equals(Buffer.from(pdf.data))).toBe(true)
      })

      it("allocates a sale's premi in the booking's own transaction, and a replay allocates what a booking without allocation left", async () => {
        // Capture with the subscriber off, then book the sale's entries without their allocations,
        // as the booking's fallback does when the combined write fails.
        const was = process.env.PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS
        process.env.PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS = "false"
        try {
          await api.post(`/admin/payments/${orderAB.paymentId}/capture`, {}, as.admin)
          const container = getContainer()
          const snapshots = await ensureCostSnapshots(container, orderAB.id)
          const plan = salePlanOf(await readSaleFacts(container, orderAB.id), { order_id: orderAB.id, snapshots })
          expect(plan.book).toBe(true)
          const entries = saleEntriesOf(plan, orderAB.paymentId)
          const ledgerOnly = await bookSaleInOneTransaction(container, { order_id: orderAB.id, entries, premi: false })
          expect(ledgerOnly).toMatchObject({ inserted: 6, existing: 0, allocated: 0 })
          expect(await premiEntries(orderAB.id)).toHaveLength(2)
          expect(await allocations(orderAB.id)).toEqual([])

          // The capture's booking run again (a replayed event, the repair): nothing new on the
          // ledger, and the premi entries it finds unallocated are allocated.
          const replay = await bookPaymentShares(container, { payment_id: orderAB.paymentId })
          expect(replay).toMatchObject({ order_id: orderAB.id, booked: true, inserted: 0, existing: 6 })
          const lines = await netPerLine(orderAB.id)
          expect(lines.size).toBe(2)
          for (const [lineId, line] of lines) {
            expect(line.premi > 0n).toBe(true)
            expect(line.allocated).toBe(line.premi)
            const { makers } = await expectedMakers(lineId)
            const expected = allocateByWeights(line.premi, makers.map((m) => m.weight))
            expect(Object.fromEntries(line.byMaker)).toEqual(
              Object.fromEntries(makers.map((m, i) => [m.key, expected[i]]).filter(([, v]) => v !== 0n))
            )
          }
          // Each allocation is dated like the entry it allocates (to the millisecond it was read at).
          const dated = await sql(
            `SELECT a.booked_at AS allocated_at, e.booked_at AS booked_at
               FROM premi_allocation a JOIN share_ledger_entry e ON e.id = a.ledger_entry_id WHERE a.order_id = ?`,
            [orderAB.id]
          )
          expect(dated.length).toBeGreaterThan(0)
          for (const d of dated) expect(new Date(d.allocated_at).getTime()).toBe(new Date(d.booked_at).getTime())

          // Once more: nothing at all.
          const before = await allocations(orderAB.id)
          expect(await bookPaymentShares(container, { payment_id: orderAB.paymentId })).toMatchObject({ inserted: 0, existing: 6 })
          expect(await allocations(orderAB.id)).toEqual(before)
        } finally {
          if (was === undefined) delete process.env.PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS
          else process.env.PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS = was
        }
      })

      it("leaves the premi of a variant that never had a batch unallocated, and shows it", async () => {
        const { data: ref } = await api.get(
          `/admin/products?handle=${PRODUCTS.find((p) => p.lapas === A)!.handle}&fields=id,shipping_profile.id`,
          as.admin
        )
        const { data: created } = await api.post(
          `/admin/products`,
          {
            title: "Uji tanpa batch",
            handle: "uji-tanpa-batch",
            status: "published",
            shipping_profile_id: ref.products[0].shipping_profile.id,
            options: [{ title: "Ukuran", values: ["Standar"] }],
            variants: [
              {
                title: "Standar",
                options: { Ukuran: "Standar" },
                manage_inventory: false,
                prices: [{ currency_code: "idr", amount: 10_000 }],
              },
            ],
            sales_channels: [{ id: seeded.salesChannelId }],
            additional_data: { lapas_id: lapasId[A] },
          },
          as.admin
        )
        const order = await placeOrder([{ variant_id: created.product.variants[0].id, quantity: 1 }])
        await api.post(`/admin/payments/${order.paymentId}/capture`, {}, as.admin)
        const [entry] = await waitFor("the premi entry", async () => {
          const rows = await premiEntries(order.id)
          return rows.length === 1 && rows
        })
        expect(BigInt(entry.amount) > 0n).toBe(true)
        const list = await waitFor("the unallocated premi", async () => {
          const data = await inmatesOf(A, as.financeA)
          return data.totals.unallocated === Number(entry.amount) && data
        })
        expect(list.totals.booked).toBe(Number(entry.amount))
        expect(list.totals.earned).toBe(0)
        expect(await allocations(order.id)).toEqual([])
        expect(await sql(`SELECT 1 FROM production_line_batch WHERE order_id = ?`, [order.id])).toEqual([])
      })

      it("refuses another lapas's inmates, statements and payouts to finance, and everything to lapas staff", async () => {
        await capture(orderAB, 2)
        const listA = await inmatesOf(A, as.national)
        const inmateA = listA.inmates.find((i: any) => i.outstanding > 0)
        // Finance of B sees B's own list; asking for A's is a 404.
        const { data: asB } = await api.get(`/lapas-api/premi/inmates`, as.financeB)
        expect(asB.lapas_id).toBe(lapasId[B])
        expect(asB.inmates.every((i: any) => i.lapas_id === lapasId[B])).toBe(true)
        expect(asB.inmates.some((i: any) => i.id === inmateA.id)).toBe(false)
        const askedA = await failureOf(api.get(`/lapas-api/premi/inmates?lapas_id=${lapasId[A]}`, as.financeB))
        expect(askedA).toEqual({ status: 404, message: `Lapas with id "${lapasId[A]}" was not found.` })
        expect((await failureOf(api.get(`/lapas-api/premi/payouts?lapas_id=${lapasId[A]}`, as.financeB))).status).toBe(404)
        expect((await failureOf(api.get(`/lapas-api/premi/payouts?inmate_id=${inmateA.id}`, as.financeB))).status).toBe(404)

        const statement = `/lapas-api/premi/inmates/${inmateA.id}/statement`
        const foreign = await failureOf(api.get(statement, as.financeB))
        expect(foreign).toEqual({ status: 404, message: `Inmate with id "${inmateA.id}" was not found.` })
        expect((await failureOf(api.get(`${statement}?format=pdf`, as.financeB))).status).toBe(404)
        const body = { inmate_id: inmateA.id, amount: 1, paid_on: wibToday(), method: "on_release" }
        const payB = await failureOf(api.post(`/lapas-api/premi/payouts`, body, as.financeB))
        expect(payB).toEqual({ status: 404, message: `Inmate with id "${inmateA.id}" was not found.` })
        expect((await failureOf(api.get(`/lapas-api/premi/inmates/inm_missing/statement`, as.national))).status).toBe(404)
        // Bad queries are 400s that say what to fix.
        expect((await failureOf(api.get(`${statement}?format=docx`, as.financeA))).message).toMatch(/json or pdf/)
        expect((await failureOf(api.get(`${statement}?from=2026-02-01&to=2026-01-01`, as.financeA))).message).toMatch(/from must not be after to/)
        expect((await failureOf(api.get(`/lapas-api/premi/inmates?urut=kode`, as.financeA))).status).toBe(400)

        expect((await failureOf(api.get(`/lapas-api/premi/inmates`, as.staffA))).status).toBe(403)
        expect((await failureOf(api.get(statement, as.staffA))).status).toBe(403)
        expect((await failureOf(api.get(`/lapas-api/premi/payouts`, as.staffA))).status).toBe(403)
        expect((await failureOf(api.post(`/lapas-api/premi/payouts`, body, as.staffA))).status).toBe(403)
        expect(Number((await sql(`SELECT COUNT(*) AS n FROM premi_payout`))[0].n)).toBe(0)

        // The tables refuse edits.
        await expect(dbConnection.raw(`UPDATE premi_allocation SET amount = amount`)).rejects.toThrow(/append-only/)
        await expect(dbConnection.raw(`DELETE FROM premi_payout`)).rejects.toThrow(/append-only/)
        await expect(dbConnection.raw(`UPDATE production_line_batch SET quantity = quantity`)).rejects.toThrow(/append-only/)
      })
    })
  },
})
