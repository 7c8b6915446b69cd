import { extractText, getDocumentProxy } from "unpdf"
import { formatRupiah } from "@karya-binaan/format"
import { PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { appModule } from "../app"
import { readReportCsv, readReportXlsx } from "../report-files"
import { defineSuite, demoSeed } from "../runner"
import { failureOf, loginAs, loginAsMember, statusOf, type Headers, waitFor as waitUntil, placeOrderWithPayment, variantOfProduct } from "../helpers"

const { bookOrderSharesWorkflow } = appModule<typeof import("../../src/workflows/profit-share/book-order-shares")>(
  "src/workflows/profit-share/book-order-shares"
)

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"
const WIB = 7 * 3600_000

/** This month and the one before, as YYYY-MM in WIB (every demo lapas keeps WIB). */
function months() {
  const now = new Date(Date.now() + WIB)
  const current = now.toISOString().slice(0, 7)
  const prev = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7)
  return { current, prev }
}
const lastDay = (month: string) => {
  const [y, m] = month.split("-").map(Number)
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`
}
const today = () => new Date(Date.now() + WIB).toISOString().slice(0, 10)
/** The formats whose closed-month report is compared byte for byte: all of them. */
const BYTE_IDENTICAL = ["json", "csv", "xlsx", "pdf"]
const MONTHS_ID = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(" ")
const monthLabel = (month: string) => `${MONTHS_ID[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`

let ntpnSeq = 0
const ntpn = () => `NTPN${String(Date.now()).slice(-8)}${String(++ntpnSeq).padStart(4, "0")}`
const BILLING = "820261015000123"

export default defineSuite({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: SeedResult
    const as: Record<string, Headers> = {}
    const lapasId: Record<string, string> = {}
    const variant: Record<string, string> = {}
    const { current, prev } = months()
    const PREV = { from: `${prev}-01`, to: lastDay(prev) }
    const CUR = { from: `${current}-01`, to: lastDay(current) }

    const variantOf = (handle: string) => variantOfProduct(api, seeded.publishableKey, handle)

    const placeOrder = (items: { variant_id: string; quantity: number }[]) =>
      placeOrderWithPayment(api, seeded, items, as.national)

    async function ledgerCount(orderId: string) {
      const { rows } = await dbConnection.raw(`SELECT COUNT(*)::int AS n FROM share_ledger_entry WHERE order_id = ?`, [orderId])
      return rows[0].n as number
    }

    const waitFor = <T,>(what: string, probe: () => Promise<T | undefined | false>) => waitUntil(what, probe, 20_000)

    /** Captures now; the payment.captured subscriber books it (dated now). */
    async function captureNow(order: { id: string; paymentId: string }, entries: number) {
      await api.post(`/admin/payments/${order.paymentId}/capture`, {}, as.national)
      await waitFor("the sale's entries", async () => (await ledgerCount(order.id)) === entries)
    }

    /**
     * Captures with booking on payment events off, dates the capture on `day` (10:00 WIB) and
     * books the order by running the workflow, as a late-booked sale of an earlier month.
     */
    async function captureOn(order: { id: string; paymentId: string }, day: string) {
      const before = process.env.PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS
      process.env.PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS = "false"
      try {
        await api.post(`/admin/payments/${order.paymentId}/capture`, {}, as.national)
        await dbConnection.raw(`UPDATE payment SET captured_at = ? WHERE id = ?`, [`${day}T03:00:00Z`, order.paymentId])
        return await bookOrderSharesWorkflow(getContainer()).run({ input: { order_id: order.id, payment_id: order.paymentId } })
      } finally {
        if (before === undefined) delete process.env.PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS
        else process.env.PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS = before
      }
    }

    /** What the ledger holds for a lapas over whole WIB days [from, to]. */
    async function ledgerSums(lapas: string, period: { from: string; to: string }) {
      const { rows } = await dbConnection.raw(
        `SELECT account, SUM(amount)::text AS total,
                SUM(CASE WHEN account = 'capital' AND kind = 'sale' THEN revenue
                         WHEN account = 'capital' AND kind = 'refund' THEN -revenue ELSE 0 END)::text AS revenue
           FROM share_ledger_entry
          WHERE lapas_id = ? AND booked_at >= (?::date)::timestamp AT TIME ZONE 'Asia/Jakarta'
            AND booked_at < ((?::date) + 1)::timestamp AT TIME ZONE 'Asia/Jakarta'
          GROUP BY account`,
        [lapasId[lapas], period.from, period.to]
      )
      const sums = { capital: 0, premi: 0, pnbp: 0, revenue: 0 }
      for (const r of rows) {
        sums[r.account as "capital"] = Number(r.total)
        sums.revenue += Number(r.revenue)
      }
      return { ...sums, profit: sums.capital + sums.premi + sums.pnbp, cost: sums.revenue - (sums.capital + sums.premi + sums.pnbp) }
    }

    const report = (query: string, who: Headers, format = "json") =>
      api.get(`/lapas-api/reports/pnbp?${query}&format=${format}`, {
        ...who,
        responseType: format === "json" ? "json" : "arraybuffer",
      })

    async function bytes(query: string, who: Headers, format: string) {
      const response: any = await api.get(`/lapas-api/reports/pnbp?${query}&format=${format}`, { ...who, responseType: "arraybuffer" })
      return Buffer.from(response.data)
    }

    const deposit = (body: Record<string, unknown>, who: Headers) => api.post(`/lapas-api/pnbp-deposits`, body, who)

    beforeAll(async () => {
      seeded = demoSeed()
      // The Medusa admin user sets up (orders, captures); members record, close and report.
      as.national = await loginAs(api, "admin@karyabinaan.test")
      as.member = await loginAsMember(api, "nasional@karyabinaan.test")
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${A}@karyabinaan.test`)
      as.financeB = await loginAsMember(api, `finance+${B}@karyabinaan.test`)
      for (const l of await getContainer().resolve("lapas").listLapas({}, { select: ["id", "handle"] })) lapasId[l.handle] = l.id
      variant[A] = await variantOf(PRODUCTS.find((p) => p.lapas === A)!.handle)
      variant[B] = await variantOf(PRODUCTS.find((p) => p.lapas === B)!.handle)
    })

    it("books two months of two lapas, reconciles deposits, closes a month and reports it the same in four formats", async () => {
      // Last month: one order of both lapas and one of A, captured and booked late (dated last month).
      const early1 = await placeOrder([
        { variant_id: variant[A], quantity: 2 },
        { variant_id: variant[B], quantity: 1 },
      ])
      const early2 = await placeOrder([{ variant_id: variant[A], quantity: 1 }])
      await captureOn(early1, `${prev}-10`)
      await captureOn(early2, `${prev}-20`)
      // This month: one order of both lapas, booked on capture.
      const late = await placeOrder([
        { variant_id: variant[A], quantity: 1 },
        { variant_id: variant[B], quantity: 3 },
      ])
      await captureNow(late, 6)

      const { rows: dated } = await dbConnection.raw(
        `SELECT order_id, MIN(booked_at) AS at FROM share_ledger_entry GROUP BY order_id`
      )
      const datedBy = new Map(dated.map((r: any) => [r.order_id, new Date(r.at).getTime() + WIB]))
      expect(new Date(datedBy.get(early1.id)!).toISOString().slice(0, 10)).toBe(`${prev}-10`)
      expect(new Date(datedBy.get(early2.id)!).toISOString().slice(0, 10)).toBe(`${prev}-20`)
      expect(new Date(datedBy.get(late.id)!).toISOString().slice(0, 7)).toBe(current)

      const prevA = await ledgerSums(A, PREV)
      const prevB = await ledgerSums(B, PREV)
      const curA = await ledgerSums(A, CUR)
      expect(prevA.pnbp).toBeGreaterThan(1)
      expect(prevB.pnbp).toBeGreaterThan(0)

      // Deposits: A partly for last month and more than booked for this month; B in full for last month.
      const ntpnA1 = ntpn()
      const { data: d1 } = await deposit(
        {
          lapas_id: lapasId[A],
          period_from: PREV.from,
          period_to: PREV.to,
          billing_code: BILLING,
          ntpn: ntpnA1.toLowerCase(),
          amount: prevA.pnbp - 1,
          deposited_on: today(),
        },
        as.financeA
      )
      expect(d1.pnbp_deposit).toMatchObject({ ntpn: ntpnA1, amount: prevA.pnbp - 1, lapas_id: lapasId[A] })
      await deposit(
        { period_from: CUR.from, period_to: today(), billing_code: BILLING, ntpn: ntpn(), amount: curA.pnbp + 5000, deposited_on: today() },
        as.financeA
      )
      await deposit(
        { lapas_id: lapasId[B], period_from: PREV.from, period_to: PREV.to, billing_code: "820261015000124", ntpn: ntpn(), amount: prevB.pnbp, deposited_on: today() },
        as.member
      )

      // A duplicate NTPN is refused, whoever sends it and in whatever case.
      const duplicate = await failureOf(
        deposit(
          { lapas_id: lapasId[B], period_from: PREV.from, period_to: PREV.to, billing_code: BILLING, ntpn: ntpnA1.toLowerCase(), amount: 1000, deposited_on: today() },
          as.financeB
        )
      )
      expect(duplicate.status).toBe(409)
      expect(duplicate.message).toContain(`NTPN ${ntpnA1} is already recorded`)

      // Reconciliation before the close.
      const recon = async (who: Headers, lapas = A) =>
        (await api.get(`/lapas-api/reports/pnbp/reconciliation?lapas_id=${lapasId[lapas]}&from=${prev}&to=${current}`, who)).data
      let r = await recon(as.financeA)
      expect(r.months.map((m: any) => m.month)).toEqual([prev, current])
      expect(r.months[0]).toMatchObject({ booked: prevA.pnbp, deposited: prevA.pnbp - 1, outstanding: 1, over_deposited: false, closed: false })
      expect(r.months[1]).toMatchObject({ booked: curA.pnbp, deposited: curA.pnbp + 5000, outstanding: -5000, over_deposited: true })
      expect(r.months[1]).toMatchObject({ status: "over_deposited", difference: 5000 })

      // Close last month for A; again is a conflict; this month has not ended.
      const { data: closed } = await api.post(`/lapas-api/periods/close`, { month: prev }, as.financeA)
      expect(closed.closed_period).toMatchObject({ lapas_id: lapasId[A], month: prev })
      expect(closed.closed_period.start_at).toBe(new Date(Date.parse(`${PREV.from}T00:00:00Z`) - WIB).toISOString())
      const again = await failureOf(api.post(`/lapas-api/periods/close`, { lapas_id: lapasId[A], month: prev }, as.member))
      expect(again.status).toBe(409)
      expect(again.message).toContain("already closed")
      const notEnded = await failureOf(api.post(`/lapas-api/periods/close`, { month: current }, as.financeA))
      expect(notEnded.status).toBe(400)
      expect(notEnded.message).toContain("has not ended yet")
      expect((await failureOf(api.post(`/lapas-api/periods/close`, { month: "2026-13" }, as.financeA))).status).toBe(400)
      const { data: periods } = await api.get(`/lapas-api/periods`, as.financeA)
      expect(periods.closed_periods.map((p: any) => p.month)).toEqual([prev])

      // The service contract other modules rely on.
      const profitShare: any = getContainer().resolve("profit_share")
      await expect(profitShare.assertOpenAt(lapasId[A], new Date(`${prev}-15T05:00:00Z`))).rejects.toThrow(
        `${monthLabel(prev)} is closed for this lapas; book a correction in an open period`
      )
      await expect(profitShare.assertOpenAt(lapasId[B], new Date(`${prev}-15T05:00:00Z`))).resolves.toBeUndefined()
      await expect(profitShare.assertOpenAt(lapasId[A], new Date())).resolves.toBeUndefined()

      // A deposit for the closed month is refused.
      const depositClosed = await failureOf(
        deposit({ period_from: PREV.from, period_to: PREV.to, billing_code: BILLING, ntpn: ntpn(), amount: 1, deposited_on: today() }, as.financeA)
      )
      expect(depositClosed.status).toBe(400)
      expect(depositClosed.message).toContain(`${monthLabel(prev)} is closed`)

      // Premi is paid out: not dated in the closed month, today in full.
      const { data: premi } = await api.get(`/lapas-api/premi/inmates?lapas_id=${lapasId[A]}`, as.financeA)
      const earner = premi.inmates.find((i: any) => i.outstanding > 0)
      expect(earner).toBeDefined()
      const payout = { inmate_id: earner.id, amount: earner.outstanding, method: "savings_account" }
      const closedPayout = await failureOf(api.post(`/lapas-api/premi/payouts`, { ...payout, paid_on: `${prev}-28` }, as.financeA))
      expect(closedPayout.status).toBe(400)
      expect(closedPayout.message).toContain(`${monthLabel(prev)} is closed`)
      const { data: paid } = await api.post(`/lapas-api/premi/payouts`, { ...payout, paid_on: today() }, as.financeA)
      expect(paid.balance).toMatchObject({ paid: earner.outstanding, outstanding: 0 })

      // Booking a sale dated in the closed month is refused, with nothing written.
      const refused = await placeOrder([
        { variant_id: variant[A], quantity: 1 },
        { variant_id: variant[B], quantity: 1 },
      ])
      await expect(captureOn(refused, `${prev}-25`)).rejects.toThrow(`${monthLabel(prev)} is closed for this lapas`)
      expect(await ledgerCount(refused.id)).toBe(0)

      // The closed month's report, against the ledger, in all four formats.
      const query = `lapas_id=${lapasId[A]}&from=${PREV.from}&to=${PREV.to}`
      const { data: json } = await report(query, as.financeA)
      expect(json.lapas).toMatchObject({ id: lapasId[A], handle: A })
      expect(json.period).toMatchObject({ from: PREV.from, to: PREV.to, time_zone: "Asia/Jakarta", closed: true })
      expect(json.totals).toEqual({
        revenue: prevA.revenue,
        cost: prevA.cost,
        profit: prevA.profit,
        capital: prevA.capital,
        premi: prevA.premi,
        pnbp: prevA.pnbp,
        deposited: prevA.pnbp - 1,
        outstanding: 1,
        over_deposited: false,
        deposit_status: "under_deposited",
        difference: 1,
      })
      expect(json.orders.map((o: any) => o.order_id)).toEqual([early1.id, early2.id])
      expect(json.orders[0].date).toBe(`${prev}-10`)
      const sum = (rows: any[], key: string) => rows.reduce((s, row) => s + Number(row[key]), 0)
      for (const key of ["revenue", "cost", "profit", "capital", "premi", "pnbp"]) {
        expect(sum(json.orders, key)).toBe(json.totals[key])
        expect(sum(json.by_product, key)).toBe(json.totals[key])
      }
      expect(json.deposits).toHaveLength(1)
      expect(json.deposits[0]).toMatchObject({ ntpn: ntpnA1, amount: prevA.pnbp - 1, billing_code: BILLING })

      const csvResponse: any = await report(query, as.financeA, "csv")
      expect(csvResponse.headers["content-type"]).toContain("text/csv")
      expect(csvResponse.headers["content-disposition"]).toContain(`pnbp-${A}-${PREV.from}-${PREV.to}.csv`)
      expect(csvResponse.headers["content-type"]).toContain("charset=utf-8")
      const csv = readReportCsv(Buffer.from(csvResponse.data))
      const total = csv.find((row) => row.section === "Total")!
      for (const key of ["revenue", "cost", "profit", "capital", "premi", "pnbp", "deposited", "outstanding"]) {
        expect(Number(total[key])).toBe(json.totals[key])
      }
      const csvOrders = csv.filter((row) => row.section === "Pesanan")
      expect(csvOrders.map((row) => row.id)).toEqual([early1.id, early2.id])
      expect(sum(csvOrders, "pnbp")).toBe(json.totals.pnbp)
      expect(csv.filter((row) => row.section === "Setoran").map((row) => row.id)).toEqual([ntpnA1])

      const xlsx = await readReportXlsx(await bytes(query, as.financeA, "xlsx"))
      expect(xlsx).toEqual(csv)

      const pdf = await bytes(query, as.financeA, "pdf")
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })
      const flat = String(text).replace(/\s+/g, " ")
      expect(flat).toContain("Lapas")
      expect(flat).toContain(formatRupiah(prevA.pnbp))
      expect(flat).toContain(formatRupiah(prevA.revenue))
      expect(flat).toContain(formatRupiah(prevA.pnbp - 1))
      expect(flat).toContain(`1 ${monthLabel(prev)}`)
      expect(flat).toContain("WIB")
      expect(flat).toContain(ntpnA1)
      // A government document: letterhead, number, PNBP account code, totals rows equal to the summary,
      // one date style, a difference as a word and a positive amount.
      for (const line of ["KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA", "DIREKTORAT JENDERAL PEMASYARAKATAN", "LEMBAGA PEMASYARAKATAN KELAS IIA BOJONEGORO"]) {
        expect(flat).toContain(line)
      }
      const numberOf = (text: string) => text.match(/Nomor: (PNBP\/\S+)/)?.[1]
      const number = numberOf(flat)
      expect(number).toMatch(new RegExp(`^PNBP/413521/${prev.replace("-", "")}/[0-9A-F]{6}$`))
      expect(flat).toContain("Kode akun PNBP : 425119")
      expect(flat).toContain(`Periode : 1 ${monthLabel(prev)} s.d. ${Number(PREV.to.slice(8))} ${monthLabel(prev)} (WIB)`)
      const units = json.by_product.reduce((n: number, p: any) => n + p.quantity, 0)
      expect(flat).toContain(`Jumlah ${units} ${formatRupiah(json.totals.revenue)} ${formatRupiah(json.totals.profit)} ${formatRupiah(json.totals.pnbp)}`)
      expect(flat).toContain(`Jumlah disetor ${formatRupiah(json.totals.deposited)}`)
      expect(flat).toContain("Selisih PNBP terutang dan disetor Kurang setor Rp 1")
      expect(flat).toContain("Bendahara Penerimaan")
      expect(flat).not.toMatch(/\d{4}-\d{2}-\d{2}/)
      const secondText = String((await extractText(await getDocumentProxy(new Uint8Array(await bytes(query, as.financeA, "pdf"))), { mergePages: true })).text)
      expect(numberOf(secondText.replace(/\s+/g, " "))).toBe(number)

      // Two months: a row per month and a totals row equal to the two months' summary.
      const both = `lapas_id=${lapasId[A]}&from=${PREV.from}&to=${CUR.to}`
      const { data: bothJson } = await report(both, as.financeA)
      const bothPdf = await bytes(both, as.financeA, "pdf")
      const bothText = String((await extractText(await getDocumentProxy(new Uint8Array(bothPdf)), { mergePages: true })).text).replace(/\s+/g, " ")
      expect(bothText).toMatch(new RegExp(`Nomor: PNBP/413521/${prev.replace("-", "")}-${current.replace("-", "")}/[0-9A-F]{6}`))
      expect(bothText).toContain("Rincian per bulan")
      expect(bothText).toContain(`${monthLabel(prev)} `)
      expect(bothText).toContain(`${monthLabel(current)} `)
      const bothUnits = bothJson.by_product.reduce((n: number, p: any) => n + p.quantity, 0)
      const gap = bothJson.totals.outstanding
      const gapText = gap > 0 ? `Kurang setor ${formatRupiah(gap)}` : gap < 0 ? `Lebih setor ${formatRupiah(-gap)}` : "Lunas"
      expect(bothText).toContain(
        `Jumlah ${bothUnits} ${formatRupiah(bothJson.totals.revenue)} ${formatRupiah(bothJson.totals.profit)} ${formatRupiah(bothJson.totals.pnbp)} ${formatRupiah(bothJson.totals.deposited)} ${gapText}`
      )
      expect(bothText).toContain(`Selisih PNBP terutang dan disetor ${gapText}`)
      expect(bothText).not.toMatch(/-Rp/)
      expect(bothText).not.toMatch(/\d{4}-\d{2}-\d{2}/)

      // The closed month's report is the same bytes every time.
      const firstRun: Record<string, Buffer> = {}
      for (const format of BYTE_IDENTICAL) {
        firstRun[format] = await bytes(query, as.financeA, format)
        const same = (await bytes(query, as.financeA, format)).equals(firstRun[format])
        expect({ format, same }).toEqual({ format, same: true })
      }

      // A correction of a closed month's sale is booked now (an open month) ...
      const { rows: lines } = await dbConnection.raw(
        `SELECT line_item_id, unit_cost::text AS unit_cost FROM share_ledger_entry
          WHERE order_id = ? AND lapas_id = ? AND kind = 'sale' AND account = 'pnbp'`,
        [early1.id, lapasId[A]]
      )
      const { data: corrected } = await api.post(
        `/lapas-api/orders/${early1.id}/shares/corrections`,
        { line_item_id: lines[0].line_item_id, unit_cost: Number(lines[0].unit_cost) + 2_000, reason: "HPP batch salah input", idempotency_key: "pnbp-fix-1" },
        as.financeA
      )
      const correctionPnbp = corrected.correction.entries
        .filter((e: any) => e.account === "pnbp")
        .reduce((s: number, e: any) => s + Number(e.amount), 0)
      expect(correctionPnbp).toBeLessThan(0)

      // ... shows in both months' reconciliation ...
      r = await recon(as.financeA)
      expect(r.months[0]).toMatchObject({
        month: prev,
        booked: prevA.pnbp,
        closed: true,
        corrections_after_close: correctionPnbp,
        corrections_after_close_count: 1,
      })
      expect(r.months[1]).toMatchObject({ month: current, booked: curA.pnbp + correctionPnbp, corrections_after_close: 0 })
      expect(r.months[1].outstanding).toBe(curA.pnbp + correctionPnbp - (curA.pnbp + 5000))
      expect(r.months[1].over_deposited).toBe(true)

      // ... and leaves the closed month's report byte for byte as it was.
      for (const format of BYTE_IDENTICAL) {
        const same = (await bytes(query, as.financeA, format)).equals(firstRun[format])
        expect({ format, same }).toEqual({ format, same: true })
      }

      // The national roll-up adds up the lapas.
      const { data: rollup } = await report(`from=${PREV.from}&to=${PREV.to}`, as.member)
      expect(rollup.lapas).toBeNull()
      expect(rollup.totals.pnbp).toBe(prevA.pnbp + prevB.pnbp)
      expect(rollup.totals.deposited).toBe(prevA.pnbp - 1 + prevB.pnbp)
      const rollupCsv: any = await report(`from=${PREV.from}&to=${PREV.to}`, as.member, "csv")
      expect(rollupCsv.headers["content-disposition"]).toContain(`pnbp-nasional-${PREV.from}-${PREV.to}.csv`)

      // Finance of B sees B's report only, and not A's.
      const { data: mineB } = await report(`from=${PREV.from}&to=${PREV.to}`, as.financeB)
      expect(mineB.lapas.id).toBe(lapasId[B])
      expect(mineB.totals.pnbp).toBe(prevB.pnbp)
      expect(await statusOf(report(query, as.financeB))).toBe(404)
      expect(await statusOf(report(query, as.financeB, "pdf"))).toBe(404)
      expect(await statusOf(recon(as.financeB))).toBe(404)
      const { data: depositsB } = await api.get(`/lapas-api/pnbp-deposits`, as.financeB)
      expect(depositsB.pnbp_deposits.every((d: any) => d.lapas_id === lapasId[B])).toBe(true)
      expect(depositsB.count).toBe(1)
    }, 600_000)

    it("counts a refunded unit out of the units as out of the revenue, the same in JSON, CSV, XLSX, PDF and the indicators", async () => {
      const query = `lapas_id=${lapasId[A]}&from=${CUR.from}&to=${CUR.to}`
      const year = current.slice(0, 4)
      const lapasRow = (data: any) => data.lapas_comparison.find((l: any) => l.lapas_id === lapasId[A])
      const online = (data: any) => data.by_channel.find((c: any) => c.channel === "online")
      const productOf = (data: any, productId: string) =>
        data.by_product.find((p: any) => p.product_id === productId && p.channel === "online") ?? { quantity: 0, revenue: 0 }
      const { data: before } = await report(query, as.financeA)
      const { data: nationalBefore } = await api.get(`/lapas-api/indicators?year=${year}`, as.member)
      const { data: ownBefore } = await api.get(`/lapas-api/indicators?year=${year}`, as.financeA)

      // Three units sold; exactly one unit's price paid back.
      const order = await placeOrder([{ variant_id: variant[A], quantity: 3 }])
      await captureNow(order, 3)
      const { rows: sale } = await dbConnection.raw(
        `SELECT e.paid::text AS paid, e.revenue::text AS revenue, e.quantity, li.product_id
           FROM share_ledger_entry e JOIN order_line_item li ON li.id = e.line_item_id
          WHERE e.order_id = ? AND e.account = 'capital' AND e.kind = 'sale'`,
        [order.id]
      )
      expect(sale).toHaveLength(1)
      const productId = sale[0].product_id as string
      expect(sale[0].quantity).toBe(3)
      const unitPaid = Math.floor(Number(sale[0].paid) / 3)
      await api.post(`/admin/payments/${order.paymentId}/refund`, { amount: unitPaid }, as.national)
      await waitFor("the refund's entries", async () => (await ledgerCount(order.id)) === 6)
      const { rows: refund } = await dbConnection.raw(
        `SELECT revenue::text AS revenue FROM share_ledger_entry WHERE order_id = ? AND account = 'capital' AND kind = 'refund'`,
        [order.id]
      )
      const netRevenue = Number(sale[0].revenue) - Number(refund[0].revenue)
      expect(netRevenue).toBeLessThan(Number(sale[0].revenue))

      // JSON: the product, the channel and the report's units grow by 2, their revenue by the net revenue.
      const { data: json } = await report(query, as.financeA)
      const row = productOf(json, productId)
      expect(row.quantity - productOf(before, productId).quantity).toBe(2)
      expect(row.revenue - productOf(before, productId).revenue).toBe(netRevenue)
      expect(online(json).quantity - online(before).quantity).toBe(2)
      expect(online(json).revenue - online(before).revenue).toBe(netRevenue)

      // CSV (';', Indonesian headers) and XLSX: the same rows, the product's as in the JSON.
      const csvResponse: any = await report(query, as.financeA, "csv")
      const raw = Buffer.from(csvResponse.data)
      expect(raw.subarray(3).toString("utf8").split("\r\n")[0]).toBe(
        "Bagian;Lapas;ID;No. pesanan;Tanggal;Nama;Jumlah (unit);Pendapatan (Rp);Biaya (Rp);Laba (Rp);Modal produksi (Rp);Premi (Rp);PNBP (Rp);Disetor (Rp);Belum disetor (Rp);Kode billing;Masa dari;Masa sampai;Kanal"
      )
      const csv = readReportCsv(raw)
      const xlsx = await readReportXlsx(await bytes(query, as.financeA, "xlsx"))
      expect(xlsx).toEqual(csv)
      const csvProduct = csv.find((r) => r.section === "Produk" && r.id === productId && r.channel === "Toko online")!
      expect({ quantity: Number(csvProduct.quantity), revenue: Number(csvProduct.revenue) }).toEqual({ quantity: row.quantity, revenue: row.revenue })
      const csvOrder = csv.find((r) => r.section === "Pesanan" && r.id === order.id)!
      expect({ quantity: Number(csvOrder.quantity), revenue: Number(csvOrder.revenue) }).toEqual({ quantity: 2, revenue: netRevenue })
      const csvTotal = csv.find((r) => r.section === "Total")!
      expect({ quantity: Number(csvTotal.quantity), revenue: Number(csvTotal.revenue) }).toEqual({
        quantity: json.by_channel.reduce((n: number, c: any) => n + c.quantity, 0),
        revenue: json.totals.revenue,
      })

      // PDF: the product's line carries the same units and revenue.
      const pdf = await bytes(query, as.financeA, "pdf")
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })
      expect(String(text).replace(/\s+/g, " ")).toContain(`${row.quantity} ${formatRupiah(row.revenue)}`)

      // Indicators: the lapas's channel and its national comparison row move the same way.
      const { data: own } = await api.get(`/lapas-api/indicators?year=${year}`, as.financeA)
      const { data: nationalAfter } = await api.get(`/lapas-api/indicators?year=${year}`, as.member)
      expect(lapasRow(nationalAfter).quantity - lapasRow(nationalBefore).quantity).toBe(2)
      expect(lapasRow(nationalAfter).revenue - lapasRow(nationalBefore).revenue).toBe(netRevenue)
      const units = (data: any) => data.by_channel.reduce((n: number, c: any) => n + c.quantity, 0)
      expect(units(own)).toBe(lapasRow(nationalAfter).quantity)
      expect(online(own).quantity - online(ownBefore).quantity).toBe(2)
      expect(online(own).revenue - online(ownBefore).revenue).toBe(netRevenue)
      const best = (data: any) => data.best_sellers.find((b: any) => b.product_id === productId)
      if (best(own) && best(ownBefore)) expect(best(own).quantity - best(ownBefore).quantity).toBe(2)
    }, 300_000)

    it("validates deposits and keeps each lapas's money to its own finance users", async () => {
      const good = {
        lapas_id: lapasId[A],
        period_from: PREV.from,
        period_to: PREV.to,
        billing_code: BILLING,
        ntpn: ntpn(),
        amount: 125_000,
        deposited_on: today(),
      }
      const count = async () => (await dbConnection.raw(`SELECT COUNT(*)::int AS n FROM pnbp_deposit`)).rows[0].n
      const bad: [Record<string, unknown>, string][] = [
        [{ billing_code: "12345" }, "15 digits"],
        [{ billing_code: "82026101500012A" }, "15 digits"],
        [{ ntpn: "ABC123" }, "16 letters or digits"],
        [{ ntpn: "0123456789ABCDE!" }, "16 letters or digits"],
        [{ amount: 0 }, "whole rupiah above 0"],
        [{ amount: 12.5 }, "whole rupiah above 0"],
        [{ period_from: PREV.to, period_to: PREV.from }, "runs backwards"],
        [{ period_to: "2026-02-30" }, "real calendar day"],
        [{ deposited_on: "2999-01-01" }, "in the future"],
      ]
      for (const [change, message] of bad) {
        const failure = await failureOf(deposit({ ...good, ...change }, as.financeA))
        expect(failure.status).toBe(400)
        expect(failure.message).toContain(message)
      }
      expect(await count()).toBe(0)

      const { data } = await deposit(good, as.financeA)
      expect(data.pnbp_deposit.amount).toBe(125_000)
      // Append-only: the database refuses changing or removing it.
      await expect(dbConnection.raw(`UPDATE pnbp_deposit SET amount = 1`)).rejects.toThrow(/append-only/)
      await expect(dbConnection.raw(`DELETE FROM pnbp_deposit`)).rejects.toThrow(/append-only/)

      // Finance of B: not A's deposits, report, reconciliation or close.
      const period = `from=${PREV.from}&to=${PREV.to}`
      expect(await statusOf(api.get(`/lapas-api/pnbp-deposits?lapas_id=${lapasId[A]}`, as.financeB))).toBe(404)
      expect(await statusOf(deposit({ ...good, ntpn: ntpn() }, as.financeB))).toBe(404)
      expect(await statusOf(api.post(`/lapas-api/periods/close`, { lapas_id: lapasId[A], month: prev }, as.financeB))).toBe(404)
      expect(await statusOf(api.get(`/lapas-api/periods?lapas_id=${lapasId[A]}`, as.financeB))).toBe(404)
      expect(await statusOf(api.get(`/lapas-api/reports/pnbp?lapas_id=${lapasId[A]}&${period}`, as.financeB))).toBe(404)
      expect(await statusOf(api.get(`/lapas-api/reports/pnbp/reconciliation?lapas_id=${lapasId[A]}`, as.financeB))).toBe(404)
      const foreign = await failureOf(deposit({ ...good, ntpn: ntpn() }, as.financeB))
      expect(foreign).toEqual({ status: 404, message: `Lapas with id "${lapasId[A]}" was not found.` })
      expect(await statusOf(deposit({ ...good, lapas_id: "lapas_missing", ntpn: ntpn() }, as.member))).toBe(404)
      const nameIt = await failureOf(deposit({ ...good, lapas_id: undefined, ntpn: ntpn() }, as.member))
      expect(nameIt.status).toBe(400)
      expect(nameIt.message).toContain("lapas_id")
      const unknownKey = await failureOf(deposit({ ...good, ntpn: ntpn(), created_by: "someone" }, as.financeA))
      expect(unknownKey.status).toBe(400)
      expect(unknownKey.message).toContain("created_by")
      expect(await statusOf(api.get(`/lapas-api/reports/pnbp/reconciliation?lapas_id=lapas_missing`, as.member))).toBe(404)
      const { data: listB } = await api.get(`/lapas-api/pnbp-deposits`, as.financeB)
      expect(listB.count).toBe(0)
      const { data: listA } = await api.get(`/lapas-api/pnbp-deposits`, as.financeA)
      expect(listA.pnbp_deposits.map((d: any) => d.id)).toEqual([data.pnbp_deposit.id])

      // Lapas staff get no money routes at all.
      // (one request at a time: a refusal nobody awaits yet would be an unhandled rejection)
      for (const request of [
        () => api.get(`/lapas-api/pnbp-deposits`, as.staffA),
        () => deposit({ ...good, ntpn: ntpn() }, as.staffA),
        () => api.get(`/lapas-api/periods`, as.staffA),
        () => api.post(`/lapas-api/periods/close`, { month: prev }, as.staffA),
        () => api.get(`/lapas-api/reports/pnbp?${period}`, as.staffA),
        () => api.get(`/lapas-api/reports/pnbp/reconciliation`, as.staffA),
      ]) {
        expect(await statusOf(request())).toBe(403)
      }
      expect(await count()).toBe(1)

      // Bad report queries say what to fix.
      const badQuery = await failureOf(api.get(`/lapas-api/reports/pnbp?from=${PREV.to}&to=${PREV.from}`, as.member))
      expect(badQuery.status).toBe(400)
      expect(badQuery.message).toContain("runs backwards")
      expect(await statusOf(api.get(`/lapas-api/reports/pnbp?${period}&format=doc`, as.member))).toBe(400)
      expect(await statusOf(api.get(`/lapas-api/reports/pnbp?from=2026-1-1&to=2026-01-31`, as.member))).toBe(400)
    }, 300_000)
  },
})
