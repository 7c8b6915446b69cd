import {
  ACCOUNTS,
  DEFAULT_BASIS_POINTS,
  reverseShares,
  splitProfit,
  sumShares,
  ZERO_SHARES,
  type Shares,
} from "@karya-binaan/shares"
import { PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { defineSuite, demoSeed } from "../runner"
import { failureOf, loginAs, loginAsMember, type Headers, waitFor as waitUntil, placeOrderWithPayment, variantOfProduct } from "../helpers"

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"
const REASON = "HPP batch salah input"
const NOT_BOOKED = "This order's shares are not booked yet; they are booked when the payment is captured."

export default defineSuite({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: SeedResult
    const as: Record<string, Headers> = {}
    const lapasId: Record<string, string> = {}
    /** 2 × a product of A and 1 × a product of B, placed but not captured (restored before each test). */
    let orderAB: { id: string; paymentId: string }
    /** B's products only. */
    let orderB: { id: string; paymentId: string }

    const variantOf = (handle: string) => variantOfProduct(api, seeded.publishableKey, handle)

    const placeOrder = (items: { variant_id: string; quantity: number }[]) =>
      placeOrderWithPayment(api, seeded, items, as.national)

    async function ledgerRows(orderId: string) {
      const { rows } = await dbConnection.raw(
        `SELECT id, line_item_id, lapas_id, account, amount::text AS amount, kind, reference_id, idempotency_key,
                policy_id, capital_bp, premi_bp, pnbp_bp, unit_cost::text AS unit_cost, quantity,
                revenue::text AS revenue, paid::text AS paid, reason, created_by
           FROM share_ledger_entry WHERE order_id = ? ORDER BY created_at, id`,
        [orderId]
      )
      return rows as any[]
    }

    const waitFor = <T,>(what: string, probe: () => Promise<T | undefined | false>) => waitUntil(what, probe, 15_000)

    /** Captures and waits for the sale's 3 entries per line. */
    async function captureAndBook(order: { id: string; paymentId: string }, lines: number) {
      await api.post(`/admin/payments/${order.paymentId}/capture`, {}, as.national)
      return await waitFor("the sale's entries", async () => {
        const rows = await ledgerRows(order.id)
        return rows.length === lines * 3 && rows
      })
    }

    /** The booked sale of a line as the ledger holds it. */
    function saleOf(rows: any[], lineItemId: string) {
      const sale = rows.filter((r) => r.kind === "sale" && r.line_item_id === lineItemId)
      expect(sale).toHaveLength(3)
      const shares = Object.fromEntries(sale.map((r) => [r.account, BigInt(r.amount)])) as Shares
      return {
        line_item_id: lineItemId,
        lapas_id: sale[0].lapas_id as string,
        policy_id: sale[0].policy_id as string | null,
        quantity: Number(sale[0].quantity),
        revenue: BigInt(sale[0].revenue),
        paid: BigInt(sale[0].paid),
        unit_cost: BigInt(sale[0].unit_cost),
        shares,
      }
    }

    /** What a line nets to per account on the ledger. */
    function netOf(rows: any[], lineItemId: string): Shares {
      const net = { ...ZERO_SHARES }
      for (const r of rows.filter((r) => r.line_item_id === lineItemId)) net[r.account as keyof Shares] += BigInt(r.amount)
      return net
    }

    const sharesOf = (line: { revenue: bigint; quantity: number }, unitCost: bigint) =>
      splitProfit(line.revenue - BigInt(line.quantity) * unitCost, DEFAULT_BASIS_POINTS)

    const correct = (orderId: string, body: Record<string, unknown>, who: Headers) =>
      api.post(`/lapas-api/orders/${orderId}/shares/corrections`, body, who)

    beforeAll(async () => {
      seeded = demoSeed()
      // The Medusa admin user sets up (orders, captures, refunds); members correct and read.
      as.national = await loginAs(api, "admin@karyabinaan.test")
      as.member = await loginAsMember(api, "nasional@karyabinaan.test")
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${A}@karyabinaan.test`)
      as.financeB = await loginAsMember(api, `finance+${B}@karyabinaan.test`)
      const { data } = await api.get(`/admin/lapas?limit=100`, as.national)
      for (const l of data.lapas) lapasId[l.handle] = l.id
      const productA = PRODUCTS.find((p) => p.lapas === A)!
      const productB = PRODUCTS.find((p) => p.lapas === B)!
      const [variantA, variantB] = [await variantOf(productA.handle), await variantOf(productB.handle)]
      orderAB = await placeOrder([
        { variant_id: variantA, quantity: 2 },
        { variant_id: variantB, quantity: 1 },
      ])
      orderB = await placeOrder([{ variant_id: variantB, quantity: 1 }])
    })

    describe("HPP corrections", () => {
      it("books split(new profit) − split(old profit) on the line, once per key, and /shares shows it", async () => {
        const sale = await captureAndBook(orderAB, 2)
        const lineA = saleOf(sale, sale.find((r: any) => r.lapas_id === lapasId[A]).line_item_id)
        const lineB = saleOf(sale, sale.find((r: any) => r.lapas_id === lapasId[B]).line_item_id)
        const { data: before } = await api.get(`/lapas-api/orders/${orderAB.id}/shares`, as.member)

        const corrected = lineA.unit_cost + 1_001n
        const { data } = await correct(
          orderAB.id,
          { line_item_id: lineA.line_item_id, unit_cost: Number(corrected), reason: REASON, idempotency_key: "fix-hpp-1" },
          as.financeA
        )
        const expected = sharesOf(lineA, corrected)
        expect(lineA.shares).toEqual(sharesOf(lineA, lineA.unit_cost))
        const diff = Object.fromEntries(ACCOUNTS.map((a) => [a, expected[a] - lineA.shares[a]])) as Shares

        const rows = await ledgerRows(orderAB.id)
        const corrections = rows.filter((r: any) => r.kind === "correction")
        const changed = ACCOUNTS.filter((a) => diff[a] !== 0n)
        expect(changed.length).toBeGreaterThan(0)
        expect(corrections.map((r: any) => r.account).sort()).toEqual([...changed].sort())
        for (const row of corrections) {
          expect(row).toMatchObject({
            line_item_id: lineA.line_item_id,
            lapas_id: lapasId[A],
            amount: diff[row.account as keyof Shares].toString(),
            reference_id: "fix-hpp-1",
            idempotency_key: `correction:fix-hpp-1:${lineA.line_item_id}:${row.account}`,
            policy_id: lineA.policy_id,
            capital_bp: DEFAULT_BASIS_POINTS.capital_bp,
            premi_bp: DEFAULT_BASIS_POINTS.premi_bp,
            pnbp_bp: DEFAULT_BASIS_POINTS.pnbp_bp,
            unit_cost: corrected.toString(),
            quantity: lineA.quantity,
            revenue: "0",
            paid: "0",
            reason: REASON,
          })
          expect(row.created_by).toMatch(/^lmem_/)
        }
        // The change in net profit is exactly quantity × the change in HPP.
        expect(corrections.reduce((s: bigint, r: any) => s + BigInt(r.amount), 0n)).toBe(-BigInt(lineA.quantity) * 1_001n)
        expect(netOf(rows, lineA.line_item_id)).toEqual(expected)
        expect(netOf(rows, lineB.line_item_id)).toEqual(lineB.shares)

        // The answer is /shares as it is now (finance of A: A's line only), plus what was booked.
        const { correction, ...view } = data
        const { data: mine } = await api.get(`/lapas-api/orders/${orderAB.id}/shares`, as.financeA)
        expect(view).toEqual(mine)
        expect(correction).toMatchObject({
          idempotency_key: "fix-hpp-1",
          line_item_id: lineA.line_item_id,
          unit_cost: Number(corrected),
          reason: REASON,
          replayed: false,
        })
        expect(correction.entries).toEqual(changed.map((a) => ({ account: a, amount: Number(diff[a]) })))
        const lineView = mine.lines.find((l: any) => l.line_item_id === lineA.line_item_id)
        expect(lineView).toMatchObject({
          unit_cost: Number(corrected),
          profit: Number(expected.capital + expected.premi + expected.pnbp),
          capital: Number(expected.capital),
          premi: Number(expected.premi),
          pnbp: Number(expected.pnbp),
        })
        expect(mine.entries.filter((e: any) => e.kind === "correction").every((e: any) => e.reason === REASON)).toBe(true)
        const { data: after } = await api.get(`/lapas-api/orders/${orderAB.id}/shares`, as.member)
        expect(after.profit).toBe(before.profit - lineA.quantity * 1_001)
        expect(after.cost).toBe(before.cost + lineA.quantity * 1_001)
        expect(after.revenue).toBe(before.revenue)
        expect(after.capital + after.premi + after.pnbp).toBe(after.profit)

        // A replay with the same key books nothing new and answers the same correction.
        const { data: replay } = await correct(
          orderAB.id,
          { line_item_id: lineA.line_item_id, unit_cost: Number(corrected), reason: REASON, idempotency_key: "fix-hpp-1" },
          as.member
        )
        expect(replay.correction).toMatchObject({ idempotency_key: "fix-hpp-1", replayed: true, entries: correction.entries })
        expect(await ledgerRows(orderAB.id)).toEqual(rows)
        // The same key for another correction is refused.
        const reused = await failureOf(
          correct(
            orderAB.id,
            { line_item_id: lineA.line_item_id, unit_cost: Number(corrected) + 1, reason: REASON, idempotency_key: "fix-hpp-1" },
            as.member
          )
        )
        expect(reused.status).toBe(422)
        expect(reused.message).toMatch(/already booked another correction/)
        expect(await ledgerRows(orderAB.id)).toEqual(rows)

        // Without a key, one is made and returned; back to the original HPP nets to the original sale.
        const { data: back } = await correct(
          orderAB.id,
          { line_item_id: lineA.line_item_id, unit_cost: Number(lineA.unit_cost), reason: "Salah koreksi" },
          as.member
        )
        expect(back.correction.idempotency_key).toMatch(/^scor_/)
        const final = await ledgerRows(orderAB.id)
        expect(final.filter((r: any) => r.reference_id === back.correction.idempotency_key).length).toBe(changed.length)
        expect(netOf(final, lineA.line_item_id)).toEqual(lineA.shares)
        expect(back.lines.find((l: any) => l.line_item_id === lineA.line_item_id).unit_cost).toBe(Number(lineA.unit_cost))

        const { data: ledger } = await api.get(`/lapas-api/ledger?kind=correction&order_id=${orderAB.id}`, as.financeA)
        expect(ledger.count).toBe(2 * changed.length)
        expect(new Set(ledger.entries.map((e: any) => e.reason))).toEqual(new Set([REASON, "Salah koreksi"]))
      })

      it("respects refunds booked before, and later refunds still net every account to 0", async () => {
        const sale = await captureAndBook(orderAB, 2)
        const lineIds = [...new Set(sale.map((r: any) => r.line_item_id as string))]
        const lines = lineIds.map((id) => saleOf(sale, id))
        const lineA = lines.find((l) => l.lapas_id === lapasId[A])!
        const half = lines.reduce((s, l) => s + l.paid / 2n, 0n)
        await api.post(`/admin/payments/${orderAB.paymentId}/refund`, { amount: Number(half) }, as.national)
        const refunded = await waitFor("the refund's entries", async () => {
          const rows = await ledgerRows(orderAB.id)
          return rows.length === 12 && rows
        })
        const refundedPaid = refunded
          .filter((r: any) => r.kind === "refund" && r.line_item_id === lineA.line_item_id && r.account === "capital")
          .reduce((s: bigint, r: any) => s + BigInt(r.paid), 0n)
        expect(refundedPaid > 0n && refundedPaid < lineA.paid).toBe(true)

        // A loss after the correction: all of it on capital, reversed in proportion to what was refunded.
        const corrected = lineA.revenue / BigInt(lineA.quantity) + 7_777n
        const { data } = await correct(
          orderAB.id,
          { line_item_id: lineA.line_item_id, unit_cost: Number(corrected), reason: REASON, idempotency_key: "after-refund" },
          as.financeA
        )
        const correctedSale = sharesOf(lineA, corrected)
        expect(correctedSale.capital < 0n && correctedSale.premi === 0n).toBe(true)
        const target = sumShares(
          correctedSale,
          reverseShares({ booked: correctedSale, reversedSoFar: ZERO_SHARES, refundedSoFar: refundedPaid, total: lineA.paid })
        )
        const rows = await ledgerRows(orderAB.id)
        expect(netOf(rows, lineA.line_item_id)).toEqual(target)
        const booked = rows.filter((r: any) => r.kind === "correction")
        // The corrections add up to the change in the line's net profit.
        const total = (x: Shares) => x.capital + x.premi + x.pnbp
        expect(booked.reduce((s: bigint, r: any) => s + BigInt(r.amount), 0n)).toBe(
          total(target) - total(netOf(refunded, lineA.line_item_id))
        )
        const lineView = data.lines.find((l: any) => l.line_item_id === lineA.line_item_id)
        expect(lineView).toMatchObject({
          unit_cost: Number(corrected),
          capital: Number(target.capital),
          premi: Number(target.premi),
          pnbp: Number(target.pnbp),
        })

        // The rest refunded: the corrected line, like the other one, nets to exactly 0 everywhere.
        const { data: paid } = await api.get(`/admin/payments/${orderAB.paymentId}?fields=amount,refunds.amount`, as.national)
        const left = Number(paid.payment.amount) - paid.payment.refunds.reduce((s: number, r: any) => s + Number(r.amount), 0)
        await api.post(`/admin/payments/${orderAB.paymentId}/refund`, { amount: left }, as.national)
        const full = await waitFor("the second refund's entries", async () => {
          const r = await ledgerRows(orderAB.id)
          return r.length === rows.length + 6 && r
        })
        for (const line of lines) expect(netOf(full, line.line_item_id)).toEqual(ZERO_SHARES)

        // A fully refunded line has nothing left to correct.
        const nothing = await failureOf(
          correct(orderAB.id, { line_item_id: lineA.line_item_id, unit_cost: 1, reason: REASON }, as.member)
        )
        expect(nothing.status).toBe(400)
        expect(nothing.message).toMatch(/nothing was booked/)
      })

      it("lets finance correct their own lapas's lines only; lapas staff none", async () => {
        await captureAndBook(orderAB, 2)
        await captureAndBook(orderB, 1)
        const rows = await ledgerRows(orderAB.id)
        const lineA = rows.find((r: any) => r.lapas_id === lapasId[A]).line_item_id
        const lineBInAB = rows.find((r: any) => r.lapas_id === lapasId[B]).line_item_id
        const lineOfB = (await ledgerRows(orderB.id))[0].line_item_id
        const body = (line_item_id: string) => ({ line_item_id, unit_cost: 1, reason: REASON })

        const staff = await failureOf(correct(orderAB.id, body(lineA), as.staffA))
        expect(staff.status).toBe(403)
        expect(staff.message).toMatch(/finance or national/)
        // The shared order is B's too, but A's line in it is not B's to correct, and the other way round.
        const otherLine = await failureOf(correct(orderAB.id, body(lineA), as.financeB))
        expect(otherLine).toEqual({ status: 404, message: `Order line with id "${lineA}" was not found.` })
        const bLine = await failureOf(correct(orderAB.id, body(lineBInAB), as.financeA))
        expect(bLine).toEqual({ status: 404, message: `Order line with id "${lineBInAB}" was not found.` })
        // B's order, and B's line of another order under A's own order: 404.
        const orderOfB = await failureOf(correct(orderB.id, body(lineOfB), as.financeA))
        expect(orderOfB).toEqual({ status: 404, message: `Order with id "${orderB.id}" was not found.` })
        expect((await failureOf(correct(orderAB.id, body(lineOfB), as.financeA))).status).toBe(404)
        expect((await failureOf(correct(orderAB.id, body(lineOfB), as.member))).status).toBe(404)
        expect((await failureOf(correct("order_missing", body(lineA), as.member))).status).toBe(404)
        expect((await failureOf(correct("order_missing", body(lineA), as.financeA))).status).toBe(404)
        expect(await ledgerRows(orderAB.id)).toEqual(rows)
        expect((await ledgerRows(orderB.id)).every((r: any) => r.kind === "sale")).toBe(true)
      })

      it("refuses bad bodies, unbooked orders and corrections that change nothing, writing nothing", async () => {
        const { data: { order } } = await api.get(`/admin/orders/${orderAB.id}?fields=items.id,items.product_id`, as.national)
        const anyLine = order.items[0].id
        const notBooked = await failureOf(
          correct(orderAB.id, { line_item_id: anyLine, unit_cost: 1, reason: REASON }, as.member)
        )
        expect(notBooked).toEqual({ status: 400, message: NOT_BOOKED })

        const sale = await captureAndBook(orderAB, 2)
        const lineA = saleOf(sale, sale.find((r: any) => r.lapas_id === lapasId[A]).line_item_id)
        const { data: other } = await api.get(`/admin/orders/${orderB.id}?fields=items.id`, as.national)
        const valid = { line_item_id: lineA.line_item_id, unit_cost: 1_000, reason: REASON }
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ ...valid, unit_cost: -1 }, /cannot be negative/],
          [{ ...valid, unit_cost: 1_000.5 }, /no fractions/],
          [{ ...valid, unit_cost: "1000" }, /unit_cost/],
          [{ ...valid, reason: "   " }, /reason/],
          [{ line_item_id: lineA.line_item_id, unit_cost: 1_000 }, /reason/],
          [{ ...valid, idempotency_key: "no spaces here" }, /idempotency_key/],
          [{ ...valid, amount: 5 }, /amount/],
          [{ ...valid, unit_cost: Number(lineA.unit_cost) }, /nothing was booked/],
        ]
        for (const line of ["ordli_unknown", other.order.items[0].id]) {
          const refused = await failureOf(correct(orderAB.id, { ...valid, line_item_id: line }, as.financeA))
          expect(refused).toEqual({ status: 404, message: `Order line with id "${line}" was not found.` })
        }
        for (const [body, message] of cases) {
          const refused = await failureOf(correct(orderAB.id, body, as.financeA))
          expect({ body, status: refused.status }).toEqual({ body, status: 400 })
          expect(refused.message).toMatch(message)
        }
        expect(await ledgerRows(orderAB.id)).toEqual(sale)

        // The database itself refuses a correction that does not say why.
        await expect(
          dbConnection.raw(
            `INSERT INTO share_ledger_entry (id, order_id, line_item_id, account, amount, raw_amount, kind, idempotency_key,
                                             unit_cost, quantity, revenue, raw_revenue, paid, raw_paid)
             VALUES ('sle_test', ?, ?, 'capital', 1, '{"value":"1","precision":20}', 'correction', 'correction:test', 1, 1,
                     0, '{"value":"0","precision":20}', 0, '{"value":"0","precision":20}')`,
            [orderAB.id, lineA.line_item_id]
          )
        ).rejects.toThrow(/share_ledger_entry_correction_explained/)
        expect(await ledgerRows(orderAB.id)).toEqual(sale)
      })
    })
  },
})
