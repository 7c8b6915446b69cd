import {
  COURIER_SERVICES,
  courierByCode,
  type CourierOptionData,
  type CourierQuote,
  type CourierRate,
} from "@karya-binaan/contracts"
import { districtByCode, provinceByCode, regencyByCode, resolveAddress, type AddressInput } from "@karya-binaan/areas"

/**
 * Pricing by a lapas's rate table: chargeable weight × the rate of the destination zone. Pure, so
 * the provider, the checkout's estimates and the tests share it.
 */

/** Grams assumed for a line whose variant and product carry no weight (staff should fill it in). */
export const DEFAULT_ITEM_GRAMS = 1_000
/** Volumetric divisor used by Indonesian couriers: L×W×H in cm / 6000 = kg. */
export const VOLUMETRIC_DIVISOR = 6_000

export interface ParcelLine {
  quantity: number | string | { toString(): string }
  variant?: {
    weight?: number | string | null
    length?: number | string | null
    width?: number | string | null
    height?: number | string | null
  } | null
  product?: {
    weight?: number | string | null
    length?: number | string | null
    width?: number | string | null
    height?: number | string | null
  } | null
}

export interface Parcel {
  /** Sum of actual weights, grams. */
  actual_grams: number
  /** Sum of volumetric weights, grams (0 when no line has all three dimensions). */
  volumetric_grams: number
  /** max(actual, volumetric) of each line, summed and rounded up to whole kilograms (at least 1). */
  chargeable_kg: number
}

const positive = (value: unknown) => {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : null
}

/**
 * The parcel of a lapas's lines. Each line weighs the larger of its actual weight (variant, else
 * product, in grams) and its volumetric weight (L×W×H cm / 6000 kg), times its quantity.
 */
export function parcelOf(lines: ParcelLine[]): Parcel {
  let actual = 0
  let volumetric = 0
  let chargeable = 0
  for (const line of lines) {
    const quantity = Math.max(0, Math.trunc(Number(line.quantity?.toString() ?? 0)))
    if (!quantity) continue
    const grams = positive(line.variant?.weight) ?? positive(line.product?.weight) ?? DEFAULT_ITEM_GRAMS
    const dims = ["length", "width", "height"].map(
      (key) => positive((line.variant as any)?.[key]) ?? positive((line.product as any)?.[key])
    )
    const volume = dims.every((d) => d !== null) ? (dims as number[]).reduce((a, b) => a * b, 1) : 0
    const volumetricGrams = (volume / VOLUMETRIC_DIVISOR) * 1_000
    actual += grams * quantity
    volumetric += volumetricGrams * quantity
    chargeable += Math.max(grams, volumetricGrams) * quantity
  }
  return {
    actual_grams: Math.round(actual),
    volumetric_grams: Math.round(volumetric),
    chargeable_kg: Math.max(1, Math.ceil(chargeable / 1_000 - 1e-9)),
  }
}

export interface Destination {
  province_code: string
  /** Unknown while the address names no (or no valid) kabupaten/kota: the province's row prices it. */
  regency_code?: string
  district_code?: string
}

/**
 * The destination's codes, or the sentence that says what is missing. Only the province is
 * required to price: a kabupaten/kota the data does not know falls back to its province's rate
 * (checkout refuses such an address anyway, naming it).
 */
export function destinationOf(address: AddressInput | null | undefined): { destination?: Destination; problem?: string } {
  if (!address) return { problem: "Isi alamat pengiriman untuk menghitung ongkos kirim." }
  const resolved = resolveAddress(address)
  if (!resolved.province) {
    return { problem: "Pilih provinsi tujuan untuk menghitung ongkos kirim." }
  }
  return {
    destination: {
      province_code: resolved.province.code,
      regency_code: resolved.regency?.code,
      district_code: resolved.district?.code,
    },
  }
}

/** The rate of a destination: the kabupaten/kota's row if there is one, else the province's. */
export function rateFor(data: CourierOptionData, destination: Destination): CourierRate | undefined {
  return (
    (destination.regency_code ? data.rates.find((r) => r.zone === destination.regency_code) : undefined) ??
    data.rates.find((r) => r.zone === destination.province_code)
  )
}

export type QuoteResult = { quote: CourierQuote; problem?: undefined } | { quote?: undefined; problem: string }

/** Prices one courier option for a parcel to a destination, or says why it cannot be sent. */
export function quoteByRateTable(data: CourierOptionData, parcel: Parcel, destination: Destination): QuoteResult {
  const courier = courierByCode(data.courier)
  const service = courier?.services[data.service]
  const label = courier ? `${courier.name} ${service?.code ?? data.service}` : data.courier
  if (!courier || !service) {
    return { problem: `Layanan kurir ${label} tidak dikenal.` }
  }
  if (service.max_kg && parcel.chargeable_kg > service.max_kg) {
    return { problem: `${label} menerima paket sampai ${service.max_kg} kg; paket ini ${parcel.chargeable_kg} kg.` }
  }
  const rate = rateFor(data, destination)
  if (!rate) {
    const place =
      (destination.regency_code ? regencyByCode(destination.regency_code)?.name : undefined) ??
      provinceByCode(destination.province_code)?.name ??
      destination.province_code
    return { problem: `${label} tidak melayani pengiriman ke ${place}.` }
  }
  const kg = Math.max(parcel.chargeable_kg, service.min_kg ?? 1)
  return {
    quote: {
      amount: rate.per_kg * kg,
      chargeable_kg: kg,
      etd_min_days: rate.etd_min_days,
      etd_max_days: rate.etd_max_days,
    },
  }
}

const isWholeRupiah = (n: unknown) => Number.isSafeInteger(n) && (n as number) > 0
const isDays = (n: unknown) => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 60

/** Every problem of a courier option's data, as sentences staff can act on (empty when valid). */
export function courierOptionDataProblems(data: unknown): string[] {
  const problems: string[] = []
  const value = data as Partial<CourierOptionData> | null
  if (!value || typeof value !== "object") return ["Data opsi kurir kosong."]
  const courier = courierByCode(value.courier)
  if (!courier) {
    problems.push(`Kurir "${value.courier ?? ""}" tidak ada di daftar kurir.`)
  } else if (!COURIER_SERVICES.includes(value.service as any) || !courier.services[value.service!]) {
    problems.push(`${courier.name} tidak punya layanan "${value.service ?? ""}".`)
  }
  if (!Array.isArray(value.rates) || value.rates.length === 0) {
    problems.push("Tarif kosong: isi minimal satu tujuan (provinsi atau kabupaten/kota).")
    return problems
  }
  const seen = new Set<string>()
  for (const rate of value.rates) {
    const zone = String(rate?.zone ?? "")
    const zoneName = provinceByCode(zone)?.name ?? regencyByCode(zone)?.name ?? districtByCode(zone)?.name
    if (!provinceByCode(zone) && !regencyByCode(zone)) {
      problems.push(`Tujuan "${zone}" bukan kode provinsi atau kabupaten/kota.`)
      continue
    }
    if (seen.has(zone)) problems.push(`Tujuan ${zoneName} tercantum lebih dari sekali.`)
    seen.add(zone)
    if (!isWholeRupiah(rate.per_kg)) problems.push(`Tarif per kg ke ${zoneName} harus rupiah bulat lebih dari 0.`)
    if (!isDays(rate.etd_min_days) || !isDays(rate.etd_max_days) || rate.etd_min_days > rate.etd_max_days) {
      problems.push(`Estimasi ke ${zoneName} harus hari bulat, paling cepat tidak lebih dari paling lambat.`)
    }
  }
  return problems
}
