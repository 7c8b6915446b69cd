import { formatRupiah } from "@karya-binaan/format"
import { t } from "@/i18n"
import { getProductByHandle } from "@/lib/data"
import { OG_IMAGE_SIZE } from "@/lib/util/metadata"
import { getLapasInfo, getPriceRange } from "@/lib/util/product"
import { decodeSegment } from "@/lib/util/routes"
import { ogCard } from "@/modules/common/og/og-card"

export const alt = t("meta.siteName")
export const size = OG_IMAGE_SIZE
export const contentType = "image/png"
export const dynamic = "force-dynamic"

/** Share card of a product: its name, where it is made and its price (Bahasa Indonesia). */
export default async function ProductOpenGraphImage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params
  const product = await getProductByHandle(decodeSegment(handle)).catch(() => null)
  if (!product) {
    return ogCard({ eyebrow: t("meta.siteName"), title: t("home.hero.title"), footer: t("og.footer") })
  }
  const lapas = getLapasInfo(product)
  const price = getPriceRange(product)
  return ogCard({
    eyebrow: t("meta.siteName"),
    title: product.title ?? "",
    subtitle: lapas ? `${t("product.madeIn")} ${[lapas.name, lapas.city].filter(Boolean).join(", ")}` : undefined,
    highlight: price
      ? price.min !== price.max
        ? `${t("product.priceFrom")} ${formatRupiah(price.min)}`
        : formatRupiah(price.min)
      : undefined,
    footer: t("og.footer"),
  })
}
