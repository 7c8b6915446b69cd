import type { MetadataRoute } from "next"
import { categoryHref, collectionHref, lapasHref, productHref } from "./routes"
import { absoluteUrl } from "./seo"

export type SitemapInput = {
  baseUrl: string
  categories: { handle?: string | null }[]
  collections: { handle?: string | null }[]
  lapas: { handle?: string | null }[]
  products: { handle?: string | null; updated_at?: string | null }[]
}

/** Pages every storefront has, whatever the catalogue holds. */
export const STATIC_PATHS = ["/", "/produk", "/lapas", "/tentang"] as const

/**
 * sitemap.xml entries: the home page, listings and about page, every category and collection, every lapas brand
 * page and every product page, as absolute URLs on `baseUrl`, each once. Pure, so it can be tested.
 */
export function buildSitemap({ baseUrl, categories, collections, lapas, products }: SitemapInput): MetadataRoute.Sitemap {
  const entries: MetadataRoute.Sitemap = []
  const seen = new Set<string>()
  const add = (path: string, extra: Omit<MetadataRoute.Sitemap[number], "url"> = {}) => {
    const url = absoluteUrl(path, baseUrl)
    if (seen.has(url)) return
    seen.add(url)
    entries.push({ url, ...extra })
  }
  add("/", { changeFrequency: "daily", priority: 1 })
  add("/produk", { changeFrequency: "daily", priority: 0.9 })
  add("/lapas", { changeFrequency: "weekly", priority: 0.7 })
  add("/tentang", { changeFrequency: "monthly", priority: 0.5 })
  for (const category of categories) {
    if (category.handle) add(categoryHref(category.handle), { changeFrequency: "daily", priority: 0.8 })
  }
  for (const collection of collections) {
    if (collection.handle) add(collectionHref(collection.handle), { changeFrequency: "weekly", priority: 0.7 })
  }
  for (const l of lapas) {
    if (l.handle) add(lapasHref(l.handle), { changeFrequency: "weekly", priority: 0.7 })
  }
  for (const product of products) {
    if (!product.handle) continue
    const modified = product.updated_at ? new Date(product.updated_at) : null
    add(productHref(product.handle), {
      changeFrequency: "weekly",
      priority: 0.8,
      ...(modified && !Number.isNaN(modified.getTime()) ? { lastModified: modified.toISOString() } : {}),
    })
  }
  return entries
}
