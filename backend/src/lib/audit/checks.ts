/**
 * The audit's rules over the rows its SQL read (pure: no database, no Medusa). Each function adds
 * the discrepancies of one area. Amounts are bigint whole rupiah throughout.
 */
import {
  ACCOUNTS,
  lineProfit,
  reverseShares,
  splitProfit,
  sumShares,
  ZERO_SHARES,
  type Account,
  type Shares,
} from "@karya-binaan/shares"
import type { Discrepancy } from "./types"

export interface OrderFact {
  id: string
  status: string
  canceled_parts: number
  /** Some live payment collection, and every live one captured in full (the paid-parts rule). */
  live_full: boolean
  /** Every collection that captured anything captured its amount in full: paid once, whatever came after (cancel). */
  ever_full: boolean
  /** Σ captures of the order's payments. */
  captured_total: bigint
  /** Σ refunds of the order's payments. */
  refunded_total: bigint
  refunds: number
}

export interface LineFact {
  order_id: string
  line_item_id: string
  /** 0 when an order edit took the line out (a canceled part). */
  current_quantity: number
  /** Every quantity the line had over the order's versions. */
  quantities: number[]
  unit_price: bigint | null
  tax_inclusive: boolean
  discount: bigint
  lapas_id: string | null
  /** The snapshotted HPP; null when the line has no snapshot (booked at 0). */
  unit_cost: bigint | null
}

export interface SaleRow {
  id: string
  order_id: string
  line_item_id: string
  lapas_id: string | null
  account: Account
  amount: bigint
  idempotency_key: string
  quantity: number
  revenue: bigint
  paid: bigint
  unit_cost: bigint | null
  capital_bp: number | null
  premi_bp: number | null
  pnbp_bp: number | null
}

/** Refund or correction entries of one line, event and account, summed. */
export interface ReversalGroup {
  order_id: string
  line_item_id: string
  kind: "refund" | "correction"
  reference_id: string | null
  account: Account
  n: number
  amount: bigint
  paid: bigint
  unit_cost: bigint | null
  created_at: Date
}

export interface RefundRow {
  id: string
  order_id: string
  amount: bigint
}

const fmt = (s: Shares) => ACCOUNTS.map((a) => `${a}=${s[a]}`).join(" ")
const sharesEqual = (a: Shares, b: Shares) => ACCOUNTS.every((k) => a[k] === b[k])

/** Which lines the paid-parts rule says are paid, and which sale rows may not be there. */
export interface PaidLines {
  /** Lines that must have their sale booked. */
  expected: Set<string>
  /** Lines that may carry a sale: expected, or paid once (a fully captured order, a part canceled after). */
  allowed: Set<string>
  /** Paid parts: `<order>|<lapas>`. */
  parts: Set<string>
}

/**
 * The paid-parts rule (lib/order-parts/paid-parts.ts) from the database alone: a line still in its
 * order is paid once the order's live payments are captured in full (or every collection that
 * captured did so in full, e.g. before a cancel); any line, in the order or taken out of it with
 * its canceled part, is paid once its lapas confirmed the transfer, provided the captures cover
 * every confirmed amount. A line taken out of a fully captured order may carry a sale (its part
 * was canceled after the capture) but is not required to.
 */
export function paidLines(
  orders: Map<string, OrderFact>,
  lines: LineFact[],
  confirmations: Map<string, Map<string, bigint>>
): PaidLines {
  const expected = new Set<string>()
  const allowed = new Set<string>()
  const parts = new Set<string>()
  for (const line of lines) {
    const order = orders.get(line.order_id)
    if (!order) continue
    const confirmed = confirmations.get(line.order_id)
    const confirmedTotal = [...(confirmed?.values() ?? [])].reduce((a, b) => a + b, 0n)
    const byTransfer =
      !!confirmed && !!line.lapas_id && confirmed.has(line.lapas_id) && confirmedTotal <= order.captured_total
    const captured = order.live_full || order.ever_full
    if (byTransfer || (captured && line.current_quantity > 0)) {
      expected.add(line.line_item_id)
      parts.add(`${line.order_id}|${line.lapas_id ?? ""}`)
    }
    if (byTransfer || captured) allowed.add(line.line_item_id)
  }
  return { expected, allowed, parts }
}

/**
 * transfer_not_captured: what the lapas confirmed of an order's transfer is captured (the paid-parts
 * rule books no part of an order whose confirmations its captures do not cover). A server stopping
 * inside confirm-bank-transfer leaves this; the repair's uncaptured_transfer completes it. Canceled
 * orders are left out: their payment can no longer be captured (a refund by hand, not a repair).
 */
export function checkTransferCaptures(
  orders: Map<string, OrderFact>,
  confirmations: Map<string, Map<string, bigint>>,
  out: Discrepancy[]
) {
  for (const [orderId, ofOrder] of confirmations) {
    const order = orders.get(orderId)
    if (!order || order.status === "canceled") continue
    const confirmed = [...ofOrder.values()].reduce((a, b) => a + b, 0n)
    if (confirmed <= order.captured_total) continue
    out.push({
      kind: "transfer_not_captured",
      order_id: orderId,
      expected: String(confirmed),
      actual: String(order.captured_total),
      detail: `Lapas confirmed Rp ${confirmed} of order ${orderId}'s transfer (${[...ofOrder.keys()].join(", ")}) but only Rp ${order.captured_total} is captured, so none of its parts is booked; the repair job (uncaptured_transfer) captures the rest.`,
    })
  }
}

export interface BookedLine {
  order_id: string
  line_item_id: string
  sale: Shares
  net: Shares
  paid: bigint
  refunded_paid: bigint
  /** Taken out of its order (current quantity 0). */
  removed: boolean
}

/**
 * line_not_booked, booked_unpaid and shares_not_split: every expected line has exactly one sale
 * entry per account under its key; no sale for a line of a part never paid; each account's net
 * is what the split of the line's profit (at its latest HPP) gives, less the proportional
 * reversal of what was refunded of it; the sale's figures are the order line's.
 */
export function checkSales(
  paid: PaidLines,
  lines: Map<string, LineFact>,
  sales: SaleRow[],
  reversals: ReversalGroup[],
  out: Discrepancy[]
): Map<string, BookedLine> {
  const salesOf = new Map<string, SaleRow[]>()
  for (const row of sales) {
    const list = salesOf.get(row.line_item_id) ?? []
    list.push(row)
    salesOf.set(row.line_item_id, list)
  }
  const reversalsOf = new Map<string, ReversalGroup[]>()
  for (const group of reversals) {
    const list = reversalsOf.get(group.line_item_id) ?? []
    list.push(group)
    reversalsOf.set(group.line_item_id, list)
  }

  for (const lineId of paid.expected) {
    if (salesOf.has(lineId)) continue
    const line = lines.get(lineId)!
    out.push({
      kind: "line_not_booked",
      order_id: line.order_id,
      id: lineId,
      expected: "3",
      actual: "0",
      detail: `Line ${lineId} of a paid part (lapas ${line.lapas_id ?? "none"}) has no sale entry.`,
    })
  }

  const booked = new Map<string, BookedLine>()
  for (const [lineId, rows] of salesOf) {
    const orderId = rows[0].order_id
    const line = lines.get(lineId)
    if (!paid.allowed.has(lineId)) {
      out.push({
        kind: "booked_unpaid",
        order_id: orderId,
        id: lineId,
        expected: "0",
        actual: String(rows.reduce((s, r) => s + r.amount, 0n)),
        detail: line
          ? `Line ${lineId} has ${rows.length} sale entries, but its part (lapas ${line.lapas_id ?? "none"}) was never paid.`
          : `Sale entries name line ${lineId}, which is no line of order ${orderId}.`,
      })
    }
    for (const account of ACCOUNTS) {
      const ofAccount = rows.filter((r) => r.account === account)
      const key = `sale:${lineId}:${account}`
      if (ofAccount.length !== 1) {
        out.push({
          kind: "line_not_booked",
          order_id: orderId,
          id: lineId,
          expected: "1",
          actual: String(ofAccount.length),
          detail: `Line ${lineId} has ${ofAccount.length} ${account} sale entries (${ofAccount.map((r) => r.idempotency_key).join(", ") || "none"}); a sale is booked exactly once per account.`,
        })
      } else if (ofAccount[0].idempotency_key !== key) {
        out.push({
          kind: "line_not_booked",
          order_id: orderId,
          id: lineId,
          expected: key,
          actual: ofAccount[0].idempotency_key,
          detail: `The ${account} sale of line ${lineId} is booked under key ${ofAccount[0].idempotency_key}, not ${key}: a replay would book it again.`,
        })
      }
    }

    // The figures the sale was computed from: one set on all its rows, and the order line's.
    const first = rows.find((r) => r.account === "capital") ?? rows[0]
    const figures = (r: SaleRow) => `${r.quantity}|${r.revenue}|${r.paid}|${r.unit_cost}|${r.capital_bp}|${r.premi_bp}|${r.pnbp_bp}|${r.lapas_id}`
    const problems: string[] = []
    if (rows.some((r) => figures(r) !== figures(first))) problems.push("its entries disagree on the figures")
    if (line) {
      if (!line.quantities.includes(first.quantity)) problems.push(`quantity ${first.quantity}, the line had ${line.quantities.join("/")}`)
      const cost = line.unit_cost ?? 0n
      if (first.unit_cost !== cost) problems.push(`HPP ${first.unit_cost}, the snapshot says ${cost}`)
      if (line.unit_price !== null && !line.tax_inclusive) {
        const revenue = line.unit_price * BigInt(first.quantity) - line.discount
        if (first.revenue !== revenue) problems.push(`revenue ${first.revenue}, the line's price × quantity − discount is ${revenue}`)
      }
      if (line.lapas_id && first.lapas_id !== line.lapas_id) problems.push(`lapas ${first.lapas_id}, the line's is ${line.lapas_id}`)
    }
    const bp =
      first.capital_bp === null || first.premi_bp === null || first.pnbp_bp === null
        ? null
        : { capital_bp: first.capital_bp, premi_bp: first.premi_bp, pnbp_bp: first.pnbp_bp }

    const saleActual = sumShares(...rows.map((r) => ({ ...ZERO_SHARES, [r.account]: r.amount })))
    const groups = reversalsOf.get(lineId) ?? []
    const net = sumShares(saleActual, ...groups.map((g) => ({ ...ZERO_SHARES, [g.account]: g.amount })))
    // What was refunded of the line: each refund's figures are repeated on its accounts' rows; take one.
    const refundedByRefund = new Map<string, bigint>()
    for (const g of groups.filter((g) => g.kind === "refund")) {
      const key = g.reference_id ?? ""
      const prev = refundedByRefund.get(key) ?? 0n
      if (g.paid > prev) refundedByRefund.set(key, g.paid)
    }
    const refundedPaid = [...refundedByRefund.values()].reduce((a, b) => a + b, 0n)
    const corrections = groups.filter((g) => g.kind === "correction").sort((a, b) => a.created_at.getTime() - b.created_at.getTime())
    const latestCost = corrections.length ? corrections[corrections.length - 1].unit_cost ?? first.unit_cost : first.unit_cost

    booked.set(lineId, {
      order_id: orderId,
      line_item_id: lineId,
      sale: saleActual,
      net,
      paid: first.paid,
      refunded_paid: refundedPaid,
      removed: !!line && line.current_quantity === 0,
    })

    if (!bp) problems.push("its sale carries no split (basis points)")
    let expectedSale: Shares | null = null
    let expectedNet: Shares | null = null
    if (bp) {
      try {
        expectedSale = splitProfit(lineProfit({ revenue: first.revenue, quantity: first.quantity, unitCost: first.unit_cost ?? 0n }), bp)
        const corrected = splitProfit(lineProfit({ revenue: first.revenue, quantity: first.quantity, unitCost: latestCost ?? 0n }), bp)
        expectedNet =
          refundedPaid > 0n && first.paid > 0n
            ? sumShares(corrected, reverseShares({ booked: corrected, reversedSoFar: ZERO_SHARES, refundedSoFar: refundedPaid, total: first.paid }))
            : corrected
      } catch (error) {
        problems.push(`its shares cannot be recomputed (${(error as Error).message})`)
      }
    }
    // Per account, one sale row each: compare the row (duplicates are line_not_booked above).
    const firstOfAccount = sumShares(
      ...ACCOUNTS.map((a) => ({ ...ZERO_SHARES, [a]: rows.find((r) => r.account === a)?.amount ?? 0n }))
    )
    if (expectedSale && !sharesEqual(firstOfAccount, expectedSale)) {
      problems.push(`the sale books ${fmt(firstOfAccount)}, the split of its profit is ${fmt(expectedSale)}`)
    }
    if (expectedNet && !sharesEqual(net, expectedNet)) {
      out.push({
        kind: "shares_not_split",
        order_id: orderId,
        id: lineId,
        expected: fmt(expectedNet),
        actual: fmt(net),
        detail: `Line ${lineId} nets ${fmt(net)}; its sale's split${latestCost !== first.unit_cost ? ` at the corrected HPP ${latestCost}` : ""}${refundedPaid > 0n ? ` less the reversal of Rp ${refundedPaid} refunded of Rp ${first.paid}` : ""} is ${fmt(expectedNet)}.`,
      })
    }
    if (problems.length) {
      out.push({
        kind: "shares_not_split",
        order_id: orderId,
        id: lineId,
        detail: `The sale of line ${lineId}: ${problems.join("; ")}.`,
      })
    }
  }
  return booked
}

/**
 * refund_not_reversed and refund_reversed_twice: each refund of a booked order reversed once, by
 * no more than it gave back; no reversal of a refund the order does not have; a line never
 * refunded beyond what was paid for it; a full refund, a canceled order and a canceled part's
 * lines net every account to 0.
 */
export function checkRefunds(
  orders: Map<string, OrderFact>,
  refunds: RefundRow[],
  reversals: ReversalGroup[],
  booked: Map<string, BookedLine>,
  out: Discrepancy[]
) {
  const bookedByOrder = new Map<string, BookedLine[]>()
  for (const line of booked.values()) {
    const list = bookedByOrder.get(line.order_id) ?? []
    list.push(line)
    bookedByOrder.set(line.order_id, list)
  }
  const groupsByRefund = new Map<string, ReversalGroup[]>()
  for (const g of reversals) {
    if (g.kind !== "refund") continue
    const key = `${g.order_id}|${g.reference_id ?? ""}`
    const list = groupsByRefund.get(key) ?? []
    list.push(g)
    groupsByRefund.set(key, list)
  }
  const known = new Set(refunds.map((r) => `${r.order_id}|${r.id}`))

  for (const refund of refunds) {
    const groups = groupsByRefund.get(`${refund.order_id}|${refund.id}`) ?? []
    const lines = bookedByOrder.get(refund.order_id) ?? []
    if (!groups.length) {
      const left = lines.reduce((s, l) => s + (l.paid > l.refunded_paid ? l.paid - l.refunded_paid : 0n), 0n)
      if (lines.length && left > 0n) {
        out.push({
          kind: "refund_not_reversed",
          order_id: refund.order_id,
          id: refund.id,
          expected: String(refund.amount < left ? refund.amount : left),
          actual: "0",
          detail: `Refund ${refund.id} (Rp ${refund.amount}) of order ${refund.order_id} reversed no share, while Rp ${left} paid for its booked lines is not refunded.`,
        })
      }
      continue
    }
    const twice = groups.filter((g) => g.n > 1)
    for (const g of twice) {
      out.push({
        kind: "refund_reversed_twice",
        order_id: refund.order_id,
        id: refund.id,
        expected: "1",
        actual: String(g.n),
        detail: `Refund ${refund.id} reversed the ${g.account} share of line ${g.line_item_id} ${g.n} times.`,
      })
    }
    const reversedPaid = new Map<string, bigint>()
    for (const g of groups) if (g.paid > (reversedPaid.get(g.line_item_id) ?? 0n)) reversedPaid.set(g.line_item_id, g.paid)
    const total = [...reversedPaid.values()].reduce((a, b) => a + b, 0n)
    if (!twice.length && total > refund.amount) {
      out.push({
        kind: "refund_reversed_twice",
        order_id: refund.order_id,
        id: refund.id,
        expected: String(refund.amount),
        actual: String(total),
        detail: `Refund ${refund.id} gave back Rp ${refund.amount} but its reversals take back Rp ${total} of the lines.`,
      })
    }
  }

  for (const [key, groups] of groupsByRefund) {
    if (known.has(key)) continue
    const [orderId, refundId] = key.split("|")
    out.push({
      kind: "refund_reversed_twice",
      order_id: orderId,
      id: refundId || undefined,
      detail: `${groups.length} reversal entries of order ${orderId} name refund ${refundId || "(none)"}, which is no refund of the order's payments.`,
    })
  }

  for (const line of booked.values()) {
    if (line.refunded_paid > line.paid) {
      out.push({
        kind: "refund_reversed_twice",
        order_id: line.order_id,
        id: line.line_item_id,
        expected: String(line.paid),
        actual: String(line.refunded_paid),
        detail: `Line ${line.line_item_id} was paid Rp ${line.paid} but Rp ${line.refunded_paid} of it is reversed.`,
      })
    }
    if (line.removed && !sharesEqual(line.net, ZERO_SHARES)) {
      out.push({
        kind: "refund_not_reversed",
        order_id: line.order_id,
        id: line.line_item_id,
        expected: fmt(ZERO_SHARES),
        actual: fmt(line.net),
        detail: `Line ${line.line_item_id} left its order with its canceled part but still nets ${fmt(line.net)}.`,
      })
    }
  }

  for (const [orderId, lines] of bookedByOrder) {
    const order = orders.get(orderId)
    if (!order) continue
    const fullRefund = order.captured_total > 0n && order.refunded_total >= order.captured_total
    const canceled = order.status === "canceled"
    if (!fullRefund && !canceled) continue
    const net = sumShares(...lines.map((l) => l.net))
    if (sharesEqual(net, ZERO_SHARES)) continue
    out.push({
      kind: "refund_not_reversed",
      order_id: orderId,
      expected: fmt(ZERO_SHARES),
      actual: fmt(net),
      detail: fullRefund
        ? `Order ${orderId} is refunded in full (Rp ${order.refunded_total} of Rp ${order.captured_total} captured) but its accounts net ${fmt(net)}.`
        : `Order ${orderId} is canceled but its accounts net ${fmt(net)}.`,
    })
  }
}

export interface PremiRow {
  order_id: string
  line_item_id: string
  booked: bigint
  allocated: bigint
  allocations: number
  orphans: number
  has_makers: boolean
}

/**
 * premi_mismatch: a line with makers has its net premi allocated exactly (the premi module's
 * cumulative rule keeps the sum equal through refunds and corrections); a line without makers has
 * nothing allocated; no allocation names an entry that is not a premi entry of its line.
 */
export function checkPremi(rows: PremiRow[], out: Discrepancy[]) {
  for (const row of rows) {
    const expected = row.has_makers ? row.booked : 0n
    if (row.allocated !== expected) {
      out.push({
        kind: "premi_mismatch",
        order_id: row.order_id,
        id: row.line_item_id,
        expected: String(expected),
        actual: String(row.allocated),
        detail: row.has_makers
          ? `Line ${row.line_item_id} books Rp ${row.booked} premi but Rp ${row.allocated} is allocated to its makers.`
          : `Line ${row.line_item_id} has no makers but Rp ${row.allocated} premi is allocated.`,
      })
    }
    if (row.orphans > 0) {
      out.push({
        kind: "premi_mismatch",
        order_id: row.order_id,
        id: row.line_item_id,
        expected: "0",
        actual: String(row.orphans),
        detail: `${row.orphans} premi allocations of line ${row.line_item_id} name no premi ledger entry of the line.`,
      })
    }
  }
}
