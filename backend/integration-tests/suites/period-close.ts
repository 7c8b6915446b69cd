import { defineSuite } from "../runner"
import { failureOf, loginAsMember, statusOf, type Headers } from "../helpers"

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"
const WIB = 7 * 3600_000
const MONTHS_ID = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(" ")
const monthLabel = (month: string) => `${MONTHS_ID[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`

/** The month `n` months before this one, YYYY-MM in WIB (every demo lapas keeps WIB). */
function monthsAgo(n: number) {
  const now = new Date(Date.now() + WIB)
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 1)).toISOString().slice(0, 7)
}
const lastDay = (month: string) => {
  const [y, m] = month.split("-").map(Number)
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`
}
const today = () => new Date(Date.now() + WIB).toISOString().slice(0, 10)
const BILLING = "820261015000123"

/**
 * Months close in order (an earlier month with activity blocks; an empty one does not), the close
 * preview, the deposit status said one way, and a mistyped deposit corrected by a reversal that
 * leaves both rows, the right balance and a chain that verifies.
 */
export default defineSuite({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const db = dbConnection as any
    const as: Record<string, Headers> = {}
    const lapasId: Record<string, string> = {}
    // m3 stays empty; m2 has PNBP booked (a late-dated sale); m1 (last month) has nothing.
    const m3 = monthsAgo(3)
    const m2 = monthsAgo(2)
    const m1 = monthsAgo(1)
    const PNBP = 1500

    beforeAll(async () => {
      as.national = await loginAsMember(api, "nasional@karyabinaan.test")
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${A}@karyabinaan.test`)
      as.financeB = await loginAsMember(api, `finance+${B}@karyabinaan.test`)
      for (const l of await getContainer().resolve("lapas").listLapas({}, { select: ["id", "handle"] })) lapasId[l.handle] = l.id
      // A sale of A dated in m2 (the period suites need only its PNBP; booking has suites of its own).
      const raw = (v: number) => JSON.stringify({ value: String(v), precision: 20 })
      await db.raw(
        `INSERT INTO share_ledger_entry (id, order_id, line_item_id, lapas_id, account, amount, raw_amount, kind, idempotency_key,
                                         quantity, revenue, raw_revenue, paid, raw_paid, booked_at)
         VALUES ('sle_period_pnbp', 'order_period', 'line_period', ?, 'pnbp', ?, ?::jsonb, 'sale', 'sale:line_period:pnbp',
                 1, 10000, ?::jsonb, 10000, ?::jsonb, ?::timestamptz)`,
        [lapasId[A], PNBP, raw(PNBP), raw(10000), raw(10000), `${m2}-15T05:00:00Z`]
      )
    })

    const preview = async (month: string, who: Headers = as.financeA) =>
      (await api.get(`/lapas-api/periods/preview?month=${month}`, who)).data
    const recon = async () =>
      (await api.get(`/lapas-api/reports/pnbp/reconciliation?from=${m3}&to=${m1}`, as.financeA)).data
    const deposit = (body: Record<string, unknown>, who: Headers = as.financeA) => api.post(`/lapas-api/pnbp-deposits`, body, who)

    it("refuses a month while an earlier month with activity is open, naming it; an empty month does not block", async () => {
      const refused = await failureOf(api.post(`/lapas-api/periods/close`, { month: m1 }, as.financeA))
      expect(refused.status).toBe(400)
      expect(refused.message).toContain(`Close ${monthLabel(m2)} first`)
      expect(refused.message).not.toContain(monthLabel(m3))

      const p1 = await preview(m1)
      expect(p1).toMatchObject({ month: m1, status: "no_activity", difference: 0, open_months_before: [m2], can_close: false, needs_confirmation: false })
      expect(p1.blockers.map((b: any) => b.code)).toEqual(["earlier_months_open"])
      expect(p1.blockers[0].message).toContain(monthLabel(m2))

      // The database refuses the same close on its own (trigger closed_period_in_order).
      await expect(
        db.raw(
          `INSERT INTO closed_period (id, lapas_id, month, start_at, end_at, closed_at) VALUES ('clper_out_of_order', ?, ?, ?::timestamptz, ?::timestamptz, now())`,
          [lapasId[A], m1, `${m1}-01T00:00:00+07:00`, `${lastDay(m1)}T23:59:59+07:00`]
        )
      ).rejects.toThrow(/close the months in order/)

      // Empty months read "no activity", not settled.
      const r = await recon()
      expect(r.months.find((m: any) => m.month === m3)).toMatchObject({ booked: 0, deposited: 0, status: "no_activity", difference: 0 })
      expect(r.months.find((m: any) => m.month === m2)).toMatchObject({ booked: PNBP, status: "under_deposited", difference: PNBP, outstanding: PNBP })
    })

    it("previews what is outstanding; a mistyped deposit is reversed (both rows stay), re-recorded with its NTPN, and the chain verifies", async () => {
      let p2 = await preview(m2)
      expect(p2).toMatchObject({ booked: PNBP, deposited: 0, status: "under_deposited", difference: PNBP, open_months_before: [], can_close: true, needs_confirmation: true })

      const ntpn = `PER${String(Date.now()).slice(-9)}0001`
      const period = { period_from: `${m2}-01`, period_to: lastDay(m2), billing_code: BILLING, ntpn, deposited_on: today() }
      const { data: wrong } = await deposit({ ...period, amount: PNBP + 1000 })
      p2 = await preview(m2)
      expect(p2).toMatchObject({ deposited: PNBP + 1000, status: "over_deposited", difference: 1000, needs_confirmation: true })

      // Scope and roles first: another lapas's finance gets a 404, staff a 403, a short reason a 400.
      const path = `/lapas-api/pnbp-deposits/${wrong.pnbp_deposit.id}/reverse`
      expect(await statusOf(api.post(path, { reason: "Nominal salah ketik" }, as.financeB))).toBe(404)
      expect(await statusOf(api.post(path, { reason: "Nominal salah ketik" }, as.staffA))).toBe(403)
      expect(await statusOf(api.post(path, { reason: "x" }, as.financeA))).toBe(400)

      const { data: reversed } = await api.post(path, { reason: "Nominal salah ketik" }, as.financeA)
      expect(reversed.reversal).toMatchObject({
        reverses_id: wrong.pnbp_deposit.id,
        amount: -(PNBP + 1000),
        ntpn,
        reason: "Nominal salah ketik",
        period_to: lastDay(m2),
      })
      expect(reversed.pnbp_deposit.reversed_by).toMatchObject({ id: reversed.reversal.id, reason: "Nominal salah ketik" })
      const again = await failureOf(api.post(path, { reason: "Nominal salah ketik" }, as.financeA))
      expect(again.status).toBe(409)
      expect(again.message).toContain("already reversed")
      const ofReversal = await failureOf(
        api.post(`/lapas-api/pnbp-deposits/${reversed.reversal.id}/reverse`, { reason: "Batal koreksi" }, as.financeA)
      )
      expect(ofReversal.status).toBe(400)

      // Both rows listed; the balance nets the mistake out.
      const { data: list } = await api.get(`/lapas-api/pnbp-deposits`, as.financeA)
      const rows = list.pnbp_deposits.filter((d: any) => d.ntpn === ntpn)
      expect(rows.map((d: any) => d.amount).sort((a: number, b: number) => a - b)).toEqual([-(PNBP + 1000), PNBP + 1000])
      expect(rows.find((d: any) => d.id === wrong.pnbp_deposit.id).reversed_by.id).toBe(reversed.reversal.id)
      expect(await preview(m2)).toMatchObject({ deposited: 0, status: "under_deposited", difference: PNBP })

      // The right deposit, with the receipt's NTPN once more; a third time is a conflict.
      const { data: right } = await deposit({ ...period, amount: PNBP })
      expect(right.pnbp_deposit).toMatchObject({ ntpn, amount: PNBP, replaces_id: wrong.pnbp_deposit.id, reverses_id: null })
      expect((await failureOf(deposit({ ...period, amount: PNBP }))).status).toBe(409)
      expect(await preview(m2)).toMatchObject({ deposited: PNBP, status: "settled", difference: 0, needs_confirmation: false })

      // The database holds the reversal rules on its own.
      await expect(
        db.raw(
          `INSERT INTO pnbp_deposit (id, lapas_id, period_from, period_to, billing_code, ntpn, amount, raw_amount, deposited_on, reverses_id, reason)
           VALUES ('pnbpd_bogus', ?, ?, ?, ?, ?, -1, '{"value":"-1","precision":20}', ?, ?, 'bogus')`,
          [lapasId[A], period.period_from, period.period_to, BILLING, ntpn, today(), right.pnbp_deposit.id]
        )
      ).rejects.toThrow(/reversal must cancel/)

      const { data: chain } = await api.get(`/lapas-api/ledger/chain`, as.financeA)
      expect(chain.ok).toBe(true)
      expect(chain.chains.find((c: any) => c.table === "pnbp_deposit").rows).toBeGreaterThanOrEqual(3)
    })

    it("closes in order past an empty month; a deposit of a closed month is not reversed", async () => {
      // (The database is restored before every test: this one records its own deposit.)
      const { data: paid } = await deposit({
        period_from: `${m2}-01`,
        period_to: lastDay(m2),
        billing_code: BILLING,
        ntpn: `CLS${String(Date.now()).slice(-9)}0001`,
        amount: PNBP,
        deposited_on: today(),
      })
      const { data } = await api.post(`/lapas-api/periods/close`, { month: m2 }, as.financeA)
      expect(data.closed_period.month).toBe(m2)
      expect((await api.post(`/lapas-api/periods/close`, { month: m1 }, as.financeA)).status).toBe(201)
      expect(await preview(m1)).toMatchObject({ closed: true, can_close: false })
      expect((await preview(m1)).blockers.map((b: any) => b.code)).toEqual(["closed"])

      const closed = await failureOf(
        api.post(`/lapas-api/pnbp-deposits/${paid.pnbp_deposit.id}/reverse`, { reason: "Nominal salah ketik" }, as.financeA)
      )
      expect(closed.status).toBe(400)
      expect(closed.message).toContain(`${monthLabel(m2)} is closed`)
      // National members reach any lapas's preview by naming it; B's finance cannot see A's.
      expect((await api.get(`/lapas-api/periods/preview?month=${m1}&lapas_id=${lapasId[B]}`, as.national)).data.lapas_id).toBe(lapasId[B])
      expect(await statusOf(api.get(`/lapas-api/periods/preview?month=${m1}&lapas_id=${lapasId[A]}`, as.financeB))).toBe(404)
    })
  },
})
