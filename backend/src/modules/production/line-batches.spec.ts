import { describe, expect, it } from "vitest"
import { takeFifo } from "./line-batches"

describe("takeFifo", () => {
  it("takes oldest first and puts units beyond every batch on the latest", () => {
    const batches = [
      { id: "b1", left: 2 },
      { id: "b2", left: 0 },
      { id: "b3", left: 3 },
    ]
    expect(takeFifo(batches, 1)).toEqual([{ batch_id: "b1", quantity: 1 }])
    expect(takeFifo(batches, 4)).toEqual([
      { batch_id: "b1", quantity: 2 },
      { batch_id: "b3", quantity: 2 },
    ])
    expect(takeFifo(batches, 9)).toEqual([
      { batch_id: "b1", quantity: 2 },
      { batch_id: "b3", quantity: 7 },
    ])
    expect(takeFifo([{ id: "b1", left: 0 }], 2)).toEqual([{ batch_id: "b1", quantity: 2 }])
    expect(takeFifo([], 2)).toEqual([])
  })
})
