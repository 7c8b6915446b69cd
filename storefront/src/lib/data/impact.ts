import "server-only"
import type {
  NationalImpact,
  NationalImpactResponse,
  ProductImpact,
  ProductImpactResponse,
  ProductMaker,
  ProductMakersResponse,
  Rupiah,
} from "@karya-binaan/contracts"
import { rupiahToJson, toRupiahBigInt } from "@karya-binaan/shares"
import { cache } from "react"
import { getSdk } from "./sdk"

/** Whole rupiah from the answer, or null when it is missing or not a whole-rupiah amount. */
function wholeRupiah(value: unknown): bigint | null {
  try {
    return toRupiahBigInt(value)
  } catch {
    return null
  }
}

/** A share shown to buyers: never below zero (a loss books nothing on premi or PNBP). */
const shown = (amount: bigint): Rupiah => rupiahToJson(amount < 0n ? 0n : amount)

const percent = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 100 ? value : null

/**
 * Shape check of the impact answer (the premi band and the shares in percent; no cost figures);
 * null when a figure is missing or not a number. Only the fields of ProductImpact are kept. Pure.
 */
export function toProductImpact(raw: unknown): ProductImpact | null {
  if (!raw || typeof raw !== "object") return null
  const r = raw as Record<string, unknown>
  const price = wholeRupiah(r.price)
  const atLeast = wholeRupiah(r.premi_at_least)
  const step = wholeRupiah(r.premi_step)
  const premiPercent = percent(r.premi_percent)
  const pnbpPercent = percent(r.pnbp_percent)
  if (
    typeof r.variant_id !== "string" ||
    typeof r.has_premi !== "boolean" ||
    atLeast === null ||
    step === null ||
    step <= 0n ||
    premiPercent === null ||
    pnbpPercent === null
  ) {
    return null
  }
  return {
    variant_id: r.variant_id,
    price: rupiahToJson(price ?? 0n),
    currency_code: typeof r.currency_code === "string" ? r.currency_code : "idr",
    has_premi: r.has_premi,
    premi_at_least: shown(atLeast),
    premi_step: rupiahToJson(step),
    premi_percent: premiPercent,
    pnbp_percent: pnbpPercent,
  }
}

/**
 * The impacts of every variant in the backend's answer (`variants`; an older answer's single
 * `impact` when there is no list), each shape-checked as toProductImpact does, one per variant.
 * Pure.
 */
export function toProductImpacts(raw: unknown): ProductImpact[] {
  if (!raw || typeof raw !== "object") return []
  const r = raw as Partial<Record<keyof ProductImpactResponse, unknown>>
  const list = Array.isArray(r.variants) ? r.variants : [r.impact]
  const seen = new Set<string>()
  return list
    .map(toProductImpact)
    .filter((impact): impact is ProductImpact => {
      if (!impact || seen.has(impact.variant_id)) return false
      seen.add(impact.variant_id)
      return true
    })
}

/** Shape check of the national figures; null when any is missing. Pure. */
export function toNationalImpact(raw: unknown): NationalImpact | null {
  if (!raw || typeof raw !== "object") return null
  const r = raw as Record<string, unknown>
  const [premi, pnbp, capital, orders, lapas, products] = (
    ["premi", "pnbp", "capital", "orders", "lapas", "products"] as const
  ).map((key) => wholeRupiah(r[key]))
  if (premi === null || pnbp === null || capital === null || orders === null || lapas === null || products === null) {
    return null
  }
  const count = (value: bigint) => Number(value < 0n ? 0n : value)
  return {
    premi: shown(premi),
    pnbp: shown(pnbp),
    capital: shown(capital),
    orders: count(orders),
    lapas: count(lapas),
    products: count(products),
  }
}

const trimmed = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : null

/** Makers with a name or a story to show, and nothing else the API might add. Pure. */
export function toMakers(raw: unknown): ProductMaker[] {
  if (!Array.isArray(raw)) return []
  return raw
    .map((m) => (m && typeof m === "object" ? (m as Record<string, unknown>) : {}))
    .map((m) => ({ display_name: trimmed(m.display_name), story: trimmed(m.story) }))
    .filter((m) => m.display_name !== null || m.story !== null)
}

/**
 * The impact of buying one unit of each variant, computed by the backend in one request. Empty when
 * the backend cannot say (endpoint missing, product unknown, no price): the page then leaves the
 * block out.
 */
export const getProductImpacts = cache(
  async (productId: string, regionId?: string | null): Promise<ProductImpact[]> => {
    try {
      const answer = await getSdk().client.fetch<Partial<ProductImpactResponse>>(
        `/store/products/${encodeURIComponent(productId)}/impact`,
        { query: regionId ? { region_id: regionId } : {} }
      )
      return toProductImpacts(answer)
    } catch (error) {
      console.warn(`[storefront] impact of ${productId} unavailable:`, error instanceof Error ? error.message : error)
      return []
    }
  }
)

/** Consented maker stories of a product; empty when there are none or the backend cannot say. */
export const getProductMakers = cache(async (productId: string): Promise<ProductMaker[]> => {
  try {
    const { makers } = await getSdk().client.fetch<Partial<ProductMakersResponse>>(
      `/store/products/${encodeURIComponent(productId)}/makers`
    )
    return toMakers(makers)
  } catch (error) {
    console.warn(`[storefront] makers of ${productId} unavailable:`, error instanceof Error ? error.message : error)
    return []
  }
})

/** National impact so far; null when unavailable (the home and about pages then hide the figures). */
export const getNationalImpact = cache(async (): Promise<NationalImpact | null> => {
  try {
    const { impact } = await getSdk().client.fetch<Partial<NationalImpactResponse>>("/store/impact")
    return toNationalImpact(impact)
  } catch (error) {
    console.warn("[storefront] national impact unavailable:", error instanceof Error ? error.message : error)
    return null
  }
})
