import fc from "fast-check"
import { describe, it } from "vitest"
import {
  ACCOUNTS,
  ZERO_SHARES,
  lineProfit,
  reverseShares,
  splitProfit,
  sumShares,
  toRupiahBigInt,
  type ShareBasisPoints,
  type Shares,
} from "./index"

// Generated cases, in total: 50,000 + 5,000 + 50,000 + 15,000 + 5,000 + 5,000 + 5,000 = 135,000.
const RUNS = {
  splitPositive: 50_000,
  splitLoss: 5_000,
  reversalSequences: 50_000,
  reversalMixedSigns: 15_000,
  reversalZeroAndClamp: 5_000,
  lineProfit: 5_000,
  toRupiah: 5_000,
}

const abs = (n: bigint) => (n < 0n ? -n : n)
const sign = (n: bigint) => (n > 0n ? 1 : n < 0n ? -1 : 0)
const total = (s: Shares) => s.capital + s.premi + s.pnbp
const neg = (s: Shares): Shares => ({ capital: -s.capital, premi: -s.premi, pnbp: -s.pnbp })
/** n / d, halves away from zero, d > 0. */
const roundDiv = (n: bigint, d: bigint) => {
  const q = abs(n) / d
  const r = abs(n) % d
  const m = 2n * r >= d ? q + 1n : q
  return n < 0n ? -m : m
}

/** Random valid basis points: two cuts in [0, 10,000], biased towards the edges by fast-check. */
const basisPoints: fc.Arbitrary<ShareBasisPoints> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ capital_bp: 5000, premi_bp: 3500, pnbp_bp: 1500 }) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 5 }))
      .map(([a, b, perm]) => {
        const lo = Math.min(a, b)
        const hi = Math.max(a, b)
        const parts = [lo, hi - lo, 10_000 - hi]
        const order = [
          [0, 1, 2],
          [0, 2, 1],
          [1, 0, 2],
          [1, 2, 0],
          [2, 0, 1],
          [2, 1, 0],
        ][perm]
        return { capital_bp: parts[order[0]], premi_bp: parts[order[1]], pnbp_bp: parts[order[2]] }
      }),
  },
)

const weights = (bp: ShareBasisPoints) => [BigInt(bp.capital_bp), BigInt(bp.premi_bp), BigInt(bp.pnbp_bp)]
const asArray = (s: Shares) => ACCOUNTS.map((a) => s[a])
const fromArray = (v: bigint[]): Shares => ({ capital: v[0], premi: v[1], pnbp: v[2] })

/** Independent reference: Hamilton with a sort (stable, so ties keep the order capital, premi, pnbp). */
function referenceSplit(profit: bigint, bp: ShareBasisPoints): Shares {
  if (profit <= 0n) return { capital: profit, premi: 0n, pnbp: 0n }
  const num = weights(bp).map((w) => w * profit)
  const out = num.map((n) => n / 10_000n)
  let left = profit - out.reduce((x, y) => x + y, 0n)
  const ranked = [0, 1, 2].sort((i, j) => {
    const ri = num[i] % 10_000n
    const rj = num[j] % 10_000n
    return ri === rj ? 0 : ri > rj ? -1 : 1
  })
  for (const i of ranked) if (left > 0n) (out[i] += 1n), (left -= 1n)
  return fromArray(out)
}

/** Independent reference for the cumulative proportional part of `booked` at r of t. */
function referenceTarget(booked: Shares, r: bigint, t: bigint): Shares {
  const b = asArray(booked)
  const want = roundDiv(total(booked) * r, t)
  const out = b.map((x) => (x < 0n ? -((-x * r) / t) : (x * r) / t))
  let d = want - out.reduce((x, y) => x + y, 0n)
  const step = d > 0n ? 1n : -1n
  const ranked = [0, 1, 2]
    .filter((i) => d !== 0n && sign(b[i]) === Number(step) && (abs(b[i]) * r) % t !== 0n)
    .sort((i, j) => {
      const ri = (abs(b[i]) * r) % t
      const rj = (abs(b[j]) * r) % t
      return ri === rj ? 0 : ri > rj ? -1 : 1
    })
  for (const i of ranked) if (d !== 0n) (out[i] += step), (d -= step)
  if (d !== 0n) throw new Error("reference could not apportion")
  return fromArray(out)
}

describe("splitProfit properties", () => {
  it(`positive profits: exact sum, within quota, Hamilton (${RUNS.splitPositive} runs)`, () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 15n }), basisPoints, (profit, bp) => {
        const s = splitProfit(profit, bp)
        if (total(s) !== profit) return false
        const w = weights(bp)
        let leftovers = 0n
        for (let i = 0; i < 3; i++) {
          const share = asArray(s)[i]
          const floor = (w[i] * profit) / 10_000n
          const exact = (w[i] * profit) % 10_000n === 0n
          if (share < floor || share > floor + (exact ? 0n : 1n)) return false
          leftovers += share - floor
        }
        if (leftovers > 2n) return false
        const ref = referenceSplit(profit, bp)
        return ACCOUNTS.every((a) => s[a] === ref[a])
      }),
      { numRuns: RUNS.splitPositive },
    )
  })

  it(`losses and zero fall on capital only (${RUNS.splitLoss} runs)`, () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 0n }), basisPoints, (profit, bp) => {
        const s = splitProfit(profit, bp)
        return s.capital === profit && s.premi === 0n && s.pnbp === 0n
      }),
      { numRuns: RUNS.splitLoss },
    )
  })
})

/** A line: its booked shares, its measure, and a sequence of refunds (increments of the measure). */
const line = fc
  .tuple(
    fc.oneof(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 15n }), fc.bigInt({ min: -50n, max: 1_000n })),
    basisPoints,
    fc.oneof(fc.bigInt({ min: 1n, max: 20n }), fc.bigInt({ min: 1n, max: 1_000n }), fc.bigInt({ min: 1n, max: 10n ** 12n })),
  )
  .chain(([profit, bp, t]) =>
    fc.record({
      booked: fc.constant(splitProfit(profit, bp)),
      total: fc.constant(t),
      // Increments up to half the line each, sometimes zero, sometimes past the total.
      refunds: fc.array(fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: t / 2n + 1n }), fc.bigInt({ min: 0n, max: t })), {
        maxLength: 8,
      }),
    }),
  )

const same = (x: Shares, y: Shares) => x.capital === y.capital && x.premi === y.premi && x.pnbp === y.pnbp
const show = (s: Shares) => `{ capital: ${s.capital}, premi: ${s.premi}, pnbp: ${s.pnbp} }`

/**
 * Books the refunds one by one and checks every guarantee at each step; then refunds the
 * rest. Plain comparisons (not expect) in this hot loop keep 100,000+ runs fast; a broken
 * guarantee throws with the step, and fast-check shrinks and reports the counterexample.
 */
function checkSequence(booked: Shares, t: bigint, refunds: bigint[]): void {
  let reversed: Shares = ZERO_SHARES
  let refunded = 0n
  const cumulativeProfit = (r: bigint) => roundDiv(total(booked) * (r > t ? t : r), t)
  const fail = (what: string, entry: Shares) => {
    throw new Error(`${what}: booked ${show(booked)}, total ${t}, refunded ${refunded}, entry ${show(entry)}, reversed ${show(reversed)}`)
  }
  for (const inc of [...refunds, t]) {
    const before = refunded
    refunded += inc
    const entry = reverseShares({ booked, reversedSoFar: reversed, refundedSoFar: refunded, total: t })
    // The entry's sum is the change in the cumulative proportional profit (reversed).
    if (total(entry) !== -(cumulativeProfit(refunded) - cumulativeProfit(before))) fail("entry sum", entry)
    if (inc === 0n && !same(entry, ZERO_SHARES)) fail("zero refund", entry)
    reversed = sumShares(reversed, entry)
    const clamped = refunded > t ? t : refunded
    // The cumulative reversal is the proportional part, whatever the path taken.
    if (!same(reversed, neg(referenceTarget(booked, clamped, t)))) fail("cumulative reversal", entry)
    for (const a of ACCOUNTS) {
      // Never more than booked, never the same sign as booked.
      if (abs(reversed[a]) > abs(booked[a])) fail(`${a} reversed beyond booked`, entry)
      if (reversed[a] !== 0n && sign(reversed[a]) !== -sign(booked[a])) fail(`${a} reversed with booked sign`, entry)
    }
  }
  // After refunds reaching the total, every account nets to exactly zero.
  if (!same(sumShares(booked, reversed), ZERO_SHARES)) fail("full refund does not net to zero", ZERO_SHARES)
}

describe("reverseShares properties", () => {
  it(`refund sequences of split profits (${RUNS.reversalSequences} runs)`, () => {
    fc.assert(
      fc.property(line, ({ booked, total: t, refunds }) => checkSequence(booked, t, refunds)),
      { numRuns: RUNS.reversalSequences },
    )
  })

  it(`refund sequences of arbitrary, even mixed-sign, bookings (${RUNS.reversalMixedSigns} runs)`, () => {
    const amount = fc.oneof(fc.bigInt({ min: -1_000n, max: 1_000n }), fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }))
    fc.assert(
      fc.property(
        fc.record({ capital: amount, premi: amount, pnbp: amount }),
        fc.bigInt({ min: 1n, max: 10_000n }),
        fc.array(fc.bigInt({ min: 0n, max: 4_000n }), { maxLength: 6 }),
        (booked, t, refunds) => checkSequence(booked, t, refunds),
      ),
      { numRuns: RUNS.reversalMixedSigns },
    )
  })

  it(`zero refunds give zeros and refunds past the total are clamped (${RUNS.reversalZeroAndClamp} runs)`, () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 15n }),
        basisPoints,
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        (profit, bp, t, extra) => {
          const booked = splitProfit(profit, bp)
          const zero = reverseShares({ booked, reversedSoFar: ZERO_SHARES, refundedSoFar: 0n, total: t })
          const beyond = reverseShares({ booked, reversedSoFar: ZERO_SHARES, refundedSoFar: t + extra, total: t })
          const again = reverseShares({ booked, reversedSoFar: beyond, refundedSoFar: t + extra + 1n, total: t })
          return same(zero, ZERO_SHARES) && same(beyond, neg(booked)) && same(again, ZERO_SHARES)
        },
      ),
      { numRuns: RUNS.reversalZeroAndClamp },
    )
  })
})

describe("helpers properties", () => {
  it(`lineProfit is revenue − quantity × unit cost (${RUNS.lineProfit} runs)`, () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc.boolean(),
        (revenue, q, unitCost, asBigInt) =>
          lineProfit({ revenue, quantity: asBigInt ? BigInt(q) : q, unitCost }) === revenue - BigInt(q) * unitCost,
      ),
      { numRuns: RUNS.lineProfit },
    )
  })

  it(`toRupiahBigInt reads every integer form back exactly (${RUNS.toRupiah} runs)`, () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (n) => {
        const forms: unknown[] = [n, String(n), `${n}.000`, { value: String(n), precision: 20 }, { raw: { value: `${n}.0` } }]
        if (abs(n) <= BigInt(Number.MAX_SAFE_INTEGER)) forms.push(Number(n), { numeric: Number(n) }, { toJSON: () => Number(n) })
        return forms.every((f) => toRupiahBigInt(f) === n)
      }),
      { numRuns: RUNS.toRupiah },
    )
  })
})
