import { describe, expect, it } from "vitest"
import { findRegency, listDistricts, listProvinces, listRegencies, resolveAddress, titleCase } from "./index"

describe("areas", () => {
  it("lists the 38 provinces with readable names", () => {
    const provinces = listProvinces()
    expect(provinces).toHaveLength(38)
    expect(provinces.find((p) => p.code === "31")?.name).toBe("DKI Jakarta")
    expect(provinces.find((p) => p.code === "35")?.name).toBe("Jawa Timur")
  })

  it("cascades province → kabupaten/kota → kecamatan", () => {
    const jatim = listRegencies("35")
    expect(jatim.map((r) => r.name)).toContain("Kota Surabaya")
    expect(listDistricts("35.78").map((d) => d.name)).toContain("Gubeng")
  })

  it("title-cases without breaking DKI or apostrophes", () => {
    expect(titleCase("KOTA ADMINISTRASI JAKARTA PUSAT")).toBe("Kota Administrasi Jakarta Pusat")
    expect(titleCase('Soka"an')).toBe("Soka'an")
  })

  it("resolves names as clients write them", () => {
    const resolved = resolveAddress({ province: "jawa timur", city: "Surabaya", address_2: "Kec. Gubeng, Airlangga" })
    expect(resolved.problems).toEqual([])
    expect(resolved.regency?.code).toBe("35.78")
    expect(resolved.district?.name).toBe("Gubeng")
    expect(resolved.village?.name).toBe("Airlangga")
  })

  it("keeps the kecamatan of legacy addresses in metadata", () => {
    const resolved = resolveAddress({ province: "Jawa Timur", city: "Kota Surabaya", metadata: { district: "Gubeng" } })
    expect(resolved.district?.code).toMatch(/^35\.78\./)
  })

  it("names an unknown kecamatan and an ambiguous city", () => {
    expect(resolveAddress({ province: "Jawa Timur", city: "Kota Surabaya", address_2: "Sleman" }).problems).toEqual([
      { field: "district", kind: "unknown", value: "Sleman", city: "Kota Surabaya", province: "Jawa Timur" },
    ])
    const bandung = findRegency("32", "Bandung")
    expect(bandung.regency).toBeUndefined()
    expect(bandung.ambiguous?.map((r) => r.name).sort()).toEqual(["Kabupaten Bandung", "Kota Bandung"])
    expect(findRegency("32", "Kab. Bandung").regency?.name).toBe("Kabupaten Bandung")
  })
})
