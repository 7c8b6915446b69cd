import { COURIERS } from "@karya-binaan/contracts"
import { describe, expect, it } from "vitest"
import { readRates, wholeNumber } from "./form-values"
import { addableServices } from "./services"

function form(rows: [string, string, string, string][]) {
  const data = new FormData()
  data.set("id", "so_1")
  for (const [zone, perKg, min, max] of rows) {
    data.append("zone", zone)
    data.append("per_kg", perKg)
    data.append("etd_min_days", min)
    data.append("etd_max_days", max)
  }
  return data
}

describe("the rate editor's values", () => {
  it("reads rupiah as typed by people", () => {
    expect(wholeNumber("12.000")).toBe(12_000)
    expect(wholeNumber("Rp 9 500")).toBe(9_500)
    expect(wholeNumber("12,5")).toBeNull()
    expect(wholeNumber("")).toBeNull()
    expect(wholeNumber("-3")).toBeNull()
  })

  it("keeps the rows in order and marks the ones that are not numbers", () => {
    const { rates, invalid } = readRates(
      form([
        ["35", "9.000", "1", "2"],
        ["35.78", "12000", "1", "1"],
        ["94", "", "5", "9"],
        ["81", "50000", "6", "3"],
        ["82", "0", "1", "2"],
      ])
    )
    expect(rates).toEqual([
      { zone: "35", per_kg: 9_000, etd_min_days: 1, etd_max_days: 2 },
      { zone: "35.78", per_kg: 12_000, etd_min_days: 1, etd_max_days: 1 },
    ])
    expect(invalid).toEqual(["94", "81", "82"])
  })
})

describe("services that can be added", () => {
  it("lists the couriers list's services the lapas does not use", () => {
    const addable = addableServices(COURIERS, [
      { courier: "jne", service: "regular" },
      { courier: "jne", service: "express" },
    ])
    const keys = addable.map((s) => `${s.courier}:${s.service}`)
    expect(keys).toContain("jne:cargo")
    expect(keys).not.toContain("jne:regular")
    expect(keys).not.toContain("jnt:cargo")
    expect(addable.find((s) => s.courier === "sicepat" && s.service === "cargo")).toMatchObject({ courier_name: "SiCepat", service_code: "GOKIL" })
  })
})
