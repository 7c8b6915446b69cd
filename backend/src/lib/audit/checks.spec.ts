import { ACCOUNTS, DEFAULT_BASIS_POINTS, reverseShares, splitProfit, ZERO_SHARES, type Account } from "@karya-binaan/shares"
import { describe, expect, it } from "vitest"
import { checkPremi, checkRefunds, checkSales, checkTransferCaptures, paidLines, type LineFact, type OrderFact, type ReversalGroup, type SaleRow } from "./checks"
import type { Discrepancy } from "./types"

const order = (id: string, over: Partial<OrderFact> = {}): OrderFact => ({
  id,
  status: "pending",
  canceled_parts: 0,
  live_full: false,
  ever_full: false,
  captured_total: 0n,
  refunded_total: 0n,
  refunds: 0,
  ...over,
})
const line = (id: string, lapas: string, over: Partial<LineFact> = {}): LineFact => ({
  order_id: "o1",
  line_item_id: id,
  current_quantity: 2,
  quantities: [2],
  unit_price: 50_000n,
  tax_inclusive: false,
  discount: 0n,
  lapas_id: lapas,
  unit_cost: 30_001n,
  ...over,
})

/** The three sale rows a correct booking writes for a line of 2 × Rp 50.000 at HPP 30.001. */
function saleRows(lineId: string, lapas: string): SaleRow[] {
  const shares = splitProfit(100_000n - 2n * 30_001n, DEFAULT_BASIS_POINTS)
  return ACCOUNTS.map((account) => ({
    id: `sle_${lineId}_${account}`,
    order_id: "o1",
    line_item_id: lineId,
    lapas_id: lapas,
    account,
    amount: shares[account],
    idempotency_key: `sale:${lineId}:${account}`,
    quantity: 2,
    revenue: 100_000n,
    paid: 111_000n,
    unit_cost: 30_001n,
    ...DEFAULT_BASIS_POINTS,
  }))
}

function refundGroups(lineId: string, refundId: string, refunded: bigint, reversedSoFar = ZERO_SHARES): ReversalGroup[] {
  const booked = splitProfit(100_000n - 2n * 30_001n, DEFAULT_BASIS_POINTS)
  const reversal = reverseShares({ booked, reversedSoFar, refundedSoFar: refunded, total: 111_000n })
  return ACCOUNTS.map((account: Account) => ({
    order_id: "o1",
    line_item_id: lineId,
    kind: "refund" as const,
    reference_id: refundId,
    account,
    n: 1,
    amount: reversal[account],
    paid: refunded,
    unit_cost: 30_001n,
    created_at: new Date(),
  }))
}

describe("paidLines (the paid-parts rule from stored facts)", () => {
  const lines = [line("l1", "A"), line("l2", "B"), line("l3", "A", { current_quantity: 0 })]
  it("pays only the confirmed lapas's lines while captures cover the confirmations", () => {
    const paid = paidLines(new Map([["o1", order("o1", { captured_total: 120_000n })]]), lines, new Map([["o1", new Map([["A", 120_000n]])]]))
    expect([...paid.expected].sort()).toEqual(["l1", "l3"])
    expect([...paid.parts]).toEqual(["o1|A"])
  })
  it("pays nothing when the confirmations exceed the captures", () => {
    const paid = paidLines(new Map([["o1", order("o1", { captured_total: 1n })]]), lines, new Map([["o1", new Map([["A", 120_000n]])]]))
    expect(paid.expected.size).toBe(0)
  })
  it("pays every line still in a fully captured order, and allows a sale on one taken out since", () => {
    const paid = paidLines(new Map([["o1", order("o1", { live_full: true, captured_total: 300_000n })]]), lines, new Map())
    expect([...paid.expected].sort()).toEqual(["l1", "l2"])
    expect(paid.allowed.has("l3")).toBe(true)
  })
})

describe("checkTransferCaptures", () => {
  const confirmed = new Map([["o1", new Map([["A", 120_000n], ["B", 80_000n]])]])
  it("names an order whose confirmations its captures do not cover, with both amounts", () => {
    const out: Discrepancy[] = []
    checkTransferCaptures(new Map([["o1", order("o1", { captured_total: 80_000n })]]), confirmed, out)
    expect(out).toEqual([
      expect.objectContaining({ kind: "transfer_not_captured", order_id: "o1", expected: "200000", actual: "80000" }),
    ])
  })
  it("finds nothing when every confirmed rupiah is captured, or the order is canceled", () => {
    const out: Discrepancy[] = []
    checkTransferCaptures(new Map([["o1", order("o1", { captured_total: 200_000n })]]), confirmed, out)
    checkTransferCaptures(new Map([["o1", order("o1", { status: "canceled", captured_total: 0n })]]), confirmed, out)
    expect(out).toEqual([])
  })
})

describe("checkSales and checkRefunds", () => {
  const facts = new Map([["l1", line("l1", "A")]])
  const paid = { expected: new Set(["l1"]), allowed: new Set(["l1"]), parts: new Set(["o1|A"]) }

  it("finds nothing in a correct sale and its partial refunds", () => {
    const out: Discrepancy[] = []
    const first = refundGroups("l1", "ref1", 37_000n)
    const reversedSoFar = Object.fromEntries(ACCOUNTS.map((a) => [a, first.find((g) => g.account === a)!.amount])) as any
    const second = refundGroups("l1", "ref2", 74_000n, reversedSoFar).map((g) => ({ ...g, paid: 37_000n }))
    const booked = checkSales(paid, facts, saleRows("l1", "A"), [...first, ...second], out)
    checkRefunds(
      new Map([["o1", order("o1", { captured_total: 111_000n, refunded_total: 74_000n })]]),
      [
        { id: "ref1", order_id: "o1", amount: 37_000n },
        { id: "ref2", order_id: "o1", amount: 37_000n },
      ],
      [...first, ...second],
      booked,
      out
    )
    expect(out).toEqual([])
  })

  it("names a rupiah on the wrong account, a missing account and a wrong key", () => {
    const rows = saleRows("l1", "A")
    rows[0] = { ...rows[0], amount: rows[0].amount - 1n }
    rows[1] = { ...rows[1], amount: rows[1].amount + 1n, idempotency_key: "sale:other" }
    const out: Discrepancy[] = []
    checkSales(paid, facts, rows.slice(0, 2), [], out)
    expect(out.map((d) => d.kind).sort()).toEqual(["line_not_booked", "line_not_booked", "shares_not_split", "shares_not_split"])
  })

  it("a full refund must net the order to 0; a refund with no reversal is named", () => {
    const out: Discrepancy[] = []
    const booked = checkSales(paid, facts, saleRows("l1", "A"), [], out)
    checkRefunds(
      new Map([["o1", order("o1", { captured_total: 111_000n, refunded_total: 111_000n })]]),
      [{ id: "ref1", order_id: "o1", amount: 111_000n }],
      [],
      booked,
      out
    )
    expect(out.map((d) => d.kind)).toEqual(["refund_not_reversed", "refund_not_reversed"])
  })
})

describe("checkPremi", () => {
  it("wants a line with makers allocated exactly, a line without none", () => {
    const out: Discrepancy[] = []
    checkPremi(
      [
        { order_id: "o1", line_item_id: "l1", booked: 100n, allocated: 100n, allocations: 2, orphans: 0, has_makers: true },
        { order_id: "o1", line_item_id: "l2", booked: 100n, allocated: 99n, allocations: 2, orphans: 0, has_makers: true },
        { order_id: "o1", line_item_id: "l3", booked: 100n, allocated: 0n, allocations: 0, orphans: 0, has_makers: false },
        { order_id: "o1", line_item_id: "l4", booked: 0n, allocated: 5n, allocations: 1, orphans: 1, has_makers: false },
      ],
      out
    )
    expect(out.map((d) => `${d.id}:${d.kind}`)).toEqual(["l2:premi_mismatch", "l4:premi_mismatch", "l4:premi_mismatch"])
  })
})
