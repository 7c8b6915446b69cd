/**
 * Production cost arithmetic in whole rupiah, with bigint so that no amount is ever rounded
 * by floating point. See README.md in this folder for the method.
 */
import { toRupiahBigInt } from "@karya-binaan/shares"

export type Integerish = bigint | number | string

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
  const quantity = toRupiahBigInt(input.quantity)
  const unitCost = toRupiahBigInt(input.unitCost)
  if (quantity <= 0n) throw new Error("A batch has at least one unit")
  if (unitCost < 0n) throw new Error("A unit cost cannot be negative")
  let stock = toRupiahBigInt(input.stock)
  if (stock < 0n) stock = 0n
  if (input.average === null) {
    return { average: unitCost, basis: stock + quantity }
  }
  const average = toRupiahBigInt(input.average)
  return {
    average: divideRoundHalfUp(stock * average + quantity * unitCost, stock + quantity),
    basis: stock + quantity,
  }
}
