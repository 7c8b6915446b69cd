import type { MetadataRoute } from "next"
import { getStorefrontUrl } from "@/lib/config"

// STOREFRONT_URL is read when the file is requested, not frozen at build time.
export const dynamic = "force-dynamic"

/** Pages about a buyer's own cart, checkout, account and orders are not for search engines. */
const PRIVATE_PATHS = ["/keranjang", "/checkout", "/akun", "/pesanan"]

export default function robots(): MetadataRoute.Robots {
  const base = getStorefrontUrl()
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: PRIVATE_PATHS }],
    sitemap: `${base}/sitemap.xml`,
  }
}
