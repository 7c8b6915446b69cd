import { describe, expect, it } from "vitest"
import { ACCOUNTS, DEFAULT_BASIS_POINTS, reverseShares, splitProfit, sumShares, ZERO_SHARES } from "@karya-binaan/shares"
import {
  allocateRefund,
  apportion,
  bookedLines,
  correctionEntries,
  refundEntries,
  saleEntries,
  type BookedRow,
  type NewEntry,
  type SaleLine,
} from "./booking"
import { policyFor, startOfWibDay, wibDay, type PolicyRow } from "./policy"

const line = (over: Partial<SaleLine> = {}): SaleLine => ({
  line_item_id: "ordli_1",
  lapas_id: "lapas_a",
  quantity: 2,
  revenue: 50_000n,
  paid: 50_000n,
  unit_cost: 10_820n,
  policy: { id: "spol_1", ...DEFAULT_BASIS_POINTS },
  ...over,
})

/** Ledger rows as the database would hold them after booking `entries`. */
const asRows = (entries: NewEntry[]): BookedRow[] =>
  entries.map((e) => ({ ...e, unit_cost: e.unit_cost, reference_id: e.reference_id }))

describe("saleEntries", () => {
  it("books the split of revenue − quantity × HPP on the three accounts with stable keys", () => {
    const entries = saleEntries("order_1", "pay_1", [line()])
    expect(entries.map((e) => e.idempotency_key)).toEqual(ACCOUNTS.map((a) => `sale:ordli_1:${a}`))
    const shares = splitProfit(50_000n - 2n * 10_820n, DEFAULT_BASIS_POINTS)
    for (const e of entries) expect(e.amount).toBe(shares[e.account])
    expect(entries.reduce((s, e) => s + e.amount, 0n)).toBe(28_360n)
  })

  it("books a loss on capital alone", () => {
    const entries = saleEntries("order_1", null, [line({ unit_cost: 30_000n })])
    expect(entries.map((e) => e.amount)).toEqual([-10_000n, 0n, 0n])
  })
})

describe("apportion", () => {
  it("splits exactly by largest remainder and never beyond a weight", () => {
    expect(apportion(10n, [1n, 1n, 1n])).toEqual([4n, 3n, 3n])
    expect(apportion(7n, [5n, 0n, 2n])).toEqual([5n, 0n, 2n])
    expect(apportion(0n, [5n, 2n])).toEqual([0n, 0n])
    for (let total = 0n; total <= 30n; total++) {
      const parts = apportion(total, [7n, 11n, 13n])
      expect(parts.reduce((a, b) => a + b, 0n)).toBe(total)
      parts.forEach((p, i) => expect(p <= [7n, 11n, 13n][i]).toBe(true))
    }
  })
})

describe("refunds", () => {
  const sale = asRows(
    saleEntries("order_1", "pay_1", [
      line(),
      line({ line_item_id: "ordli_2", lapas_id: "lapas_b", quantity: 1, revenue: 1_250_000n, paid: 1_250_000n, unit_cost: 700_000n }),
    ])
  )

  it("spreads an amount-only refund by what is left unrefunded, and ignores what exceeds the lines (shipping)", () => {
    const lines = bookedLines(sale)
    expect(allocateRefund(130_000n, lines)).toEqual([5_000n, 125_000n])
    expect(allocateRefund(5_000_000n, lines)).toEqual([50_000n, 1_250_000n])
  })

  it("refunds returned lines first", () => {
    const lines = bookedLines(sale)
    expect(allocateRefund(25_000n, lines, new Map([["ordli_1", { quantity: 1 }]]))).toEqual([25_000n, 0n])
    expect(allocateRefund(35_000n, lines, new Map([["ordli_1", { quantity: 1 }]]))).toEqual([25_000n + 196n, 9_804n])
  })

  it("keeps a part's refund on that part's lines: its shipping reverses nothing of the other lapas", () => {
    const lines = bookedLines(sale)
    // Lapas A's whole line (50.000) plus its shipping (15.000), refunded when A's part is canceled.
    const onlyA = new Map([["ordli_1", { amount: 50_000n }]])
    expect(allocateRefund(65_000n, lines, onlyA, true)).toEqual([50_000n, 0n])
    expect(allocateRefund(65_000n, lines, onlyA)).toEqual([50_000n, 15_000n])
    const entries = refundEntries("order_1", "ref_a", 65_000n, sale, onlyA, null, true)
    expect(new Set(entries.map((e) => e.line_item_id))).toEqual(new Set(["ordli_1"]))
  })

  it("nets every account to 0 after refunds that add up to the whole, never overshooting on the way", () => {
    let rows = sale
    for (const [i, amount] of [333n, 50_000n, 1_000_000n, 999_999n].entries()) {
      const entries = refundEntries("order_1", `ref_${i}`, amount, rows)
      rows = [...rows, ...asRows(entries)]
      for (const l of bookedLines(rows)) {
        for (const a of ACCOUNTS) {
          const net = l.booked[a] + l.reversed[a]
          expect(l.booked[a] >= 0n ? net >= 0n : net <= 0n).toBe(true)
        }
      }
    }
    for (const l of bookedLines(rows)) {
      for (const a of ACCOUNTS) expect(l.booked[a] + l.reversed[a]).toBe(0n)
      expect(l.refundedRevenue).toBe(l.revenue)
      expect(l.refundedPaid).toBe(l.paid)
    }
    expect(refundEntries("order_1", "ref_more", 10_000n, rows)).toEqual([])
  })
})

describe("corrections", () => {
  const bp = { capital_bp: 4000, premi_bp: 4500, pnbp_bp: 1500 }
  const sold = line({ quantity: 3, revenue: 100_001n, paid: 111_001n, unit_cost: 20_000n, policy: { id: "spol_x", ...bp } })
  const sale = asRows(saleEntries("order_1", "pay_1", [sold]))
  const fix = (key: string, unit_cost: bigint) => ({ key, line_item_id: "ordli_1", unit_cost, reason: "HPP batch salah input", created_by: "user_1" })
  const netOf = (rows: BookedRow[]) => {
    const l = bookedLines(rows)[0]
    return sumShares(l.booked, l.reversed)
  }

  it("books split(new profit) − split(old profit) on the accounts that change, by the sale's policy", () => {
    const entries = correctionEntries("order_1", fix("k1", 25_000n), sale)!
    const diff = {
      capital: splitProfit(100_001n - 75_000n, bp).capital - splitProfit(100_001n - 60_000n, bp).capital,
      premi: splitProfit(100_001n - 75_000n, bp).premi - splitProfit(100_001n - 60_000n, bp).premi,
      pnbp: splitProfit(100_001n - 75_000n, bp).pnbp - splitProfit(100_001n - 60_000n, bp).pnbp,
    }
    expect(entries.map((e) => [e.account, e.amount])).toEqual(ACCOUNTS.filter((a) => diff[a] !== 0n).map((a) => [a, diff[a]]))
    expect(entries.reduce((s, e) => s + e.amount, 0n)).toBe(-15_000n)
    for (const e of entries) {
      expect(e).toMatchObject({
        kind: "correction",
        reference_id: "k1",
        idempotency_key: `correction:k1:ordli_1:${e.account}`,
        policy_id: "spol_x",
        ...bp,
        unit_cost: 25_000n,
        revenue: 0n,
        paid: 0n,
        reason: "HPP batch salah input",
        created_by: "user_1",
      })
    }
    const after = bookedLines([...sale, ...asRows(entries)])[0]
    expect(after.unit_cost).toBe(25_000n)
    expect(after.booked).toEqual(splitProfit(25_001n, bp))
    expect(after.reversed).toEqual(ZERO_SHARES)
  })

  it("books nothing for the same HPP, and cannot correct a line that is not booked", () => {
    expect(correctionEntries("order_1", fix("k1", 20_000n), sale)).toEqual([])
    expect(correctionEntries("order_1", { ...fix("k1", 1n), line_item_id: "ordli_9" }, sale)).toBeNull()
  })

  it("respects refunds, and refunds after corrections still net every account to 0", () => {
    let rows = [...sale, ...asRows(refundEntries("order_1", "ref_1", 40_000n, sale))]
    const refundedPaid = 40_000n
    for (const [i, cost] of [35_000n, 0n, 20_000n, 40_000n].entries()) {
      rows = [...rows, ...asRows(correctionEntries("order_1", fix(`k${i}`, cost), rows)!)]
      const corrected = splitProfit(100_001n - 3n * cost, bp)
      const target = sumShares(
        corrected,
        reverseShares({ booked: corrected, reversedSoFar: ZERO_SHARES, refundedSoFar: refundedPaid, total: 111_001n })
      )
      expect(netOf(rows)).toEqual(target)
    }
    rows = [...rows, ...asRows(refundEntries("order_1", "ref_2", 30_000n, rows))]
    const corrected = splitProfit(100_001n - 120_000n, bp)
    expect(netOf(rows)).toEqual(
      sumShares(corrected, reverseShares({ booked: corrected, reversedSoFar: ZERO_SHARES, refundedSoFar: 70_000n, total: 111_001n }))
    )
    rows = [...rows, ...asRows(refundEntries("order_1", "ref_3", 1_000_000n, rows))]
    expect(netOf(rows)).toEqual(ZERO_SHARES)
    expect(correctionEntries("order_1", fix("late", 1n), rows)).toEqual([])
  })
})

describe("channel and kind of line", () => {
  it("books a sale under online goods unless told otherwise", () => {
    for (const e of saleEntries("order_1", "pay_1", [line()])) {
      expect([e.channel, e.line_kind]).toEqual(["online", "goods"])
    }
  })

  it("lets refunds and corrections inherit each sale line's channel and kind", () => {
    const sale = asRows(
      saleEntries("order_1", "pay_1", [
        line({ channel: "event", line_kind: "goods" }),
        line({ line_item_id: "ordli_2", quantity: 1, revenue: 80_000n, paid: 80_000n, unit_cost: 30_000n, channel: "event", line_kind: "service" }),
      ])
    )
    expect(sale.map((e) => `${e.line_item_id}:${e.channel}:${e.line_kind}`)).toEqual([
      "ordli_1:event:goods",
      "ordli_1:event:goods",
      "ordli_1:event:goods",
      "ordli_2:event:service",
      "ordli_2:event:service",
      "ordli_2:event:service",
    ])
    const refund = refundEntries("order_1", "ref_1", 40_000n, sale)
    expect(refund.length).toBe(6)
    for (const e of refund) {
      expect(e.channel).toBe("event")
      expect(e.line_kind).toBe(e.line_item_id === "ordli_2" ? "service" : "goods")
    }
    const correction = correctionEntries(
      "order_1",
      { key: "fix_1", line_item_id: "ordli_2", unit_cost: 10_000n, reason: "HPP jasa salah", created_by: null },
      [...sale, ...asRows(refund)]
    )!
    expect(correction.length).toBeGreaterThan(0)
    for (const e of correction) expect([e.channel, e.line_kind]).toEqual(["event", "service"])
  })

  it("reads rows written before channels existed as online goods", () => {
    const old = asRows(saleEntries("order_1", "pay_1", [line()])).map(({ channel: _c, line_kind: _k, ...row }) => row)
    const [booked] = bookedLines(old)
    expect([booked.channel, booked.line_kind]).toEqual(["online", "goods"])
    for (const e of refundEntries("order_1", "ref_1", 10_000n, old)) expect([e.channel, e.line_kind]).toEqual(["online", "goods"])
  })
})

describe("policyFor", () => {
  const policy = (over: Partial<PolicyRow>): PolicyRow => ({
    id: "p",
    scope: "all",
    lapas_id: null,
    partner_agreement_id: null,
    capital_bp: 5000,
    premi_bp: 3500,
    pnbp_bp: 1500,
    effective_from: startOfWibDay("2020-01-01"),
    ...over,
  })
  const policies = [
    policy({ id: "all-2020" }),
    policy({ id: "all-2026", effective_from: startOfWibDay("2026-06-01"), capital_bp: 4000, premi_bp: 4500 }),
    policy({ id: "lapas-a", scope: "lapas", lapas_id: "a", effective_from: startOfWibDay("2025-01-01") }),
    policy({ id: "agreement-x", scope: "partner_agreement", lapas_id: "a", partner_agreement_id: "x", effective_from: startOfWibDay("2026-07-01") }),
  ]

  it("takes the most specific scope in force on the order's WIB day", () => {
    expect(policyFor(policies, { lapas_id: "b", partner_agreement_id: null }, "2026-05-31T16:59:59Z").id).toBe("all-2020")
    // 17:00 UTC on 31 May is 00:00 WIB on 1 June.
    expect(policyFor(policies, { lapas_id: "b", partner_agreement_id: null }, "2026-05-31T17:00:00Z").id).toBe("all-2026")
    expect(policyFor(policies, { lapas_id: "a", partner_agreement_id: "x" }, "2026-06-15T00:00:00Z").id).toBe("lapas-a")
    expect(policyFor(policies, { lapas_id: "a", partner_agreement_id: "x" }, "2026-07-01T00:00:00Z").id).toBe("agreement-x")
    expect(policyFor([], { lapas_id: "a", partner_agreement_id: null }, new Date())).toEqual({ id: null, ...DEFAULT_BASIS_POINTS })
  })

  it("reads WIB days", () => {
    expect(wibDay("2026-11-23T16:59:59Z")).toBe("2026-11-23")
    expect(wibDay("2026-11-23T17:00:00Z")).toBe("2026-11-24")
  })
})
