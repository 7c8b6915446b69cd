import { describe, expect, it } from "vitest"
import { courierOptionRules, pickupOptionRules, servedProvinces } from "./rules"
import { referenceRates } from "./reference-rates"

describe("shipping option rules", () => {
  it("keeps pickup to carts with the lapas's products", () => {
    expect(pickupOptionRules("lapas_A")).toContainEqual({ attribute: "cart_lapas.lapas_A", operator: "eq", value: "true" })
  })

  it("limits parcel services to 30 kg, cargo to 10 kg and more, and couriers to the provinces their table serves", () => {
    const rates = [
      { zone: "91", per_kg: 50_000, etd_min_days: 5, etd_max_days: 9 },
      { zone: "35.78", per_kg: 7_000, etd_min_days: 1, etd_max_days: 1 },
    ]
    expect(courierOptionRules("lapas_A", { courier: "jne", service: "regular", rates })).toEqual(
      expect.arrayContaining([
        { attribute: "parcel_kg.lapas_A", operator: "lte", value: "30" },
        { attribute: "destination_province", operator: "in", value: ["35", "91"] },
      ])
    )
    const cargo = courierOptionRules("lapas_A", { courier: "jne", service: "cargo", rates })
    expect(cargo).toContainEqual({ attribute: "parcel_kg.lapas_A", operator: "gte", value: "10" })
    expect(cargo.some((r) => r.operator === "lte")).toBe(false)
    expect(servedProvinces(rates)).toEqual(["35", "91"])
  })
})

describe("referenceRates", () => {
  it("covers every province, cheapest at home and dearest far away, in whole rupiah", () => {
    const fromJatim = referenceRates("35", "jne", "regular")
    expect(fromJatim).toHaveLength(38)
    const rate = (zone: string) => fromJatim.find((r) => r.zone === zone)!
    expect(rate("35").per_kg).toBeLessThan(rate("33").per_kg)
    expect(rate("33").per_kg).toBeLessThan(rate("91").per_kg)
    expect(fromJatim.every((r) => Number.isSafeInteger(r.per_kg) && r.per_kg % 500 === 0)).toBe(true)
    expect(referenceRates("35", "jne", "cargo").find((r) => r.zone === "91")!.per_kg).toBeLessThan(rate("91").per_kg)
  })
})
