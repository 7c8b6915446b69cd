import { SERVICE_PRODUCT_TYPE, type ProductLapas } from "@karya-binaan/contracts"
import { toRupiahBigInt } from "@karya-binaan/shares"
import type { HttpTypes } from "@medusajs/types"

type Variant = Pick<
  HttpTypes.StoreProductVariant,
  "manage_inventory" | "allow_backorder" | "inventory_quantity" | "calculated_price"
>

/** Price of a variant in whole rupiah (IDR has no minor unit here), or null without a region price. */
export function getVariantPrice(variant: Pick<Variant, "calculated_price">): number | null {
  const amount = variant.calculated_price?.calculated_amount
  if (typeof amount !== "number") return null
  try {
    return Number(toRupiahBigInt(amount, { round: true }))
  } catch {
    return null
  }
}

export type PriceRange = { min: number; max: number }

export function getPriceRange(product: Pick<HttpTypes.StoreProduct, "variants">): PriceRange | null {
  const prices = (product.variants ?? [])
    .map(getVariantPrice)
    .filter((p): p is number => p !== null)
  if (prices.length === 0) return null
  return { min: Math.min(...prices), max: Math.max(...prices) }
}

/** A variant can be bought when stock is not tracked, backorders are allowed, or stock is left. */
export function isVariantInStock(variant: Variant): boolean {
  if (variant.manage_inventory === false) return true
  if (variant.allow_backorder) return true
  return typeof variant.inventory_quantity === "number" && variant.inventory_quantity > 0
}

/** A service (jasa) sold as a voucher: its product type is "jasa" (needs `*type` among the fields). */
export function isServiceProduct(product: { type?: { value?: string | null } | null }): boolean {
  return product.type?.value === SERVICE_PRODUCT_TYPE
}

export function isProductInStock(product: Pick<HttpTypes.StoreProduct, "variants">): boolean {
  return (product.variants ?? []).some(isVariantInStock)
}

function metadataText(metadata: Record<string, unknown> | null | undefined, key: string): string | null {
  const value = metadata?.[key]
  if (typeof value === "string") return value.trim() || null
  if (typeof value === "number" && Number.isFinite(value)) return String(value)
  return null
}

export type ProductWithLapas = HttpTypes.StoreProduct & { lapas?: ProductLapas | null }

export type LapasInfo = {
  handle: string | null
  name: string | null
  city: string | null
  province: string | null
  lapasClass: string | null
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null
}

/** Where the product is made, from its linked lapas; null when the product has none. */
export function getLapasInfo(product: Pick<ProductWithLapas, "lapas">): LapasInfo | null {
  const lapas = product.lapas
  if (!lapas) return null
  const info = {
    handle: text(lapas.handle),
    name: text(lapas.name),
    city: text(lapas.city),
    province: text(lapas.province),
    lapasClass: text(lapas.lapas_class),
  }
  return info.name || info.city ? info : null
}

export const LICENCE_KEYS = ["pirt", "bpom_md", "halal"] as const
export type LicenceKey = (typeof LICENCE_KEYS)[number]
/** `number` is null when the metadata only says the licence exists (e.g. halal: true). */
export type Licence = { key: LicenceKey; number: string | null }

/** Food licences present in metadata (pirt, bpom_md, halal), in that order. */
export function getLicences(product: Pick<HttpTypes.StoreProduct, "metadata">): Licence[] {
  const licences: Licence[] = []
  for (const key of LICENCE_KEYS) {
    const raw = product.metadata?.[key]
    if (raw === true) {
      licences.push({ key, number: null })
      continue
    }
    const number = metadataText(product.metadata, key)
    if (number && !["false", "0", "no", "tidak"].includes(number.toLowerCase())) {
      licences.push({ key, number })
    }
  }
  return licences
}

/** Photo URLs in display order (by rank), falling back to the thumbnail; duplicates removed. */
export function getImageUrls(
  product: Pick<HttpTypes.StoreProduct, "images" | "thumbnail">
): string[] {
  const urls = [...(product.images ?? [])]
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((image) => image.url)
    .filter((url): url is string => Boolean(url))
  if (urls.length === 0 && product.thumbnail) urls.push(product.thumbnail)
  return [...new Set(urls)]
}
