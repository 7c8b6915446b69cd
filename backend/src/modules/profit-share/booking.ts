/**
 * The arithmetic of booking shares, free of Medusa: which ledger rows a sale or a refund
 * writes. The split itself is @karya-binaan/shares; this file decides what goes into it.
 */
import {
  ACCOUNTS,
  lineProfit,
  validateBasisPoints,
  reverseShares,
  splitProfit,
  sumShares,
  ZERO_SHARES,
  type Account,
  type ShareBasisPoints,
  type Shares,
} from "@karya-binaan/shares"
import type { SaleChannel } from "@karya-binaan/contracts"
import type { EntryKind, LineKind } from "./models/ledger-entry"

/** Where a line was sold and what it was: a sale's, inherited by its refunds and corrections. */
export interface LineOrigin {
  channel: SaleChannel
  line_kind: LineKind
}

/** The origin of entries booked before channels existed (and the column defaults). */
export const DEFAULT_ORIGIN: LineOrigin = { channel: "online", line_kind: "goods" }

export interface AppliedPolicy extends ShareBasisPoints {
  /** null when no policy exists and the default split applies. */
  id: string | null
}

/** One order line as booked on capture. Amounts in whole rupiah. */
export interface SaleLine {
  line_item_id: string
  lapas_id: string | null
  quantity: number
  /** Net line revenue: after discounts, before tax and shipping. */
  revenue: bigint
  /** What the buyer paid for the line: revenue plus its tax. */
  paid: bigint
  unit_cost: bigint
  policy: AppliedPolicy
  /** Where it was sold and whether it is a service; absent: online goods. */
  channel?: SaleChannel
  line_kind?: LineKind
  /** The line's own accounting date (when its part was paid); absent: the sale's. */
  booked_at?: Date | null
}

/** A ledger row to insert. */
export interface NewEntry {
  order_id: string
  line_item_id: string
  lapas_id: string | null
  account: Account
  amount: bigint
  kind: EntryKind
  reference_id: string | null
  idempotency_key: string
  policy_id: string | null
  capital_bp: number | null
  premi_bp: number | null
  pnbp_bp: number | null
  unit_cost: bigint | null
  quantity: number
  revenue: bigint
  paid: bigint
  /** Why a correction was booked (corrections only). */
  reason?: string | null
  /** The admin user who booked a correction (corrections only). */
  created_by?: string | null
  /** The accounting date; null or absent: the moment it is booked. */
  booked_at?: Date | null
  /** Where the line was sold; a refund or correction carries its sale's. Absent: "online". */
  channel?: SaleChannel
  /** Goods or a service; a refund or correction carries its sale's. Absent: "goods". */
  line_kind?: LineKind
}

export const saleKey = (lineItemId: string, account: Account) => `sale:${lineItemId}:${account}`
export const refundKey = (refundId: string, lineItemId: string, account: Account) =>
  `refund:${refundId}:${lineItemId}:${account}`
export const correctionKey = (key: string, lineItemId: string, account: Account) =>
  `correction:${key}:${lineItemId}:${account}`

/** The three entries of every line of a sale: profit = revenue − quantity × unit cost, split by the line's policy. */
export function saleEntries(
  orderId: string,
  paymentId: string | null,
  lines: SaleLine[],
  bookedAt: Date | null = null
): NewEntry[] {
  return lines.flatMap((line) => {
    const profit = lineProfit({ revenue: line.revenue, quantity: line.quantity, unitCost: line.unit_cost })
    const shares = splitProfit(profit, line.policy)
    return ACCOUNTS.map((account) => ({
      order_id: orderId,
      line_item_id: line.line_item_id,
      lapas_id: line.lapas_id,
      account,
      amount: shares[account],
      kind: "sale" as const,
      reference_id: paymentId,
      idempotency_key: saleKey(line.line_item_id, account),
      policy_id: line.policy.id,
      capital_bp: line.policy.capital_bp,
      premi_bp: line.policy.premi_bp,
      pnbp_bp: line.policy.pnbp_bp,
      unit_cost: line.unit_cost,
      quantity: line.quantity,
      revenue: line.revenue,
      paid: line.paid,
      booked_at: line.booked_at ?? bookedAt,
      channel: line.channel ?? DEFAULT_ORIGIN.channel,
      line_kind: line.line_kind ?? DEFAULT_ORIGIN.line_kind,
    }))
  })
}

/** A ledger row as read back for computing a refund. */
export interface BookedRow {
  line_item_id: string
  lapas_id: string | null
  account: Account
  amount: bigint
  kind: EntryKind
  reference_id: string | null
  policy_id: string | null
  capital_bp: number | null
  premi_bp: number | null
  pnbp_bp: number | null
  unit_cost: bigint | null
  quantity: number
  revenue: bigint
  paid: bigint
  reason?: string | null
  /** Absent on rows read before channels existed: "online" goods. */
  channel?: SaleChannel
  line_kind?: LineKind
}

/**
 * What is booked on one line: its sale and everything reversed since.
 *
 * After a correction, `booked` is the sale as it would have been booked at the corrected unit
 * cost (same policy) and `reversed` the rest of what the line nets to (refunds and
 * corrections), which is exactly the proportional reversal of that sale for what has been
 * refunded so far. Later refunds reverse the corrected sale, so a full refund still nets every
 * account to 0.
 */
export interface BookedLine {
  line_item_id: string
  lapas_id: string | null
  policy_id: string | null
  /** The split the sale was booked by, as written on its entries. */
  basis_points: ShareBasisPoints | null
  /** The sale's HPP per unit, or the latest correction's. */
  unit_cost: bigint | null
  quantity: number
  revenue: bigint
  paid: bigint
  booked: Shares
  reversed: Shares
  refundedRevenue: bigint
  refundedPaid: bigint
  /** A correction has been booked on the line. */
  corrected: boolean
  /** The sale's channel and kind of line, which its refunds and corrections repeat. */
  channel: SaleChannel
  line_kind: LineKind
}

const basisPointsOf = (row: BookedRow): ShareBasisPoints | null =>
  row.capital_bp === null || row.premi_bp === null || row.pnbp_bp === null
    ? null
    : { capital_bp: row.capital_bp, premi_bp: row.premi_bp, pnbp_bp: row.pnbp_bp }

/** The shares a line's sale books at a unit cost, by the split it was booked with. */
export function saleSharesAt(line: Pick<BookedLine, "revenue" | "quantity" | "line_item_id">, unitCost: bigint, bp: ShareBasisPoints | null): Shares {
  if (!bp) {
    throw new Error(`The sale entries of line ${line.line_item_id} carry no basis points; its shares cannot be recomputed.`)
  }
  validateBasisPoints(bp)
  return splitProfit(lineProfit({ revenue: line.revenue, quantity: line.quantity, unitCost }), bp)
}

/** Folds an order's ledger rows into its lines, in the order the lines were first booked. */
export function bookedLines(rows: BookedRow[]): BookedLine[] {
  const lines = new Map<string, BookedLine>()
  for (const row of rows.filter((r) => r.kind === "sale")) {
    const line =
      lines.get(row.line_item_id) ??
      ({
        line_item_id: row.line_item_id,
        lapas_id: row.lapas_id,
        policy_id: row.policy_id,
        basis_points: basisPointsOf(row),
        unit_cost: row.unit_cost,
        quantity: row.quantity,
        revenue: row.revenue,
        paid: row.paid,
        booked: { ...ZERO_SHARES },
        reversed: { ...ZERO_SHARES },
        refundedRevenue: 0n,
        refundedPaid: 0n,
        corrected: false,
        channel: row.channel ?? DEFAULT_ORIGIN.channel,
        line_kind: row.line_kind ?? DEFAULT_ORIGIN.line_kind,
      } satisfies BookedLine)
    line.booked[row.account] += row.amount
    lines.set(row.line_item_id, line)
  }
  for (const row of rows.filter((r) => r.kind !== "sale")) {
    const line = lines.get(row.line_item_id)
    if (!line) continue
    line.reversed[row.account] += row.amount
    if (row.kind === "correction") {
      // Rows come oldest first: the last correction's HPP is the line's HPP.
      line.corrected = true
      if (row.unit_cost !== null) line.unit_cost = row.unit_cost
    } else if (row.account === "capital") {
      // The refunded figures are repeated on each account's row: count them once.
      line.refundedRevenue += row.revenue
      line.refundedPaid += row.paid
    }
  }
  for (const line of lines.values()) {
    if (!line.corrected || line.unit_cost === null) continue
    const net = sumShares(line.booked, line.reversed)
    line.booked = saleSharesAt(line, line.unit_cost, line.basis_points)
    line.reversed = {
      capital: net.capital - line.booked.capital,
      premi: net.premi - line.booked.premi,
      pnbp: net.pnbp - line.booked.pnbp,
    }
  }
  return [...lines.values()]
}

/**
 * Splits `total` over `weights` in proportion, in whole rupiah, by largest remainder
 * (ties to the earlier index). With total ≤ Σ weights no part exceeds its weight.
 */
export function apportion(total: bigint, weights: bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n)
  if (total <= 0n || sum <= 0n) return weights.map(() => 0n)
  const parts = weights.map((w) => (total * w) / sum)
  const remainders = weights.map((w, i) => ({ i, r: (total * w) % sum }))
  let left = total - parts.reduce((a, b) => a + b, 0n)
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1))
  for (const { i, r } of remainders) {
    if (left <= 0n) break
    if (r === 0n) continue
    parts[i] += 1n
    left -= 1n
  }
  return parts
}

const min = (a: bigint, b: bigint) => (a < b ? a : b)
const max = (a: bigint, b: bigint) => (a > b ? a : b)

/**
 * A line a refund is meant for: an amount of what was paid for it, or a quantity of it
 * (cumulative, like the quantity returned so far: what was refunded on the line already counts).
 */
export interface RefundTarget {
  amount?: bigint
  quantity?: number
}

function targetAmount(line: BookedLine, target: RefundTarget | undefined): bigint {
  if (!target) return 0n
  if (target.amount !== undefined) return target.amount
  if (!target.quantity || line.quantity <= 0) return 0n
  const quantity = BigInt(Math.min(target.quantity, line.quantity))
  return (line.paid * quantity) / BigInt(line.quantity) - line.refundedPaid
}

/**
 * Spreads a refunded amount (what the buyer gets back, tax included) over an order's lines:
 * 1. first to the lines `targeted` (returned items, or lines named by the caller), up to what
 *    each was paid and not yet refunded, in proportion to the targeted amounts when the refund
 *    does not cover them all;
 * 2. what is left over every line, in proportion to what is still unrefunded on it;
 * 3. what is left after that (shipping, or more than the lines were paid) is not booked:
 *    shipping carries no shares and nothing is ever reversed beyond what was booked.
 * With `targetedOnly` (a refund of one lapas's part: its lines and its shipping) step 2 is
 * skipped: what the targeted lines do not take is that part's shipping and reverses nothing of
 * the other parts.
 */
export function allocateRefund(
  amount: bigint,
  lines: BookedLine[],
  targeted: Map<string, RefundTarget> = new Map(),
  targetedOnly = false
) {
  const capacity = lines.map((l) => max(0n, l.paid - l.refundedPaid))
  const wanted = lines.map((l, i) => min(capacity[i], max(0n, targetAmount(l, targeted.get(l.line_item_id)))))
  let remaining = min(max(0n, amount), capacity.reduce((a, b) => a + b, 0n))
  const wantedTotal = wanted.reduce((a, b) => a + b, 0n)
  const first = wantedTotal <= remaining ? wanted : apportion(remaining, wanted)
  remaining -= first.reduce((a, b) => a + b, 0n)
  if (targetedOnly) return first
  const rest = apportion(remaining, capacity.map((c, i) => c - first[i]))
  return lines.map((_, i) => first[i] + rest[i])
}

/** The reversing entries of one refund, given what the order's ledger holds so far. */
export function refundEntries(
  orderId: string,
  refundId: string,
  amount: bigint,
  rows: BookedRow[],
  targeted?: Map<string, RefundTarget>,
  bookedAt: Date | null = null,
  targetedOnly = false
): NewEntry[] {
  const lines = bookedLines(rows)
  const allocation = allocateRefund(amount, lines, targeted, targetedOnly)
  return lines.flatMap((line, i) => {
    const refunded = allocation[i]
    if (refunded <= 0n || line.paid <= 0n) return []
    const refundedPaid = line.refundedPaid + refunded
    const reversal = reverseShares({
      booked: line.booked,
      reversedSoFar: line.reversed,
      refundedSoFar: refundedPaid,
      total: line.paid,
    })
    // The revenue given back, cumulatively in proportion, exactly the line's revenue when all is refunded.
    const revenueSoFar =
      refundedPaid >= line.paid ? line.revenue : (line.revenue * refundedPaid) / line.paid
    const revenue = revenueSoFar - line.refundedRevenue
    return ACCOUNTS.map((account) => ({
      order_id: orderId,
      line_item_id: line.line_item_id,
      lapas_id: line.lapas_id,
      account,
      amount: reversal[account],
      kind: "refund" as const,
      reference_id: refundId,
      idempotency_key: refundKey(refundId, line.line_item_id, account),
      policy_id: line.policy_id,
      capital_bp: null,
      premi_bp: null,
      pnbp_bp: null,
      unit_cost: line.unit_cost,
      quantity: line.quantity,
      revenue,
      paid: refunded,
      booked_at: bookedAt,
      channel: line.channel,
      line_kind: line.line_kind,
    }))
  })
}

/**
 * What a line should net to per account had its sale been booked at `unitCost` (by the same
 * split) and every refund booked so far been reversed from that sale: the corrected sale less
 * its proportional reversal for what has been refunded of the line (`reverseShares`).
 */
export function correctedNetShares(line: BookedLine, unitCost: bigint): Shares {
  const sale = saleSharesAt(line, unitCost, line.basis_points)
  if (line.paid <= 0n || line.refundedPaid <= 0n) return sale
  const reversal = reverseShares({
    booked: sale,
    reversedSoFar: ZERO_SHARES,
    refundedSoFar: line.refundedPaid,
    total: line.paid,
  })
  return sumShares(sale, reversal)
}

/** A corrected HPP for one booked line. */
export interface LineCorrection {
  /** The client's idempotency key of the correction. */
  key: string
  line_item_id: string
  /** The corrected HPP per unit, whole rupiah. */
  unit_cost: bigint
  reason: string
  created_by: string | null
}

/**
 * The correction entries of one line, given what the order's ledger holds so far: per account,
 * the corrected net (`correctedNetShares`) minus what the line nets to now, only where that
 * is not 0. Their sum is the change in the line's net profit. Empty when nothing changes;
 * null when the line has no sale booked.
 */
export function correctionEntries(orderId: string, correction: LineCorrection, rows: BookedRow[]): NewEntry[] | null {
  const line = bookedLines(rows).find((l) => l.line_item_id === correction.line_item_id)
  if (!line) return null
  const target = correctedNetShares(line, correction.unit_cost)
  const net = sumShares(line.booked, line.reversed)
  return ACCOUNTS.flatMap((account) => {
    const amount = target[account] - net[account]
    if (amount === 0n) return []
    return [
      {
        order_id: orderId,
        line_item_id: line.line_item_id,
        lapas_id: line.lapas_id,
        account,
        amount,
        kind: "correction" as const,
        reference_id: correction.key,
        idempotency_key: correctionKey(correction.key, line.line_item_id, account),
        policy_id: line.policy_id,
        capital_bp: line.basis_points?.capital_bp ?? null,
        premi_bp: line.basis_points?.premi_bp ?? null,
        pnbp_bp: line.basis_points?.pnbp_bp ?? null,
        unit_cost: correction.unit_cost,
        quantity: line.quantity,
        // A correction changes no revenue and nothing paid.
        revenue: 0n,
        paid: 0n,
        reason: correction.reason,
        created_by: correction.created_by,
        channel: line.channel,
        line_kind: line.line_kind,
      },
    ]
  })
}

export { sumShares }
