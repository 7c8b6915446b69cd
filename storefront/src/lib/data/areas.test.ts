// @vitest-environment node
import { describe, expect, it } from "vitest"
import { EMPTY_ADDRESS, type NormalizedAddress } from "@/modules/checkout/validation"
import { addressPickerData, areaChildren, checkAddressAreas, checkAddressForm } from "./areas"

const ADDRESS: NormalizedAddress = {
  email: "budi@contoh.id",
  first_name: "Budi",
  last_name: "Santoso",
  phone: "081234567890",
  province: "Jawa Timur",
  city: "Kota Surabaya",
  district: "Gubeng",
  village: "Airlangga",
  address_1: "Jl. Kertajaya 10",
  postal_code: "60281",
}

function form(values: Record<string, string>) {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.set(key, value)
  return data
}

describe("checkAddressAreas", () => {
  it("accepts areas that belong together and spells them as the lists do", () => {
    const result = checkAddressAreas({ ...ADDRESS, province: "jawa timur", city: "Surabaya", district: "Kec. Gubeng" })
    expect(result).toEqual({
      ok: true,
      value: { ...ADDRESS, province: "Jawa Timur", city: "Kota Surabaya", district: "Gubeng", village: "Airlangga" },
    })
  })

  it("names the kecamatan that is not in the kabupaten/kota", () => {
    expect(checkAddressAreas({ ...ADDRESS, city: "Kabupaten Bojonegoro" })).toEqual({
      ok: false,
      errors: { district: "checkout.error.districtUnknown" },
    })
  })

  it("names a kabupaten/kota of another province and an unknown kelurahan", () => {
    expect(checkAddressAreas({ ...ADDRESS, province: "Jawa Tengah" })).toEqual({
      ok: false,
      errors: { city: "checkout.error.cityUnknown" },
    })
    expect(checkAddressAreas({ ...ADDRESS, village: "Menteng" })).toEqual({
      ok: false,
      errors: { village: "checkout.error.villageUnknown" },
    })
  })
})

describe("addressPickerData", () => {
  it("gives every level's list down to the chosen kecamatan's kelurahan", () => {
    const { values, areas } = addressPickerData({ ...EMPTY_ADDRESS, province: "Jawa Timur", city: "surabaya", district: "Gubeng", village: "" })
    expect(values.city).toBe("Kota Surabaya")
    expect(areas.provinces).toHaveLength(38)
    expect(areas.regencies.map((r) => r.name)).toContain("Kabupaten Bojonegoro")
    expect(areas.districts.map((d) => d.name)).toContain("Tegalsari")
    expect(areas.villages.map((v) => v.name)).toContain("Airlangga")
  })

  it("stops at the first level it cannot find, keeping what was typed", () => {
    const { values, areas } = addressPickerData({ ...EMPTY_ADDRESS, province: "Jawa Timur", city: "Gotham", district: "Gubeng" })
    expect(values).toMatchObject({ province: "Jawa Timur", city: "Gotham", district: "Gubeng" })
    expect(areas.regencies.length).toBeGreaterThan(30)
    expect(areas.districts).toEqual([])
  })

  it("answers only the provinces for an empty address", () => {
    const { areas } = addressPickerData(EMPTY_ADDRESS)
    expect(areas.provinces).toEqual(areaChildren(""))
    expect(areas.regencies).toEqual([])
  })
})

describe("checkAddressForm", () => {
  const complete = {
    email: "budi@contoh.id",
    name: "Budi Santoso",
    phone: "081234567890",
    province: "Jawa Timur",
    city: "Kota Surabaya",
    district: "Gubeng",
    village: "",
    address: "Jl. Kertajaya 10",
    postal_code: "60281",
  }

  it("accepts a complete form", () => {
    const result = checkAddressForm(form(complete))
    expect(result.ok && result.value).toMatchObject({ city: "Kota Surabaya", district: "Gubeng", village: "" })
  })

  it("refuses with the next list when only the province was chosen (the form without JavaScript)", () => {
    const result = checkAddressForm(form({ ...complete, city: "", district: "" }))
    if (result.ok) throw new Error("expected a refusal")
    expect(result.state.errors).toEqual({ city: "checkout.error.cityRequired", district: "checkout.error.districtRequired" })
    expect(result.state.values?.province).toBe("Jawa Timur")
    expect(result.state.areas?.regencies.map((r) => r.name)).toContain("Kota Surabaya")
  })

  it("refuses a kecamatan of another kabupaten/kota and refills the lists", () => {
    const result = checkAddressForm(form({ ...complete, district: "Bojonegoro" }))
    if (result.ok) throw new Error("expected a refusal")
    expect(result.state.errors).toEqual({ district: "checkout.error.districtUnknown" })
    expect(result.state.areas?.districts.map((d) => d.name)).toContain("Gubeng")
  })
})
