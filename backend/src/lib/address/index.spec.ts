import { describe, expect, it } from "vitest"
import { addressAreaView, addressWriteProblems, kecamatanOf } from "./index"

describe("kecamatanOf", () => {
  it("reads address_2's kecamatan first, then the legacy metadata.district", () => {
    expect(kecamatanOf({ address_2: "Gubeng, Airlangga" })).toBe("Gubeng")
    expect(kecamatanOf({ address_2: " Gubeng " })).toBe("Gubeng")
    expect(kecamatanOf({ address_2: null, metadata: { district: "Tegalsari" } })).toBe("Tegalsari")
    expect(kecamatanOf({ address_2: "  ", metadata: { district: " " } })).toBeNull()
    expect(kecamatanOf(null)).toBeNull()
  })
})

describe("addressAreaView", () => {
  it("shows address_2's kecamatan as the district and its kelurahan as the second line", () => {
    expect(addressAreaView({ address_2: "Gubeng, Airlangga" })).toEqual({ address_2: "Airlangga", district: "Gubeng" })
    expect(addressAreaView({ address_2: "Tegalsari" })).toEqual({ address_2: null, district: "Tegalsari" })
    expect(addressAreaView({ address_2: "Kec. Tegalsari, Kedungdoro" })).toEqual({
      address_2: "Kedungdoro",
      district: "Tegalsari",
    })
    expect(addressAreaView({ address_2: "kecamatan Tegalsari" })).toEqual({ address_2: null, district: "Tegalsari" })
  })

  it("shows a legacy address exactly as stored", () => {
    expect(addressAreaView({ address_2: null, metadata: { district: "Gubeng" } })).toEqual({
      address_2: null,
      district: "Gubeng",
    })
    expect(addressAreaView({ address_2: "Blok C no. 4", metadata: { district: "Gubeng" } })).toEqual({
      address_2: "Blok C no. 4",
      district: "Gubeng",
    })
  })

  it("does not repeat a kecamatan written both ways", () => {
    expect(addressAreaView({ address_2: "Gubeng, Airlangga", metadata: { district: "gubeng" } })).toEqual({
      address_2: "Airlangga",
      district: "Gubeng",
    })
  })

  it("has nothing to show for no address", () => {
    expect(addressAreaView(undefined)).toEqual({ address_2: null, district: null })
  })
})

describe("addressWriteProblems", () => {
  it("lets a missing kecamatan, city or province through (checkout asks for them)", () => {
    expect(addressWriteProblems({ province: "Jawa Timur", city: "Kota Surabaya" })).toEqual([])
    expect(addressWriteProblems({ province: "Jawa Timur" })).toEqual([])
    expect(addressWriteProblems({})).toEqual([])
  })

  it("names what does not exist or does not fit", () => {
    expect(addressWriteProblems({ province: "Jawa Timur", city: "Kota Surabaya", address_2: "Sleman" })).toEqual([
      'Kecamatan "Sleman" tidak ada di Kota Surabaya, Jawa Timur.',
    ])
    expect(addressWriteProblems({ province: "Jawa Timur", city: "Sleman" })).toEqual([
      'Kabupaten/kota "Sleman" tidak ada di Jawa Timur.',
    ])
    expect(addressWriteProblems({ province: "Atlantis" })).toEqual([
      'Provinsi "Atlantis" tidak dikenal; pilih provinsi dari daftar.',
    ])
  })
})
