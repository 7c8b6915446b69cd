import { describe, expect, it } from "vitest"
import { wholeRupiah } from "./money"

describe("wholeRupiah", () => {
  it("takes whole rupiah from 0 up to the safe integer range", () => {
    expect(wholeRupiah.parse(0)).toBe(0)
    expect(wholeRupiah.parse(125_000)).toBe(125_000)
    expect(wholeRupiah.parse(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER)
  })

  it("refuses fractions, negatives, strings and unsafe numbers with a message a person can act on", () => {
    const message = (value: unknown) => wholeRupiah.safeParse(value).error?.issues[0]?.message
    expect(message(12.5)).toBe("Amounts are whole rupiah: no fractions")
    expect(message(-1)).toBe("An amount cannot be negative")
    expect(message("125000")).toBe("Amounts are whole rupiah, as a number")
    expect(wholeRupiah.safeParse(Number.MAX_SAFE_INTEGER + 2).success).toBe(false)
  })
})
