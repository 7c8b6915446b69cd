import { describe, expect, it } from "vitest"
import type { CourierOptionData } from "@karya-binaan/contracts"
import { courierOptionDataProblems, destinationOf, parcelOf, quoteByRateTable } from "./rate-table"

const papua = { province_code: "91", regency_code: "91.71" }
const surabaya = { province_code: "35", regency_code: "35.78" }

const table = (courier: string, service: CourierOptionData["service"]): CourierOptionData => ({
  courier,
  service,
  rates: [
    { zone: "91", per_kg: 52_000, etd_min_days: 6, etd_max_days: 10 },
    { zone: "35", per_kg: 9_000, etd_min_days: 1, etd_max_days: 2 },
    { zone: "35.78", per_kg: 7_000, etd_min_days: 1, etd_max_days: 1 },
  ],
})

describe("parcelOf", () => {
  it("charges the larger of actual and volumetric weight, per line, rounded up to whole kg", () => {
    // A packed sofa: 42 kg, 120×80×60 cm = 96 kg volumetric.
    const sofa = { quantity: 1, product: { weight: 42_000, length: 120, width: 80, height: 60 } }
    expect(parcelOf([sofa])).toEqual({ actual_grams: 42_000, volumetric_grams: 96_000, chargeable_kg: 96 })
    // Two jars of 280 g: 560 g, charged as 1 kg.
    expect(parcelOf([{ quantity: 2, product: { weight: 280 } }]).chargeable_kg).toBe(1)
    // A heavy small item is charged by weight.
    expect(parcelOf([{ quantity: 3, variant: { weight: 2_500, length: 10, width: 10, height: 10 } }]).chargeable_kg).toBe(8)
  })

  it("prefers the variant's weight and size to the product's and assumes 1 kg when none is known", () => {
    expect(parcelOf([{ quantity: 1, variant: { weight: 5_000 }, product: { weight: 300 } }]).actual_grams).toBe(5_000)
    expect(parcelOf([{ quantity: "2", variant: null, product: null }]).actual_grams).toBe(2_000)
  })
})

describe("quoteByRateTable", () => {
  const sofa = parcelOf([{ quantity: 1, product: { weight: 42_000, length: 120, width: 80, height: 60 } }])

  it("prices cargo by the destination province's rate per chargeable kg", () => {
    expect(quoteByRateTable(table("jne", "cargo"), sofa, papua)).toEqual({
      quote: { amount: 52_000 * 96, chargeable_kg: 96, etd_min_days: 6, etd_max_days: 10 },
    })
  })

  it("uses a kabupaten/kota row before its province's", () => {
    const jar = parcelOf([{ quantity: 1, product: { weight: 280 } }])
    expect(quoteByRateTable(table("jne", "regular"), jar, surabaya).quote?.amount).toBe(7_000)
    expect(quoteByRateTable(table("jne", "regular"), jar, { province_code: "35", regency_code: "35.22" }).quote?.amount).toBe(9_000)
  })

  it("applies the cargo minimum and refuses parcels over a service's limit or to an unserved zone", () => {
    const jar = parcelOf([{ quantity: 1, product: { weight: 280 } }])
    expect(quoteByRateTable(table("jne", "cargo"), jar, papua).quote).toMatchObject({ chargeable_kg: 10, amount: 520_000 })
    expect(quoteByRateTable(table("jne", "regular"), sofa, papua).problem).toBe("JNE REG menerima paket sampai 30 kg; paket ini 96 kg.")
    expect(quoteByRateTable(table("jne", "regular"), jar, { province_code: "11", regency_code: "11.01" }).problem).toBe(
      "JNE REG tidak melayani pengiriman ke Kabupaten Aceh Selatan."
    )
  })
})

describe("destinationOf", () => {
  it("resolves the address's province and kabupaten/kota", () => {
    expect(destinationOf({ province: "Papua", city: "Kota Jayapura", address_2: "Abepura" }).destination).toMatchObject({
      province_code: "91",
      regency_code: "91.71",
    })
    expect(destinationOf({ province: "Papua", city: "Kota Atlantis" }).destination).toEqual({ province_code: "91" })
    expect(destinationOf({ city: "Kota Jayapura" }).problem).toMatch(/provinsi/)
    expect(destinationOf(null).problem).toMatch(/alamat/)
  })
})

describe("courierOptionDataProblems", () => {
  it("accepts a complete table and names every problem of a broken one", () => {
    expect(courierOptionDataProblems(table("jne", "cargo"))).toEqual([])
    expect(
      courierOptionDataProblems({
        courier: "jnt",
        service: "cargo",
        rates: [
          { zone: "99", per_kg: 1_000, etd_min_days: 1, etd_max_days: 2 },
          { zone: "35", per_kg: 1.5, etd_min_days: 3, etd_max_days: 2 },
          { zone: "35", per_kg: 1_000, etd_min_days: 1, etd_max_days: 2 },
        ],
      })
    ).toEqual([
      'J&T Express tidak punya layanan "cargo".',
      'Tujuan "99" bukan kode provinsi atau kabupaten/kota.',
      "Tarif per kg ke Jawa Timur harus rupiah bulat lebih dari 0.",
      "Estimasi ke Jawa Timur harus hari bulat, paling cepat tidak lebih dari paling lambat.",
      "Tujuan Jawa Timur tercantum lebih dari sekali.",
    ])
  })
})
