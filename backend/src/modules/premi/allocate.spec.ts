import { allocateByWeights } from "@karya-binaan/shares"
import { describe, expect, it } from "vitest"
import { allocateLine, lineMakers, type ExistingAllocation } from "./allocate"

describe("lineMakers", () => {
  it("weighs units × work units × L / batch total, batches in order, inmates by id", () => {
    const makers = lineMakers(
      [
        { batch_id: "b1", quantity: 1 },
        { batch_id: "b2", quantity: 2 },
      ],
      [
        { batch_id: "b1", inmate_id: "i2", work_units: 1 },
        { batch_id: "b1", inmate_id: "i1", work_units: 2 },
        { batch_id: "b2", inmate_id: "i1", work_units: 5 },
      ]
    )
    // Totals 3 and 5, L = 15: b1 → i1 1·2·5 = 10, i2 1·1·5 = 5; b2 → i1 2·5·3 = 30.
    expect(makers).toEqual([
      { batch_id: "b1", inmate_id: "i1", weight: 10n },
      { batch_id: "b1", inmate_id: "i2", weight: 5n },
      { batch_id: "b2", inmate_id: "i1", weight: 30n },
    ])
    expect(lineMakers([{ batch_id: "b9", quantity: 1 }], [])).toEqual([])
  })
})

describe("allocateLine", () => {
  const makers = [
    { batch_id: "b", inmate_id: "i1", weight: 1n },
    { batch_id: "b", inmate_id: "i2", weight: 1n },
    { batch_id: "b", inmate_id: "i3", weight: 1n },
  ]

  it("allocates cumulatively: each entry books target − allocated; a full refund nets to 0", () => {
    const entries = [
      { id: "sale", amount: 100n },
      { id: "r1", amount: -50n },
      { id: "r2", amount: -50n },
    ]
    const rows = allocateLine(entries, makers, [])
    const sum = (id: string, inmate: string) =>
      rows.filter((r) => r.inmate_id === inmate && (id === "*" || r.ledger_entry_id === id)).reduce((s, r) => s + r.amount, 0n)
    expect(["i1", "i2", "i3"].map((i) => sum("sale", i))).toEqual(allocateByWeights(100n, [1n, 1n, 1n]))
    expect(["i1", "i2", "i3"].map((i) => sum("sale", i) + sum("r1", i))).toEqual(allocateByWeights(50n, [1n, 1n, 1n]))
    expect(["i1", "i2", "i3"].map((i) => sum("*", i))).toEqual([0n, 0n, 0n])
  })

  it("keeps what is already allocated and writes only the rest (a replay writes nothing)", () => {
    const entries = [
      { id: "sale", amount: 100n },
      { id: "r1", amount: -50n },
    ]
    const existing: ExistingAllocation[] = allocateLine(entries.slice(0, 1), makers, [])
    const rest = allocateLine(entries, makers, existing)
    expect(rest.length).toBeGreaterThan(0)
    expect(rest.every((r) => r.ledger_entry_id === "r1")).toBe(true)
    expect(allocateLine(entries, makers, [...existing, ...rest])).toEqual([])
  })
})
