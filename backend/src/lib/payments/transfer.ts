import { allocateByWeights } from "@karya-binaan/shares"
import { asTimeZone, dayIn } from "../../modules/profit-share/reports/period"

/** Pure money and payment rules of the buyer's order views (see lib/orders/summary.ts). */

/** Which provider is which kind of payment: one rule in the contracts, shared with the storefront. */
export { BANK_TRANSFER_PROVIDER_ID, paymentKindOf as paymentKind } from "@karya-binaan/contracts"
const DEFAULT_TRANSFER_DUE_HOURS = 24

/** Payment statuses in which a bank-transfer order still waits for the buyer's transfer. */
export const AWAITING_TRANSFER_STATUSES: ReadonlySet<string> = new Set([
  "not_paid",
  "awaiting",
  "authorized",
  "partially_authorized",
  "requires_action",
])

/** Hours a buyer has to transfer, from BANK_TRANSFER_DUE_HOURS (default 24). */
export function transferDueHours(env: NodeJS.ProcessEnv = process.env): number {
  const hours = Number(env.BANK_TRANSFER_DUE_HOURS)
  return Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_TRANSFER_DUE_HOURS
}

/**
 * Splits `total` rupiah over the groups in proportion to their own totals (the largest-remainder
 * rule of @karya-binaan/shares), so the amounts are whole rupiah and add up to `total` exactly even
 * when taxes, discounts or credit lines leave fractions or amounts outside the groups.
 */
export function transferAmounts(total: number, groupTotals: number[]): number[] {
  if (!groupTotals.length) return []
  // Weights in hundredths of a rupiah keep fractional group totals proportionate.
  const scaled = groupTotals.map((t) => BigInt(Math.max(0, Math.round(t * 100))))
  const weights: bigint[] = scaled.some((w) => w > 0n) ? scaled : scaled.map(() => 1n)
  return allocateByWeights(BigInt(total), weights).map((x) => Number(x))
}

/**
 * The days a transfer for a part can have arrived on: from the day the order was placed to today,
 * both in the lapas's zone (YYYY-MM-DD). The lapas's confirmation and the buyer's notice both hold
 * the day they are given to it.
 */
export function transferDayWindow(part: { created_at: string; lapas: { time_zone: string } }, now: Date = new Date()) {
  const zone = asTimeZone(part.lapas.time_zone)
  return { zone, today: dayIn(now, zone), orderDay: dayIn(new Date(part.created_at), zone) }
}
