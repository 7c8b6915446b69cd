import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { allocateByWeights, ShareSplitError } from "./index"

const RUNS = { exact: 20_000, cumulative: 10_000 }

/** A straightforward reference: exact rationals, Hamilton with ties to the earlier index. */
function reference(amount: bigint, weights: bigint[]): bigint[] {
  const neg = amount < 0n
  const m = neg ? -amount : amount
  const sum = weights.reduce((s, w) => s + w, 0n)
  const base = weights.map((w) => (m * w) / sum)
  let left = m - base.reduce((s, x) => s + x, 0n)
  const ranked = weights
    .map((w, i) => ({ i, r: (m * w) % sum }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1))
  for (const { i, r } of ranked) {
    if (left === 0n || r === 0n) break
    base[i] += 1n
    left -= 1n
  }
  return neg ? base.map((x) => -x) : base
}

describe("allocateByWeights, examples", () => {
  it("gives leftovers to the largest remainders, ties to the earlier index", () => {
    expect(allocateByWeights(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n])
    expect(allocateByWeights(101n, [1n, 1n, 1n])).toEqual([34n, 34n, 33n])
    expect(allocateByWeights(10n, [1n, 2n])).toEqual([3n, 7n])
    expect(allocateByWeights(1n, [1n, 1n])).toEqual([1n, 0n])
  })

  it("mirrors negative amounts and gives zero weights nothing", () => {
    expect(allocateByWeights(-100n, [1n, 1n, 1n])).toEqual([-34n, -33n, -33n])
    expect(allocateByWeights(5n, [0n, 3n, 0n])).toEqual([0n, 5n, 0n])
    expect(allocateByWeights(0n, [2n, 3n])).toEqual([0n, 0n])
  })

  it("refuses all-zero, empty or negative weights with a message", () => {
    expect(() => allocateByWeights(5n, [0n, 0n])).toThrow(ShareSplitError)
    expect(() => allocateByWeights(5n, [0n, 0n])).toThrow(/every weight is 0/)
    expect(() => allocateByWeights(5n, [])).toThrow(/no weights/)
    expect(() => allocateByWeights(5n, [1n, -1n])).toThrow(/cannot be negative/)
    expect(() => allocateByWeights(5 as unknown as bigint, [1n])).toThrow(/bigint/)
  })
})

const weightList = fc.array(
  fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 10n }), fc.bigInt({ min: 0n, max: 10n ** 12n })),
  { minLength: 1, maxLength: 12 },
)
const nonZero = weightList.filter((w) => w.some((x) => x > 0n))
const amount = fc.oneof(fc.bigInt({ min: -1_000n, max: 1_000n }), fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }))

describe("allocateByWeights properties", () => {
  it(`exact sum, floor or ceiling of each quota, zero weights 0, same as the reference (${RUNS.exact} runs)`, () => {
    fc.assert(
      fc.property(amount, nonZero, (a, w) => {
        const out = allocateByWeights(a, w)
        if (out.length !== w.length) return false
        if (out.reduce((s, x) => s + x, 0n) !== a) return false
        const sum = w.reduce((s, x) => s + x, 0n)
        const m = a < 0n ? -a : a
        for (let i = 0; i < w.length; i++) {
          const got = a < 0n ? -out[i] : out[i]
          const floor = (m * w[i]) / sum
          const exact = (m * w[i]) % sum === 0n
          if (got < floor || got > floor + (exact ? 0n : 1n)) return false
          if (w[i] === 0n && out[i] !== 0n) return false
        }
        const ref = reference(a, w)
        return out.every((x, i) => x === ref[i]) && allocateByWeights(-a, w).every((x, i) => x === -out[i])
      }),
      { numRuns: RUNS.exact },
    )
  })

  it(`cumulative targets: each step's increments keep every share at its target, a full reversal nets to 0 (${RUNS.cumulative} runs)`, () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 9n }), nonZero, fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { maxLength: 6 }), (sale, w, refunds) => {
        let net = sale
        let held = allocateByWeights(net, w)
        for (const r of refunds) {
          net -= r > net ? net : r
          const target = allocateByWeights(net, w)
          const increment = target.map((t, i) => t - held[i])
          held = held.map((h, i) => h + increment[i])
          if (held.some((h) => h < 0n)) return false
          if (held.reduce((s, x) => s + x, 0n) !== net) return false
        }
        const final = allocateByWeights(0n, w).map((t, i) => t - held[i])
        return held.every((h, i) => h + final[i] === 0n)
      }),
      { numRuns: RUNS.cumulative },
    )
  })
})
