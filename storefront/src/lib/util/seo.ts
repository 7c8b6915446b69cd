import type { HttpTypes } from "@medusajs/types"
import { getStorefrontUrl } from "../config"
import { toImageSource } from "./images"
import { getImageUrls, getLapasInfo, getVariantPrice, isVariantInStock, type ProductWithLapas } from "./product"
import { lapasHref, productHref } from "./routes"

/** An absolute URL on this storefront for a path ("/produk/x" → "https://…/produk/x"). */
export function absoluteUrl(path: string, baseUrl: string = getStorefrontUrl()): string {
  return new URL(path, `${baseUrl.replace(/\/+$/, "")}/`).toString()
}

const IN_STOCK = "https://schema.org/InStock"
const OUT_OF_STOCK = "https://schema.org/OutOfStock"
const NEW_CONDITION = "https://schema.org/NewCondition"

type JsonLd = Record<string, unknown>

type Variant = HttpTypes.StoreProductVariant

function offerFor(variant: Variant, url: string, withName: boolean): JsonLd | null {
  const price = getVariantPrice(variant)
  if (price === null) return null
  const offer: JsonLd = {
    "@type": "Offer",
    price,
    priceCurrency: "IDR",
    availability: isVariantInStock(variant) ? IN_STOCK : OUT_OF_STOCK,
    itemCondition: NEW_CONDITION,
    url,
  }
  if (variant.sku) offer.sku = variant.sku
  if (withName && variant.title) offer.name = variant.title
  return offer
}

/**
 * schema.org Product for a product page: name, images, description, SKU, the lapas as brand and
 * manufacturer, and offers in whole rupiah (IDR) with availability. One variant gives an Offer,
 * several an AggregateOffer (lowest and highest price) listing each variant's Offer.
 */
export function buildProductJsonLd(
  product: ProductWithLapas,
  { baseUrl = getStorefrontUrl(), backendUrl }: { baseUrl?: string; backendUrl?: string } = {}
): JsonLd {
  const url = absoluteUrl(productHref(product.handle ?? product.id), baseUrl)
  const variants = product.variants ?? []
  const images = getImageUrls(product).map((image) => toImageSource(image, backendUrl).src)
  const lapas = getLapasInfo(product)
  const description = product.description?.trim() || product.subtitle?.trim() || product.title || ""
  const sku = variants.find((v) => v.sku)?.sku

  const data: JsonLd = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title ?? "",
    url,
    description,
  }
  if (images.length) data.image = images
  if (sku) data.sku = sku
  const category = product.categories?.[0]?.name
  if (category) data.category = category

  if (lapas?.name) {
    data.brand = { "@type": "Brand", name: lapas.name }
    const manufacturer: JsonLd = { "@type": "Organization", name: lapas.name }
    if (lapas.handle) manufacturer.url = absoluteUrl(lapasHref(lapas.handle), baseUrl)
    if (lapas.city || lapas.province) {
      manufacturer.address = {
        "@type": "PostalAddress",
        ...(lapas.city ? { addressLocality: lapas.city } : {}),
        ...(lapas.province ? { addressRegion: lapas.province } : {}),
        addressCountry: "ID",
      }
    }
    data.manufacturer = manufacturer
  }

  const offers = variants
    .map((variant) => offerFor(variant, url, variants.length > 1))
    .filter((offer): offer is JsonLd => offer !== null)
  if (offers.length === 1) {
    data.offers = offers[0]
  } else if (offers.length > 1) {
    const prices = offers.map((offer) => offer.price as number)
    data.offers = {
      "@type": "AggregateOffer",
      priceCurrency: "IDR",
      lowPrice: Math.min(...prices),
      highPrice: Math.max(...prices),
      offerCount: offers.length,
      availability: offers.some((offer) => offer.availability === IN_STOCK) ? IN_STOCK : OUT_OF_STOCK,
      offers,
    }
  }
  return data
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so the text cannot close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")
}
