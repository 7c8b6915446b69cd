import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * The split of one Xendit payment per lapas (xenPlatform), computed by the backend (app code) and
 * signed there, so a buyer cannot send a split of their own through the store API's session data.
 * Pure: no Medusa, no network.
 */

/** One lapas's share of the payment, paid to its xenPlatform sub-account. Whole rupiah. */
export interface XenditSplitRoute {
  lapas_id: string
  /** The lapas's xenPlatform sub-account id ("for-user-id"). */
  sub_account_id: string
  amount: number
}

export interface XenditSplit {
  routes: XenditSplitRoute[]
  /** What stays with the platform (master account); whole rupiah, ≥ 0. */
  platform_fee: number
}

export interface SignedSplitInput extends XenditSplit {
  /** The payment amount (whole rupiah) the split divides. */
  amount: number
}

/** The exact string that is signed: keys in a fixed order, whatever order the caller built them in. */
function canonical({ amount, routes, platform_fee }: SignedSplitInput): string {
  return JSON.stringify({
    amount,
    routes: routes.map(({ lapas_id, sub_account_id, amount: routeAmount }) => ({
      lapas_id,
      sub_account_id,
      amount: routeAmount,
    })),
    platform_fee,
  })
}

/** Hex HMAC-SHA256 of JSON.stringify({ amount, routes: [{ lapas_id, sub_account_id, amount }], platform_fee }) with the secret key. */
export function signSplit(secretKey: string, input: SignedSplitInput): string {
  if (!secretKey) throw new Error("signSplit needs the Xendit secret key.")
  return createHmac("sha256", secretKey).update(canonical(input)).digest("hex")
}

/** True when `signature` is the signature of exactly this amount and split (compared in constant time). */
export function verifySplit(secretKey: string, input: SignedSplitInput, signature: unknown): boolean {
  if (typeof signature !== "string" || !/^[0-9a-f]{64}$/i.test(signature)) return false
  const expected = Buffer.from(signSplit(secretKey, input), "hex")
  const given = Buffer.from(signature, "hex")
  return expected.length === given.length && timingSafeEqual(expected, given)
}

const wholeRupiah = (value: unknown, min: number): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= min

/**
 * What is wrong with a split for a payment of `amount` rupiah (empty when nothing is): every route
 * names a lapas and a sub-account and carries at least Rp 1, no sub-account twice, the platform fee
 * is ≥ 0, and routes + platform fee = amount exactly.
 */
export function splitProblems(amount: number, split: unknown): string[] {
  if (typeof split !== "object" || split === null) return ["The split is not an object { routes, platform_fee }."]
  const { routes, platform_fee } = split as Partial<XenditSplit>
  const problems: string[] = []
  if (!Array.isArray(routes) || routes.length === 0) {
    return ["The split has no routes; leave data.split out for a payment that is not split."]
  }
  if (!wholeRupiah(platform_fee, 0)) problems.push(`The split's platform_fee must be whole rupiah ≥ 0, got ${JSON.stringify(platform_fee)}.`)
  const seen = new Set<string>()
  routes.forEach((route, i) => {
    const r = (route ?? {}) as Partial<XenditSplitRoute>
    if (typeof r.lapas_id !== "string" || !r.lapas_id) problems.push(`Split route ${i + 1} has no lapas_id.`)
    if (typeof r.sub_account_id !== "string" || !r.sub_account_id) {
      problems.push(`Split route ${i + 1} (lapas ${r.lapas_id ?? "?"}) has no Xendit sub-account id; set the lapas's xendit_sub_account_id.`)
    } else if (seen.has(r.sub_account_id)) {
      problems.push(`Split route ${i + 1} pays sub-account ${r.sub_account_id} a second time; one route per lapas.`)
    } else seen.add(r.sub_account_id)
    if (!wholeRupiah(r.amount, 1)) problems.push(`Split route ${i + 1} (lapas ${r.lapas_id ?? "?"}) must carry whole rupiah ≥ 1, got ${JSON.stringify(r.amount)}.`)
  })
  if (!problems.length) {
    const total = routes.reduce((sum, r) => sum + r.amount, 0) + (platform_fee as number)
    if (total !== amount) {
      problems.push(`The split adds up to Rp ${total} (routes + platform fee) but the payment is Rp ${amount}.`)
    }
  }
  return problems
}
