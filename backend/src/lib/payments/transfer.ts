import { XENDIT_PROVIDER_ID, type PaymentKind } from "@karya-binaan/contracts"
import { allocateByWeights } from "@karya-binaan/shares"

/** Pure money and payment rules of the buyer's order views (see lib/orders/summary.ts). */

export const BANK_TRANSFER_PROVIDER_ID = "pp_system_default"
const DEFAULT_TRANSFER_DUE_HOURS = 24

/** Payment statuses in which a bank-transfer order still waits for the buyer's transfer. */
export const AWAITING_TRANSFER_STATUSES: ReadonlySet<string> = new Set([
  "not_paid",
  "awaiting",
  "authorized",
  "partially_authorized",
  "requires_action",
])

export function paymentKind(providerId: string | null | undefined): PaymentKind {
  if (!providerId) return "other"
  if (providerId === BANK_TRANSFER_PROVIDER_ID) return "bank_transfer"
  if (providerId.startsWith("pp_stripe")) return "card"
  if (providerId === XENDIT_PROVIDER_ID) return "xendit"
  return "other"
}

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

