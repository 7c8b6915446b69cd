/**
 * Production cost arithmetic in whole rupiah, with bigint so that no amount is ever rounded
 * by floating point. See README.md in this folder for the method.
 */

export type Integerish = bigint | number | string

function toBigInt(value: Integerish, what: string): bigint {
  if (typeof value === "bigint") return value
  const text = String(value).trim()
  if (!/^-?\d+$/.test(text)) {
    throw new Error(`${what} must be a whole number, got ${text}`)
  }
  return BigInt(text)
}

/** round_half_up(numerator / denominator) for numerator ≥ 0 and denominator > 0. */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n || numerator < 0n) {
    throw new Error("divideRoundHalfUp needs numerator ≥ 0 and denominator > 0")
  }
  return (2n * numerator + denominator) / (2n * denominator)
}

export interface MovingAverageInput {
  /** Units in stock at the lapas before the batch arrives (negative counts as 0). */
  stock: Integerish
  /** The current average unit cost, or null when the variant has never had a batch. */
  average: Integerish | null
  /** Units in the new batch, > 0. */
  quantity: Integerish
  /** Unit cost of the new batch, ≥ 0. */
  unitCost: Integerish
}

/**
 * The moving weighted average after a batch of `quantity` units at `unitCost` arrives while
 * `stock` units are held at `average`: round_half_up((s·a + q·c) / (s + q)).
 * With no average yet (first batch), stock of unknown cost is ignored and the average is c.
 */
export function movingAverage(input: MovingAverageInput): { average: bigint; basis: bigint } {
  const quantity = toBigInt(input.quantity, "quantity")
  const unitCost = toBigInt(input.unitCost, "unit cost")
  if (quantity <= 0n) throw new Error("A batch has at least one unit")
  if (unitCost < 0n) throw new Error("A unit cost cannot be negative")
  let stock = toBigInt(input.stock, "stock")
  if (stock < 0n) stock = 0n
  if (input.average === null) {
    return { average: unitCost, basis: stock + quantity }
  }
  const average = toBigInt(input.average, "average")
  return {
    average: divideRoundHalfUp(stock * average + quantity * unitCost, stock + quantity),
    basis: stock + quantity,
  }
}
