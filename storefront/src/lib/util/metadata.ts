import type { Metadata } from "next"
import type { Locale } from "@/i18n"

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const

/** Open Graph locale per storefront locale. */
export const OG_LOCALE: Record<Locale, string> = { id: "id_ID", en: "en_GB" }

export type PageMetadataInput = {
  /** page title without the site name (the layout's template adds it) */
  title: string
  description: string
  /** path of the canonical URL, e.g. "/produk/jahe-instan" (resolved against metadataBase) */
  path: string
  locale: Locale
  siteName: string
  /** share image path, default the site-wide "/opengraph-image" */
  image?: { url: string; alt: string }
  type?: "website" | "article"
  /** keep the page out of search results (e.g. an empty filter page) */
  noIndex?: boolean
}

/**
 * Title, description, canonical URL, Open Graph and Twitter card of a page. Open Graph and
 * Twitter are given whole on every page, since Next.js replaces (not merges) them per segment.
 */
export function pageMetadata({
  title,
  description,
  path,
  locale,
  siteName,
  image,
  type = "website",
  noIndex = false,
}: PageMetadataInput): Metadata {
  const shareImage = image ?? { url: "/opengraph-image", alt: siteName }
  const images = [{ url: shareImage.url, alt: shareImage.alt, ...OG_IMAGE_SIZE }]
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      title,
      description,
      url: path,
      siteName,
      locale: OG_LOCALE[locale],
      alternateLocale: Object.values(OG_LOCALE).filter((l) => l !== OG_LOCALE[locale]),
      type,
      images,
    },
    twitter: { card: "summary_large_image", title, description, images },
    ...(noIndex ? { robots: { index: false, follow: true } } : {}),
  }
}

/** The first sentence-ish part of a text, at most `max` characters, for meta descriptions. */
export function summarize(text: string | null | undefined, max = 160): string {
  const clean = (text ?? "").replace(/\s+/g, " ").trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  const lastSpace = cut.lastIndexOf(" ")
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[,.;:]$/, "")}…`
}
