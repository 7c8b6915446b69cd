import { describe, expect, it } from "vitest"
import { divideRoundHalfUp, movingAverage } from "./cost"

describe("moving weighted average HPP", () => {
  it("starts at the first batch's cost", () => {
    expect(movingAverage({ stock: 0, average: null, quantity: 10, unitCost: 12_000 })).toEqual({
      average: 12_000n,
      basis: 10n,
    })
    // Stock of unknown cost (recorded before any batch) does not dilute the first average.
    expect(movingAverage({ stock: 7, average: null, quantity: 3, unitCost: 500 }).average).toBe(500n)
  })

  it("weights the stock held and the new batch", () => {
    // (10·12 000 + 30·14 000) / 40 = 13 500
    expect(movingAverage({ stock: 10, average: 12_000, quantity: 30, unitCost: 14_000 }).average).toBe(13_500n)
    // (1·100 + 2·101) / 3 = 100.67 → 101
    expect(movingAverage({ stock: 1, average: 100, quantity: 2, unitCost: 101 }).average).toBe(101n)
    // (1·100 + 1·101) / 2 = 100.5 → 101 (half up)
    expect(movingAverage({ stock: 1, average: 100, quantity: 1, unitCost: 101 }).average).toBe(101n)
    // (2·100 + 1·101) / 3 = 100.33 → 100
    expect(movingAverage({ stock: 2, average: 100, quantity: 1, unitCost: 101 }).average).toBe(100n)
    // Sold out: the new batch sets the average.
    expect(movingAverage({ stock: 0, average: 9_999, quantity: 5, unitCost: 20_000 }).average).toBe(20_000n)
    expect(movingAverage({ stock: -3, average: 9_999, quantity: 5, unitCost: 20_000 }).average).toBe(20_000n)
  })

  it("is exact beyond floating point", () => {
    const big = 9_007_199_254_740_993n
    expect(movingAverage({ stock: 1, average: big, quantity: 1, unitCost: big }).average).toBe(big)
  })

  it("rounds half up and refuses bad input", () => {
    expect(divideRoundHalfUp(5n, 2n)).toBe(3n)
    expect(divideRoundHalfUp(4n, 3n)).toBe(1n)
    expect(() => movingAverage({ stock: 0, average: null, quantity: 0, unitCost: 1 })).toThrow()
    expect(() => movingAverage({ stock: 0, average: null, quantity: 1, unitCost: -1 })).toThrow()
    expect(() => movingAverage({ stock: 0, average: null, quantity: 1, unitCost: "1.5" })).toThrow()
  })
})
