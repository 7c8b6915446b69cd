import { describe, expect, it } from "vitest"
import {
  ACCOUNTS,
  DEFAULT_BASIS_POINTS,
  ShareSplitError,
  ZERO_SHARES,
  lineProfit,
  reverseShares,
  splitProfit,
  sumShares,
  rupiahToJson,
  toRupiahBigInt,
  validateBasisPoints,
  type ShareBasisPoints,
} from "./index"

const bp = (capital_bp: number, premi_bp: number, pnbp_bp: number): ShareBasisPoints => ({
  capital_bp,
  premi_bp,
  pnbp_bp,
})

describe("splitProfit, examples", () => {
  it("splits Rp 100.000 at the default 50/35/15 exactly", () => {
    expect(splitProfit(100_000n, DEFAULT_BASIS_POINTS)).toEqual({ capital: 50_000n, premi: 35_000n, pnbp: 15_000n })
  })

  it("gives the extra rupiah of Rp 100.001 to capital (remainder .5 beats .35 and .15)", () => {
    expect(splitProfit(100_001n, DEFAULT_BASIS_POINTS)).toEqual({ capital: 50_001n, premi: 35_000n, pnbp: 15_000n })
  })

  it("gives leftover rupiah to the largest remainders", () => {
    // Rp 100.003: quotas 50,001.5 / 35,001.05 / 15,000.45 → one leftover, to capital.
    expect(splitProfit(100_003n, DEFAULT_BASIS_POINTS)).toEqual({ capital: 50_002n, premi: 35_001n, pnbp: 15_000n })
    // Rp 2 in thirds: quotas .6666 / .6666 / .6668 → two leftovers, pnbp first, then capital (tie with premi).
    expect(splitProfit(2n, bp(3333, 3333, 3334))).toEqual({ capital: 1n, premi: 0n, pnbp: 1n })
    // Rp 100.006 → quotas 50,003 / 35,002.1 / 15,000.9: one leftover, to pnbp.
    expect(splitProfit(100_006n, DEFAULT_BASIS_POINTS)).toEqual({ capital: 50_003n, premi: 35_002n, pnbp: 15_001n })
  })

  it("breaks ties in the order capital, premi, pnbp", () => {
    // Equal thirds of Rp 1 and Rp 2: remainders tie.
    expect(splitProfit(1n, bp(3333, 3333, 3334))).toEqual({ capital: 0n, premi: 0n, pnbp: 1n })
    expect(splitProfit(1n, bp(5000, 5000, 0))).toEqual({ capital: 1n, premi: 0n, pnbp: 0n })
    expect(splitProfit(1n, bp(0, 5000, 5000))).toEqual({ capital: 0n, premi: 1n, pnbp: 0n })
    expect(splitProfit(2n, bp(3334, 3333, 3333))).toEqual({ capital: 1n, premi: 1n, pnbp: 0n })
  })

  it("gives Rp 1 to the largest share", () => {
    expect(splitProfit(1n, DEFAULT_BASIS_POINTS)).toEqual({ capital: 1n, premi: 0n, pnbp: 0n })
    expect(splitProfit(1n, bp(1500, 3500, 5000))).toEqual({ capital: 0n, premi: 0n, pnbp: 1n })
  })

  it("books a loss on capital only, with no premi and no PNBP", () => {
    expect(splitProfit(-25_000n, DEFAULT_BASIS_POINTS)).toEqual({ capital: -25_000n, premi: 0n, pnbp: 0n })
    expect(splitProfit(0n, DEFAULT_BASIS_POINTS)).toEqual({ capital: 0n, premi: 0n, pnbp: 0n })
  })

  it("handles amounts far beyond Number's safe range", () => {
    const p = 12_345_678_901_234_567_891n
    const s = splitProfit(p, DEFAULT_BASIS_POINTS)
    expect(s.capital + s.premi + s.pnbp).toBe(p)
    expect(s).toEqual({
      capital: 6_172_839_450_617_283_945n, // .5
      premi: 4_320_987_615_432_098_762n, // .85 → +1
      pnbp: 1_851_851_835_185_185_184n, // .65 → +1
    })
  })

  it("refuses a profit that is not a bigint", () => {
    expect(() => splitProfit(100 as unknown as bigint, DEFAULT_BASIS_POINTS)).toThrow(ShareSplitError)
  })
})

describe("validateBasisPoints", () => {
  it("accepts the default and extreme splits", () => {
    expect(() => validateBasisPoints(DEFAULT_BASIS_POINTS)).not.toThrow()
    expect(() => validateBasisPoints(bp(10_000, 0, 0))).not.toThrow()
    expect(() => validateBasisPoints(bp(0, 0, 10_000))).not.toThrow()
  })

  it("says what the basis points add up to", () => {
    expect(() => validateBasisPoints(bp(5000, 3500, 1400))).toThrow(
      "Basis points must add up to 10,000 (100 %); these add up to 9,900.",
    )
    expect(() => validateBasisPoints(bp(5000, 3500, 1600))).toThrow("these add up to 10,100.")
    expect(() => validateBasisPoints(bp(50, 35, 15))).toThrow("these add up to 100.")
  })

  it("refuses fractions, negatives and missing fields, naming the account", () => {
    expect(() => validateBasisPoints(bp(5000, 3499.5, 1500.5))).toThrow(/premi share \(premi_bp\) must be a whole number/)
    expect(() => validateBasisPoints(bp(11_000, 0, -1000))).toThrow(/PNBP share \(pnbp_bp\) cannot be negative; got -1,000/)
    expect(() => validateBasisPoints({ capital_bp: 5000, premi_bp: 3500 } as ShareBasisPoints)).toThrow(/pnbp_bp/)
    expect(() => validateBasisPoints(bp(Number.NaN, 5000, 5000))).toThrow(ShareSplitError)
    expect(() => validateBasisPoints(null as unknown as ShareBasisPoints)).toThrow(ShareSplitError)
    expect(() => splitProfit(1000n, bp(5000, 3500, 1400))).toThrow(ShareSplitError)
  })

  it("throws a real ShareSplitError", () => {
    try {
      validateBasisPoints(bp(1, 2, 3))
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(ShareSplitError)
      expect(e).toBeInstanceOf(Error)
      expect((e as Error).name).toBe("ShareSplitError")
    }
  })
})

describe("lineProfit", () => {
  it("is revenue minus quantity × unit cost", () => {
    expect(lineProfit({ revenue: 300_000n, quantity: 3, unitCost: 60_000n })).toBe(120_000n)
    expect(lineProfit({ revenue: 100_000n, quantity: 2n, unitCost: 60_000n })).toBe(-20_000n)
    expect(lineProfit({ revenue: 0n, quantity: 0, unitCost: 60_000n })).toBe(0n)
  })

  it("refuses fractional or negative quantities", () => {
    expect(() => lineProfit({ revenue: 1n, quantity: 1.5, unitCost: 1n })).toThrow(ShareSplitError)
    expect(() => lineProfit({ revenue: 1n, quantity: -1, unitCost: 1n })).toThrow(ShareSplitError)
    expect(() => lineProfit({ revenue: 1 as unknown as bigint, quantity: 1, unitCost: 1n })).toThrow(ShareSplitError)
  })
})

describe("reverseShares, examples", () => {
  const booked = splitProfit(100_001n, DEFAULT_BASIS_POINTS) // 50,001 / 35,000 / 15,000

  it("reverses a full refund exactly", () => {
    expect(reverseShares({ booked, reversedSoFar: ZERO_SHARES, refundedSoFar: 3n, total: 3n })).toEqual({
      capital: -50_001n,
      premi: -35_000n,
      pnbp: -15_000n,
    })
  })

  it("reverses one of three units, then the rest, netting to zero", () => {
    const first = reverseShares({ booked, reversedSoFar: ZERO_SHARES, refundedSoFar: 1n, total: 3n })
    // round(100,001 / 3) = 33,334: quotas 16,667 / 11,666.67 / 5,000 → premi takes the extra rupiah.
    expect(first).toEqual({ capital: -16_667n, premi: -11_667n, pnbp: -5_000n })
    const second = reverseShares({ booked, reversedSoFar: first, refundedSoFar: 3n, total: 3n })
    expect(sumShares(booked, first, second)).toEqual(ZERO_SHARES)
  })

  it("returns zeros for a zero refund or a repeated cumulative amount", () => {
    expect(reverseShares({ booked, reversedSoFar: ZERO_SHARES, refundedSoFar: 0n, total: 3n })).toEqual(ZERO_SHARES)
    const first = reverseShares({ booked, reversedSoFar: ZERO_SHARES, refundedSoFar: 1n, total: 3n })
    expect(reverseShares({ booked, reversedSoFar: first, refundedSoFar: 1n, total: 3n })).toEqual(ZERO_SHARES)
  })

  it("clamps a refund beyond the total", () => {
    expect(reverseShares({ booked, reversedSoFar: ZERO_SHARES, refundedSoFar: 10n, total: 3n })).toEqual({
      capital: -50_001n,
      premi: -35_000n,
      pnbp: -15_000n,
    })
    const full = { capital: -50_001n, premi: -35_000n, pnbp: -15_000n }
    expect(reverseShares({ booked, reversedSoFar: full, refundedSoFar: 4n, total: 3n })).toEqual(ZERO_SHARES)
  })

  it("reverses a loss on capital only", () => {
    const loss = splitProfit(-9_999n, DEFAULT_BASIS_POINTS)
    expect(reverseShares({ booked: loss, reversedSoFar: ZERO_SHARES, refundedSoFar: 1n, total: 2n })).toEqual({
      capital: 5_000n, // round(-4,999.5) = -5,000, halves away from zero
      premi: 0n,
      pnbp: 0n,
    })
  })

  it("works with revenue in rupiah as the measure", () => {
    const b = splitProfit(40_000n, DEFAULT_BASIS_POINTS)
    const e = reverseShares({ booked: b, reversedSoFar: ZERO_SHARES, refundedSoFar: 25_000n, total: 100_000n })
    expect(e).toEqual({ capital: -5_000n, premi: -3_500n, pnbp: -1_500n })
  })

  it("may move a rupiah between accounts in a later entry, keeping the cumulative rule (documented)", () => {
    // Booked 3 / 2 / 1 over 7 units. After 3 units the proportional part is 1 / 1 / 1
    // (sum round(18/7) = 3); after 4 units it is 2 / 1 / 0 (sum round(24/7) = 3).
    const b = { capital: 3n, premi: 2n, pnbp: 1n }
    const first = reverseShares({ booked: b, reversedSoFar: ZERO_SHARES, refundedSoFar: 3n, total: 7n })
    expect(first).toEqual({ capital: -1n, premi: -1n, pnbp: -1n })
    const second = reverseShares({ booked: b, reversedSoFar: first, refundedSoFar: 4n, total: 7n })
    expect(second).toEqual({ capital: -1n, premi: 0n, pnbp: 1n })
    expect(sumShares(first, second)).toEqual({ capital: -2n, premi: -1n, pnbp: 0n })
  })

  it("refuses impossible inputs", () => {
    const base = { booked, reversedSoFar: ZERO_SHARES, refundedSoFar: 1n, total: 3n }
    expect(() => reverseShares({ ...base, total: 0n })).toThrow(/must be greater than 0/)
    expect(() => reverseShares({ ...base, total: -3n })).toThrow(ShareSplitError)
    expect(() => reverseShares({ ...base, refundedSoFar: -1n })).toThrow(/cannot be negative/)
    expect(() => reverseShares({ ...base, reversedSoFar: { ...ZERO_SHARES, premi: 1n } })).toThrow(/opposite sign/)
    expect(() => reverseShares({ ...base, reversedSoFar: { ...ZERO_SHARES, pnbp: -15_001n } })).toThrow(ShareSplitError)
    expect(() => reverseShares({ ...base, total: 3 as unknown as bigint })).toThrow(ShareSplitError)
  })
})

describe("sumShares and ZERO_SHARES", () => {
  it("adds account by account", () => {
    expect(sumShares()).toEqual(ZERO_SHARES)
    expect(
      sumShares({ capital: 1n, premi: 2n, pnbp: 3n }, { capital: -1n, premi: 5n, pnbp: 0n }),
    ).toEqual({ capital: 0n, premi: 7n, pnbp: 3n })
  })

  it("cannot be changed by accident", () => {
    expect(Object.isFrozen(ZERO_SHARES)).toBe(true)
    expect(Object.isFrozen(DEFAULT_BASIS_POINTS)).toBe(true)
    expect(ACCOUNTS).toEqual(["capital", "premi", "pnbp"])
  })
})

describe("toRupiahBigInt", () => {
  it.each<[unknown, bigint]>([
    [125_000n, 125_000n],
    [125_000, 125_000n],
    [-0, 0n],
    ["125000", 125_000n],
    [" -42 ", -42n],
    ["125000.00000000000000", 125_000n], // Medusa raw value, toPrecision(20)
    ["1.2345678901234567890e+21", 1_234_567_890_123_456_789_000n],
    ["12345678901234567890", 12_345_678_901_234_567_890n],
    [{ value: "250000", precision: 20 }, 250_000n],
    [{ raw: { value: "99000.000000000000000", precision: 20 }, numeric: 99_000 }, 99_000n],
    [{ numeric: 7_000 }, 7_000n],
    [{ toJSON: () => 8_000 }, 8_000n],
    [{ _isBigNumber: true, toFixed: () => "900000" }, 900_000n],
  ])("reads %s", (input, expected) => {
    expect(toRupiahBigInt(input)).toBe(expected)
  })

  it.each<[unknown]>([
    [12.5],
    ["12.5"],
    ["12,5"],
    ["1.5e0"],
    [""],
    ["abc"],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [2 ** 60],
    [null],
    [undefined],
    [{}],
    [{ value: "100.5" }],
    [{ raw: { value: "33333.333333333333333" } }],
  ])("refuses %s", (input) => {
    expect(() => toRupiahBigInt(input)).toThrow(ShareSplitError)
  })
})

describe("toRupiahBigInt with round and rupiahToJson", () => {
  it("rounds a fraction half away from zero only when asked", () => {
    expect(toRupiahBigInt("124999.5", { round: true })).toBe(125000n)
    expect(toRupiahBigInt(124999.49, { round: true })).toBe(124999n)
    expect(toRupiahBigInt("-10.5", { round: true })).toBe(-11n)
    expect(toRupiahBigInt({ raw: { value: "99.5" } }, { round: true })).toBe(100n)
    expect(() => toRupiahBigInt("124999.5")).toThrow(ShareSplitError)
  })

  it("writes whole rupiah for JSON as a number while safe, else as the exact string", () => {
    expect(rupiahToJson(125000n)).toBe(125000)
    expect(rupiahToJson({ raw: { value: "75000" } })).toBe(75000)
    expect(rupiahToJson(2n ** 60n)).toBe("1152921504606846976")
    expect(() => rupiahToJson(1.5)).toThrow(ShareSplitError)
  })
})
