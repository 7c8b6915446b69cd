import { describe, expect, it } from "vitest"
import { parsePayoutForm, statementPeriod } from "./form-data"

const form = (entries: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(entries)) data.append(name, value)
  return data
}

describe("parsePayoutForm", () => {
  it("reads whole rupiah with thousands dots and leaves out an empty note", () => {
    expect(parsePayoutForm(form({ inmate_id: "inm_1", amount: "Rp 50.000", paid_on: "2026-12-01", method: "savings_account", note: "" }))).toEqual({
      ok: true,
      body: { inmate_id: "inm_1", amount: 50_000, paid_on: "2026-12-01", method: "savings_account" },
    })
  })
  it("says which field to fix", () => {
    expect(parsePayoutForm(form({ amount: "0", paid_on: "", method: "transfer" }))).toEqual({
      ok: false,
      fieldErrors: {
        inmate_id: "payout.inmateRequired",
        amount: "payout.amountInvalid",
        paid_on: "payout.dateInvalid",
        method: "payout.methodInvalid",
      },
    })
  })
})

describe("statementPeriod", () => {
  it("defaults to this month so far and ignores impossible periods", () => {
    expect(statementPeriod({}, "2026-12-06")).toEqual({ from: "2026-12-01", to: "2026-12-06" })
    expect(statementPeriod({ dari: "2026-01-01", sampai: "2026-03-31" }, "2026-12-06")).toEqual({ from: "2026-01-01", to: "2026-03-31" })
    expect(statementPeriod({ dari: "2026-05-01", sampai: "2026-04-01" }, "2026-12-06")).toEqual({ from: "2026-04-01", to: "2026-04-01" })
    expect(statementPeriod({ sampai: "2999-01-01" }, "2026-12-06")).toEqual({ from: "2026-12-01", to: "2026-12-06" })
  })
})
