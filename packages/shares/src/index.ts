/**
 * @karya-binaan/shares: the split of a sale's profit into capital, premi and PNBP,
 * in whole rupiah, and its reversal when the sale is refunded.
 *
 * Pure TypeScript, no framework imports. Rupiah have no minor unit, so every amount
 * is a `bigint` number of rupiah; percentages are basis points (1 bp = 0.01 %).
 * The rules are spelled out in this package's README.md.
 */

/** The three accounts a profit is split into, in their fixed tie-break order. */
export const ACCOUNTS = ["capital", "premi", "pnbp"] as const
export type Account = (typeof ACCOUNTS)[number]

/** A split policy: integers ≥ 0 that add up to 10,000 (100 %). */
export interface ShareBasisPoints {
  capital_bp: number
  premi_bp: number
  pnbp_bp: number
}

/** Whole-rupiah amounts per account. */
export type Shares = Record<Account, bigint>

/** Ditjenpas's formula: 50 % back to capital, 35 % premi, 15 % PNBP. */
export const DEFAULT_BASIS_POINTS: ShareBasisPoints = Object.freeze({
  capital_bp: 5000,
  premi_bp: 3500,
  pnbp_bp: 1500,
})

/** All three accounts at zero (frozen: copy it before changing anything). */
export const ZERO_SHARES: Shares = Object.freeze({ capital: 0n, premi: 0n, pnbp: 0n })

/**
 * Thrown for input the money rules cannot honour; the message says what to fix.
 * A RangeError: the value lies outside what a rupiah amount or a split may be.
 */
export class ShareSplitError extends RangeError {
  constructor(message: string) {
    super(message)
    this.name = "ShareSplitError"
    Object.setPrototypeOf(this, new.target.prototype)
  }
}

const BP_TOTAL = 10_000
const BP_TOTAL_N = 10_000n
const BP_FIELDS = [
  ["capital_bp", "capital"],
  ["premi_bp", "premi"],
  ["pnbp_bp", "PNBP"],
] as const

/** 9900 → "9,900" (grouping like the example messages, independent of ICU). */
function group(n: number | bigint): string {
  const s = String(n)
  const neg = s.startsWith("-")
  const digits = neg ? s.slice(1) : s
  return (neg ? "-" : "") + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
}

function describe(value: unknown): string {
  if (typeof value === "bigint") return `${value}n`
  if (typeof value === "string") return JSON.stringify(value)
  if (typeof value === "object" && value !== null) return "an object"
  return String(value)
}

/**
 * Checks a split policy: each of capital_bp, premi_bp and pnbp_bp must be a whole
 * number ≥ 0, and the three must add up to 10,000 (100 %).
 * @throws ShareSplitError with a message that says what to fix.
 */
export function validateBasisPoints(bp: ShareBasisPoints): void {
  if (typeof bp !== "object" || bp === null) {
    throw new ShareSplitError(
      "Basis points must be given as { capital_bp, premi_bp, pnbp_bp }, e.g. { capital_bp: 5000, premi_bp: 3500, pnbp_bp: 1500 }.",
    )
  }
  let sum = 0
  for (const [field, label] of BP_FIELDS) {
    const v = (bp as unknown as Record<string, unknown>)[field]
    if (typeof v !== "number" || !Number.isSafeInteger(v)) {
      throw new ShareSplitError(
        `The ${label} share (${field}) must be a whole number of basis points, e.g. 3500 for 35 %; got ${describe(v)}.`,
      )
    }
    if (v < 0) {
      throw new ShareSplitError(
        `The ${label} share (${field}) cannot be negative; got ${group(v)}. Use 0 for an account that gets nothing.`,
      )
    }
    sum += v
  }
  if (sum !== BP_TOTAL) {
    throw new ShareSplitError(
      `Basis points must add up to 10,000 (100 %); these add up to ${group(sum)}. ` +
        `Got capital ${group(bp.capital_bp)} + premi ${group(bp.premi_bp)} + PNBP ${group(bp.pnbp_bp)}.`,
    )
  }
}

function assertBigInt(value: unknown, what: string): asserts value is bigint {
  if (typeof value !== "bigint") {
    throw new ShareSplitError(
      `${what} must be a bigint number of rupiah; got ${describe(value)}. Convert it with toRupiahBigInt().`,
    )
  }
}

function assertShares(s: unknown, what: string): asserts s is Shares {
  if (typeof s !== "object" || s === null) {
    throw new ShareSplitError(`${what} must be { capital, premi, pnbp } in bigint rupiah.`)
  }
  for (const a of ACCOUNTS) assertBigInt((s as Record<string, unknown>)[a], `${what}.${a}`)
}

const abs = (n: bigint): bigint => (n < 0n ? -n : n)

/** n / d rounded to the nearest integer, halves away from zero (d > 0). */
function roundDiv(n: bigint, d: bigint): bigint {
  const m = abs(n)
  let q = m / d
  if ((m % d) * 2n >= d) q += 1n
  return n < 0n ? -q : q
}

/**
 * Largest-remainder (Hamilton) apportionment of `target` over three accounts whose
 * exact quotas are w[i] * num / den (num ≥ 0, den > 0). Each quota is truncated toward
 * zero; the difference d = target - Σ truncated is handed out one rupiah at a time,
 * away from zero, to the accounts whose remainder has the sign of d, largest remainder
 * first, ties in the order capital, premi, pnbp. The caller guarantees that
 * target ∈ {floor(Σ quotas), ceil(Σ quotas)}, which makes enough such accounts exist
 * and keeps every result between 0 and ceil(|quota|) in magnitude, with the quota's sign.
 */
function apportion(w0: bigint, w1: bigint, w2: bigint, num: bigint, den: bigint, target: bigint): Shares {
  const m0 = abs(w0) * num
  const m1 = abs(w1) * num
  const m2 = abs(w2) * num
  const s0 = w0 < 0n ? -1n : 1n
  const s1 = w1 < 0n ? -1n : 1n
  const s2 = w2 < 0n ? -1n : 1n
  let q0 = (m0 / den) * s0
  let q1 = (m1 / den) * s1
  let q2 = (m2 / den) * s2
  let d = target - q0 - q1 - q2
  if (d !== 0n) {
    const step = d > 0n ? 1n : -1n
    // Remainders of accounts whose quota leans the way we must move, else -1.
    const r0 = s0 === step ? m0 % den : -1n
    const r1 = s1 === step ? m1 % den : -1n
    const r2 = s2 === step ? m2 % den : -1n
    // Rank by remainder descending, ties in ACCOUNTS order (stable).
    let order: [number, number, number]
    if (r0 >= r1) {
      if (r1 >= r2) order = [0, 1, 2]
      else if (r0 >= r2) order = [0, 2, 1]
      else order = [2, 0, 1]
    } else if (r0 >= r2) order = [1, 0, 2]
    else if (r1 >= r2) order = [1, 2, 0]
    else order = [2, 1, 0]
    const rem = [r0, r1, r2]
    for (let k = 0; k < 3 && d !== 0n; k++) {
      const i = order[k]
      if (rem[i] <= 0n) break
      if (i === 0) q0 += step
      else if (i === 1) q1 += step
      else q2 += step
      d -= step
    }
    if (d !== 0n) {
      // Unreachable when the caller keeps its promise; fail loudly rather than book a wrong sum.
      throw new ShareSplitError("Internal error: the shares could not be apportioned exactly.")
    }
  }
  return { capital: q0, premi: q1, pnbp: q2 }
}

/**
 * Splits a line's profit into capital, premi and PNBP in whole rupiah.
 *
 * - profit > 0: largest remainder (Hamilton). Each account first gets
 *   floor(profit × bp / 10,000); the rupiah left over (at most 2) go one each to the
 *   accounts with the largest fractional remainders (profit × bp mod 10,000), ties
 *   broken by the fixed order capital, premi, pnbp. The shares add up to `profit`
 *   exactly, and each is the floor or the ceiling of its exact quota.
 * - profit ≤ 0 (a loss, or none): capital = profit, premi = 0, pnbp = 0. A loss
 *   books no premi and no PNBP; it falls on production capital.
 *
 * Example: Rp 100.001 at 5000/3500/1500 → quotas 50,000.5 / 35,000.35 / 15,000.15,
 * floors add up to 100,000, the extra rupiah goes to capital (largest remainder):
 * { capital: 50,001, premi: 35,000, pnbp: 15,000 }.
 *
 * @throws ShareSplitError when `bp` is not a valid split or `profit` not a bigint.
 */
export function splitProfit(profit: bigint, bp: ShareBasisPoints): Shares {
  assertBigInt(profit, "The profit")
  validateBasisPoints(bp)
  if (profit <= 0n) return { capital: profit, premi: 0n, pnbp: 0n }
  return apportion(BigInt(bp.capital_bp), BigInt(bp.premi_bp), BigInt(bp.pnbp_bp), profit, BP_TOTAL_N, profit)
}

/**
 * A line's profit: net line revenue (after discounts, before tax and shipping) minus
 * quantity × unit cost (HPP). Negative for a sale below cost.
 * @throws ShareSplitError when quantity is not a whole number ≥ 0 or an amount is not a bigint.
 */
export function lineProfit(input: { revenue: bigint; quantity: bigint | number; unitCost: bigint }): bigint {
  const { revenue, quantity, unitCost } = input
  assertBigInt(revenue, "The line revenue")
  assertBigInt(unitCost, "The unit cost")
  let q: bigint
  if (typeof quantity === "bigint") q = quantity
  else if (typeof quantity === "number" && Number.isSafeInteger(quantity)) q = BigInt(quantity)
  else throw new ShareSplitError(`The quantity must be a whole number; got ${describe(quantity)}.`)
  if (q < 0n) throw new ShareSplitError(`The quantity cannot be negative; got ${q}.`)
  return revenue - q * unitCost
}

/**
 * The reversal entry to book for a refund of a line whose shares were `booked`.
 *
 * `total` is the line's full measure (its quantity, or its revenue in rupiah) and
 * `refundedSoFar` the cumulative refunded measure INCLUDING this refund; it is
 * clamped to [0, total], so a refund can never reverse more than was booked.
 * `reversedSoFar` is the sum of the reversal entries already booked for the line.
 *
 * The cumulative reversal after this call is -target, where target is the
 * proportional part of `booked` for r = min(refundedSoFar, total):
 * - its sum is round(Σ booked × r / total), halves away from zero;
 * - it is apportioned by largest remainder on the absolute values: each account's
 *   |booked| × r / total is truncated, and the rupiah still missing go one each to the
 *   largest remainders, ties in the order capital, premi, pnbp;
 * - when r = total it is exactly `booked`, so a full refund nets every account to 0.
 * Every target share lies between 0 and the booked share (same sign), so the
 * cumulative reversal never exceeds what was booked nor has its sign.
 *
 * Returns target-based cumulative reversal minus `reversedSoFar`: the new amounts to
 * book. Their sum is the change in the cumulative proportional profit. A refund that
 * changes nothing (e.g. zero) returns all zeros.
 *
 * @throws ShareSplitError for total ≤ 0, negative refundedSoFar, or a `reversedSoFar`
 * that already goes beyond (or the wrong way from) what was booked.
 */
export function reverseShares(input: {
  booked: Shares
  reversedSoFar: Shares
  refundedSoFar: bigint
  total: bigint
}): Shares {
  const { booked, reversedSoFar, refundedSoFar, total } = input
  assertShares(booked, "booked")
  assertShares(reversedSoFar, "reversedSoFar")
  assertBigInt(total, "The line total")
  assertBigInt(refundedSoFar, "The refunded amount")
  if (total <= 0n) {
    throw new ShareSplitError(
      `The line total (quantity or revenue) must be greater than 0 to reverse its shares; got ${group(total)}.`,
    )
  }
  if (refundedSoFar < 0n) {
    throw new ShareSplitError(`The refunded amount cannot be negative; got ${group(refundedSoFar)}.`)
  }
  for (const a of ACCOUNTS) {
    const b = booked[a]
    const r = reversedSoFar[a]
    if (r === 0n) continue
    if (b === 0n || (b > 0n) === (r > 0n) || abs(r) > abs(b)) {
      throw new ShareSplitError(
        `The ${a} reversals booked so far (${group(r)}) do not fit the ${a} share booked (${group(b)}): ` +
          `a reversal must have the opposite sign and cannot exceed it. Check the ledger entries of this line.`,
      )
    }
  }
  const r = refundedSoFar > total ? total : refundedSoFar
  let target: Shares
  if (r === 0n) target = ZERO_SHARES
  else if (r === total) target = booked
  else {
    const sum = booked.capital + booked.premi + booked.pnbp
    target = apportion(booked.capital, booked.premi, booked.pnbp, r, total, roundDiv(sum * r, total))
  }
  return {
    capital: -target.capital - reversedSoFar.capital,
    premi: -target.premi - reversedSoFar.premi,
    pnbp: -target.pnbp - reversedSoFar.pnbp,
  }
}

/** Adds shares account by account; no arguments gives zeros. */
export function sumShares(...s: Shares[]): Shares {
  let capital = 0n
  let premi = 0n
  let pnbp = 0n
  for (const x of s) {
    capital += x.capital
    premi += x.premi
    pnbp += x.pnbp
  }
  return { capital, premi, pnbp }
}

/** The value as read, and where it came from when it was read out of an object. */
function what(value: unknown, original: unknown): string {
  return value === original ? describe(value) : `${describe(value)} (read from ${describe(original)})`
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i

function fromDecimalString(raw: string, original: unknown, round: boolean): bigint {
  const s = raw.trim()
  const m = DECIMAL.exec(s)
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) {
    throw new ShareSplitError(`Not a rupiah amount: ${what(raw, original)}. Expected a whole number such as "125000".`)
  }
  const neg = m[1] === "-"
  let digits = m[2] + (m[3] ?? "")
  // Position of the decimal point from the left of `digits`, after the exponent.
  let point = m[2].length + (m[4] ? Number(m[4]) : 0)
  if (!Number.isSafeInteger(point) || Math.abs(point) > 1_000) {
    throw new ShareSplitError(`Rupiah amount out of range: ${what(raw, original)}.`)
  }
  if (point < 0) {
    digits = "0".repeat(-point) + digits
    point = 0
  }
  const intPart = digits.slice(0, point).padEnd(point, "0")
  const fracPart = digits.slice(point)
  if (round && /[^0]/.test(fracPart)) {
    // Half away from zero: the sign is applied after.
    const n = BigInt(intPart === "" ? "0" : intPart) + (fracPart[0] >= "5" ? 1n : 0n)
    return neg ? -n : n
  }
  if (/[^0]/.test(fracPart)) {
    throw new ShareSplitError(
      `Rupiah have no minor unit, so amounts must be whole; got ${what(raw, original)}. Round the amount before booking shares.`,
    )
  }
  const n = BigInt(intPart === "" ? "0" : intPart)
  return neg ? -n : n
}

function toRupiah(value: unknown, original: unknown, depth: number, round: boolean): bigint {
  switch (typeof value) {
    case "bigint":
      return value
    case "number":
      if (Number.isInteger(value)) {
        if (!Number.isSafeInteger(value)) {
          throw new ShareSplitError(
            `The rupiah amount ${what(value, original)} is beyond Number's safe range; pass it as a bigint or a string.`,
          )
        }
        return BigInt(value)
      }
      if (Number.isFinite(value)) {
        if (round) return fromDecimalString(String(value), original, true)
        throw new ShareSplitError(
          `Rupiah have no minor unit, so amounts must be whole; got ${what(value, original)}. Round the amount before booking shares.`,
        )
      }
      throw new ShareSplitError(`Not a rupiah amount: ${what(value, original)}.`)
    case "string":
      return fromDecimalString(value, original, round)
    case "object": {
      if (value === null || depth > 4) break
      const o = value as Record<string, unknown>
      // Medusa BigNumber: `raw` is { value: string, precision } and exact.
      const raw = o.raw
      if (typeof raw === "object" && raw !== null && "value" in raw) {
        return toRupiah((raw as Record<string, unknown>).value, original, depth + 1, round)
      }
      // bignumber.js instance: toFixed() gives plain notation without rounding.
      if (o._isBigNumber === true && typeof o.toFixed === "function") {
        return toRupiah((o.toFixed as () => unknown).call(o), original, depth + 1, round)
      }
      // BigNumberRawValue { value, precision } or other value holders.
      const v = o.value
      if (typeof v === "string" || typeof v === "number" || typeof v === "bigint") {
        return toRupiah(v, original, depth + 1, round)
      }
      if (typeof o.toJSON === "function") {
        return toRupiah((o.toJSON as () => unknown).call(o), original, depth + 1, round)
      }
      if ("numeric" in o) return toRupiah(o.numeric, original, depth + 1, round)
      break
    }
  }
  throw new ShareSplitError(
    `Not a rupiah amount: ${describe(original)}. Expected a bigint, a whole number, an integer string or a Medusa BigNumber.`,
  )
}

/**
 * Reads a whole-rupiah amount as a bigint: accepts bigint, safe integer numbers,
 * integer strings (also "125000.00" or "1.25e+5", as Medusa's raw values look), and
 * Medusa BigNumber-like objects (`raw.value`, bignumber.js, `.value`, `toJSON()`,
 * `.numeric`, in that order of preference, the exact string forms first).
 * @throws ShareSplitError for fractions, non-finite or unsafe numbers, and anything else.
 */
export function toRupiahBigInt(value: unknown, options: RupiahReadOptions = {}): bigint {
  return toRupiah(value, value, 0, options.round === true)
}

export interface RupiahReadOptions {
  /**
   * Round a fraction half away from zero instead of refusing it. Only for amounts Medusa
   * computes (totals after a tax rate), never for amounts that are booked or entered.
   */
  round?: boolean
}

/**
 * Whole rupiah for JSON, the one way out of the backend: a number while it is a safe integer,
 * else its exact decimal string. Reads its input with toRupiahBigInt (strict).
 */
export function rupiahToJson(value: unknown): number | string {
  const amount = typeof value === "bigint" ? value : toRupiahBigInt(value)
  const asNumber = Number(amount)
  return Number.isSafeInteger(asNumber) ? asNumber : amount.toString()
}

/**
 * Apportions `amount` whole rupiah over `weights` in proportion, exactly: the results add up
 * to `amount`. Used to share a line's premi among the inmates who made it.
 *
 * Rule (the same family as splitProfit): largest remainder (Hamilton).
 * - Each index first gets floor(|amount| × w[i] / Σw).
 * - The rupiah left over (fewer than the number of non-zero weights) go one each to the indices
 *   with the largest remainders |amount| × w[i] mod Σw, ties to the earlier index.
 * - A negative amount is apportioned as |amount| and every result negated, so a reversal
 *   mirrors the sale exactly; zero gives all zeros.
 * Each result is the floor or the ceiling of its exact quota; a zero weight gets 0.
 *
 * Example: Rp 100 over weights 1, 1, 1 → 34, 33, 33 (the tie goes to the first index).
 *
 * @throws ShareSplitError when `amount` is not a bigint, a weight is not a bigint ≥ 0, or there
 * is no weight above 0 to apportion to (an empty list included).
 */
export function allocateByWeights(amount: bigint, weights: readonly bigint[]): bigint[] {
  assertBigInt(amount, "The amount to allocate")
  if (!Array.isArray(weights)) {
    throw new ShareSplitError("The weights must be an array of bigint numbers ≥ 0.")
  }
  let sum = 0n
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]
    if (typeof w !== "bigint") {
      throw new ShareSplitError(`Weight ${i} must be a bigint ≥ 0; got ${describe(w)}.`)
    }
    if (w < 0n) throw new ShareSplitError(`Weight ${i} cannot be negative; got ${group(w)}.`)
    sum += w
  }
  if (sum === 0n) {
    throw new ShareSplitError(
      `There is nothing to allocate to: ${weights.length ? "every weight is 0" : "no weights were given"}. Give at least one weight above 0.`,
    )
  }
  const negative = amount < 0n
  const m = negative ? -amount : amount
  const out: bigint[] = new Array(weights.length)
  const rem: bigint[] = new Array(weights.length)
  let given = 0n
  for (let i = 0; i < weights.length; i++) {
    const p = m * weights[i]
    out[i] = p / sum
    rem[i] = p % sum
    given += out[i]
  }
  let left = m - given
  if (left > 0n) {
    // Indices by remainder descending, ties to the earlier index (a stable sort).
    const order = weights.map((_, i) => i).filter((i) => rem[i] > 0n)
    order.sort((a, b) => (rem[a] > rem[b] ? -1 : rem[a] < rem[b] ? 1 : a - b))
    for (let k = 0; k < order.length && left > 0n; k++) {
      out[order[k]] += 1n
      left -= 1n
    }
    if (left !== 0n) throw new ShareSplitError("Internal error: the amount could not be allocated exactly.")
  }
  return negative ? out.map((x) => -x) : out
}
