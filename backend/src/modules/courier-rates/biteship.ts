import { createHash } from "node:crypto"
import { courierByCode, type CourierOptionData } from "@karya-binaan/contracts"
import { DEFAULT_ITEM_GRAMS, type Parcel, type ParcelLine, type QuoteResult } from "./rate-table"

/**
 * Biteship (https://biteship.com) as the rate source when BITESHIP_API_KEY is set: one
 * `POST /v1/rates/couriers` per courier option, answered with the price and estimate of the
 * option's service. Biteship has no official Node client on npm (the `biteship` package is an
 * empty 0.0.0 placeholder), so this speaks HTTP with `fetch`.
 *
 * Documented request and response: https://biteship.com/en/docs/api/rates/retrieve; error bodies
 * `{ success: false, error }`: https://biteship.com/id/docs/errors. The contract test
 * (biteship.spec.ts) replays the request/response pairs in ./__recordings__.
 */
export interface BiteshipOptions {
  apiKey: string
  /** Defaults to https://api.biteship.com; the contract tests point it at a local recorder. */
  baseUrl?: string
  /** How long to wait for Biteship before giving up (no retry), in milliseconds. Default 8000. */
  timeoutMs?: number
  /** How long an answer is reused for the same request (other services of the same courier). Default 60000; 0 turns it off. */
  cacheTtlMs?: number
}

export const BITESHIP_BASE_URL = "https://api.biteship.com"
export const BITESHIP_RATES_PATH = "/v1/rates/couriers"
const DEFAULT_TIMEOUT_MS = 8_000
const DEFAULT_CACHE_TTL_MS = 60_000

/** A cart line as Medusa hands it to calculatePrice: the parcel fields plus name and price. */
export type BiteshipLine = ParcelLine & {
  title?: string | null
  product_title?: string | null
  unit_price?: number | string | { toString(): string } | null
}

export interface BiteshipQuoteRequest {
  option: CourierOptionData
  origin_postal_code: string
  destination_postal_code: string
  lines: BiteshipLine[]
  parcel: Parcel
}

/** One item of the Rates API request (weight in grams, dimensions in cm, value in rupiah per item). */
export interface BiteshipItem {
  name: string
  value: number
  weight: number
  quantity: number
  length?: number
  width?: number
  height?: number
}

export interface BiteshipRatesBody {
  origin_postal_code: number
  destination_postal_code: number
  couriers: string
  items: BiteshipItem[]
}

/** The fields of a `pricing[]` row this provider reads. */
export interface BiteshipPricing {
  courier_code: string
  courier_service_code: string
  price: number
  shipment_duration_range?: string | null
  shipment_duration_unit?: string | null
  duration?: string | null
}

const positive = (value: unknown) => {
  const n = Number(value?.toString?.() ?? value)
  return Number.isFinite(n) && n > 0 ? n : null
}

const POSTAL_CODE = /^\d{5}$/

/** The Rates API items of a lapas's lines: actual weight and dimensions, Biteship applies the volumetric rule. */
export function biteshipItemsOf(lines: BiteshipLine[]): BiteshipItem[] {
  const items: BiteshipItem[] = []
  for (const line of lines) {
    const quantity = Math.max(0, Math.trunc(Number(line.quantity?.toString() ?? 0)))
    if (!quantity) continue
    const grams = positive(line.variant?.weight) ?? positive(line.product?.weight) ?? DEFAULT_ITEM_GRAMS
    const [length, width, height] = (["length", "width", "height"] as const).map(
      (key) => positive(line.variant?.[key]) ?? positive(line.product?.[key])
    )
    const item: BiteshipItem = {
      name: (line.product_title || line.title || "Produk").trim(),
      value: Math.round(positive(line.unit_price) ?? 0),
      weight: Math.round(grams),
      quantity,
    }
    if (length && width && height) Object.assign(item, { length, width, height })
    items.push(item)
  }
  return items
}

/**
 * The delivery estimate of a pricing row in whole days: "2 - 4" days → 2–4, "1" day → 1–1, a
 * duration in hours (same-day services) → 1–1. Null when the row carries no readable estimate.
 */
export function etdDaysOf(pricing: Pick<BiteshipPricing, "shipment_duration_range" | "shipment_duration_unit" | "duration">) {
  const parse = (text: string | null | undefined) => {
    const numbers = String(text ?? "").match(/\d+/g)?.map(Number) ?? []
    if (!numbers.length || numbers.length > 2) return null
    const [min, max = min] = numbers
    return min <= max ? { min, max } : null
  }
  let range = parse(pricing.shipment_duration_range)
  let unit = String(pricing.shipment_duration_unit ?? "").trim().toLowerCase()
  if (!range) {
    // Older answers only carry `duration` ("1 - 2 days", "1 - 3 Hours").
    range = parse(pricing.duration)
    unit = unit || (/hour|jam/i.test(String(pricing.duration)) ? "hours" : "days")
  }
  if (!range) return null
  if (unit.startsWith("hour")) return { etd_min_days: 1, etd_max_days: 1 }
  if (unit === "" || unit.startsWith("day")) return { etd_min_days: range.min, etd_max_days: range.max }
  return null
}

type RatesAnswer =
  | { ok: true; pricing: BiteshipPricing[] }
  | { ok: false; problem: string }

const cache = new Map<string, { expires: number; answer: Promise<RatesAnswer> }>()

/** Forgets remembered answers (the tests start each case clean). */
export function clearBiteshipCache() {
  cache.clear()
}

async function postRates(options: BiteshipOptions, body: BiteshipRatesBody): Promise<RatesAnswer> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const url = `${(options.baseUrl || BITESHIP_BASE_URL).replace(/\/+$/, "")}${BITESHIP_RATES_PATH}`
  let response: Response
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { authorization: options.apiKey, "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (error) {
    const name = (error as Error)?.name
    return {
      ok: false,
      problem:
        name === "TimeoutError" || name === "AbortError"
          ? `Biteship tidak menjawab dalam ${String(Math.round(timeoutMs / 100) / 10).replace(".", ",")} detik`
          : "Biteship tidak dapat dihubungi",
    }
  }
  let json: any
  try {
    json = await response.json()
  } catch {
    json = undefined
  }
  if (response.status === 401 || response.status === 403) {
    return { ok: false, problem: `Biteship menolak kunci API (HTTP ${response.status}); periksa BITESHIP_API_KEY` }
  }
  if (!response.ok || !json || json.success === false) {
    const said = typeof json?.error === "string" ? `: ${json.error}` : ""
    return {
      ok: false,
      problem:
        response.status >= 500
          ? `Biteship sedang bermasalah (HTTP ${response.status})`
          : `Biteship menolak permintaan (HTTP ${response.status}${said})`,
    }
  }
  if (!Array.isArray(json.pricing)) return { ok: false, problem: "jawaban Biteship tidak terbaca" }
  return { ok: true, pricing: json.pricing as BiteshipPricing[] }
}

/** One request per distinct body within the TTL; failures are not remembered (and not retried). */
function ratesOf(options: BiteshipOptions, body: BiteshipRatesBody): Promise<RatesAnswer> {
  const ttl = options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS
  if (ttl <= 0) return postRates(options, body)
  const key = createHash("sha256")
    .update(options.baseUrl || BITESHIP_BASE_URL)
    .update("\0")
    .update(options.apiKey)
    .update("\0")
    .update(JSON.stringify(body))
    .digest("hex")
  const now = Date.now()
  const hit = cache.get(key)
  if (hit && hit.expires > now) return hit.answer
  for (const [k, v] of cache) if (v.expires <= now) cache.delete(k)
  const answer = postRates(options, body).then((result) => {
    if (!result.ok) cache.delete(key)
    return result
  })
  cache.set(key, { expires: now + ttl, answer })
  return answer
}

/**
 * Prices one courier option by Biteship: the lapas's lines from its postal code to the buyer's,
 * the pricing row of the option's service (COURIERS[courier].services[service].aggregator_code),
 * whole rupiah, the estimate in days. Never throws; what goes wrong is the result's `problem`.
 */
export async function quoteByBiteship(options: BiteshipOptions, request: BiteshipQuoteRequest): Promise<QuoteResult> {
  const { option, parcel } = request
  const courier = courierByCode(option.courier)
  const service = courier?.services[option.service]
  const label = courier ? `${courier.name} ${service?.code ?? option.service}` : option.courier
  if (!courier || !service) {
    return { problem: `Layanan kurir ${label} tidak dikenal.` }
  }
  if (service.max_kg && parcel.chargeable_kg > service.max_kg) {
    return { problem: `${label} menerima paket sampai ${service.max_kg} kg; paket ini ${parcel.chargeable_kg} kg.` }
  }
  const origin = String(request.origin_postal_code ?? "").trim()
  const destination = String(request.destination_postal_code ?? "").trim()
  if (!POSTAL_CODE.test(origin)) {
    return { problem: `Ongkos kirim ${label} belum bisa dihitung: alamat lapas belum punya kode pos.` }
  }
  if (!POSTAL_CODE.test(destination)) {
    return { problem: "Isi kode pos alamat pengiriman (5 angka) untuk menghitung ongkos kirim." }
  }
  const items = biteshipItemsOf(request.lines)
  if (!items.length) {
    return { problem: `Ongkos kirim ${label} belum bisa dihitung: paketnya kosong.` }
  }

  const answer = await ratesOf(options, {
    origin_postal_code: Number(origin),
    destination_postal_code: Number(destination),
    couriers: courier.code,
    items,
  })
  if (!answer.ok) {
    return { problem: `Ongkos kirim ${label} belum bisa dihitung: ${answer.problem}.` }
  }
  const wanted = service.aggregator_code.toLowerCase()
  const row = answer.pricing.find(
    (p) =>
      String(p?.courier_code ?? "").toLowerCase() === courier.code &&
      String(p?.courier_service_code ?? "").toLowerCase() === wanted
  )
  if (!row) {
    return { problem: `${label} tidak melayani pengiriman dari kode pos ${origin} ke kode pos ${destination}.` }
  }
  const amount = Math.round(Number(row.price))
  const etd = etdDaysOf(row)
  if (!Number.isSafeInteger(amount) || amount <= 0 || !etd) {
    return { problem: `Ongkos kirim ${label} belum bisa dihitung: jawaban Biteship tidak terbaca.` }
  }
  return {
    quote: {
      amount,
      // The Rates API answers no weight; couriers bill the volumetric rule parcelOf applies, at
      // least the service's minimum (JNE JTR: 10 kg).
      chargeable_kg: Math.max(parcel.chargeable_kg, service.min_kg ?? 1),
      ...etd,
    },
  }
}
