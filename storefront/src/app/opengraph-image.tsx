import { t } from "@/i18n"
import { OG_IMAGE_SIZE } from "@/lib/util/metadata"
import { ogCard } from "@/modules/common/og/og-card"

// Share cards are in Bahasa Indonesia: crawlers send no locale cookie.
export const alt = t("meta.siteName")
export const size = OG_IMAGE_SIZE
export const contentType = "image/png"

export default function OpenGraphImage() {
  return ogCard({
    eyebrow: t("meta.siteName"),
    title: t("home.hero.title"),
    subtitle: t("og.siteSubtitle"),
    footer: t("og.footer"),
  })
}
