import type { MetadataRoute } from "next"
import { getStorefrontUrl } from "@/lib/config"
import { listCategories } from "@/lib/data"
import { listCollections } from "@/lib/data/collections"
import { listLapas } from "@/lib/data/lapas"
import { listProductHandles } from "@/lib/data/products"
import { buildSitemap } from "@/lib/util/sitemap"

// Built per request from the live catalogue (the backend may be down at build time).
export const dynamic = "force-dynamic"

/** Home, listings, categories, collections, lapas pages and every product page; what the backend cannot give is left out. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const warn = (what: string) => (error: unknown) => {
    console.warn(`[storefront] sitemap without ${what}:`, error instanceof Error ? error.message : error)
    return []
  }
  const [categories, collections, lapas, products] = await Promise.all([
    listCategories().catch(warn("categories")),
    listCollections().catch(warn("collections")),
    listLapas().catch(warn("lapas")),
    listProductHandles().catch(warn("products")),
  ])
  return buildSitemap({ baseUrl: getStorefrontUrl(), categories, collections, lapas, products })
}
