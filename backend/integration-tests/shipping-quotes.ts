import { courierByCode, type CourierOptionData } from "@karya-binaan/contracts"
import { PRODUCTS } from "../src/scripts/demo-data/catalogue"

/**
 * What the tests expect a courier to cost, worked out here from the demo catalogue's weights and
 * the option's own rate table (its `data`), not by the provider's code: per line the larger of
 * the actual weight and L×W×H/6000 kg, summed, rounded up to whole kilograms (at least 1, at
 * least the service's minimum), times the rate per kg of the destination province.
 */

export interface QuoteLine {
  handle: string
  quantity: number
  /** Overrides the catalogue's weight (a test that made the product heavier). */
  weight_grams?: number
}

export function chargeableKg(lines: QuoteLine[]) {
  let grams = 0
  for (const line of lines) {
    const product = PRODUCTS.find((p) => p.handle === line.handle)
    if (!product) throw new Error(`No demo product ${line.handle}`)
    const actual = line.weight_grams ?? product.weight_grams
    const [l, w, h] = product.dimensions_cm ?? [0, 0, 0]
    const volumetric = ((l * w * h) / 6000) * 1000
    grams += Math.max(actual, volumetric) * line.quantity
  }
  return Math.max(1, Math.ceil(grams / 1000))
}

/** The rate table's row for a province ("35" Jawa Timur, "91" Papua). */
export function rateRow(data: CourierOptionData, provinceCode: string) {
  const row = data.rates.find((r) => r.zone === provinceCode)
  if (!row) throw new Error(`${data.courier} ${data.service} has no rate to province ${provinceCode}`)
  return row
}

export function expectedCourierAmount(data: CourierOptionData, lines: QuoteLine[], provinceCode: string) {
  const minKg = courierByCode(data.courier)?.services[data.service]?.min_kg ?? 1
  return rateRow(data, provinceCode).per_kg * Math.max(chargeableKg(lines), minKg)
}

/** Addresses as a standard Medusa client sends them: `address_2` is the kecamatan. */
export const SURABAYA_ADDRESS = {
  first_name: "Sari",
  last_name: "Wulandari",
  address_1: "Jl. Darmo 12",
  address_2: "Tegalsari",
  city: "Kota Surabaya",
  province: "Jawa Timur",
  postal_code: "60264",
  country_code: "id",
  phone: "+6281234567890",
}
export const SURABAYA_PROVINCE = "35"

export const JAYAPURA_ADDRESS = {
  first_name: "Yohanes",
  last_name: "Wenda",
  address_1: "Jl. Percetakan 10",
  address_2: "Jayapura Utara",
  city: "Kota Jayapura",
  province: "Papua",
  postal_code: "99111",
  country_code: "id",
  phone: "+6281298765432",
}
export const PAPUA_PROVINCE = "91"
