import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import { LocaleProvider } from "@/i18n/client"
import { clientMessages } from "@/i18n/client-messages"
import { getLocale, getTranslator } from "@/i18n/server"
import { getStorefrontUrl } from "@/lib/config"
import { OG_LOCALE, OG_IMAGE_SIZE } from "@/lib/util/metadata"
import { Footer } from "@/modules/layout/components/footer"
import { Header } from "@/modules/layout/components/header"
import "./globals.css"

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslator(), getLocale()])
  const image = { url: "/opengraph-image", alt: t("meta.siteName"), ...OG_IMAGE_SIZE }
  return {
    // Relative canonical and share URLs resolve against the public storefront URL.
    metadataBase: new URL(`${getStorefrontUrl()}/`),
    title: { default: t("meta.siteName"), template: `%s · ${t("meta.siteName")}` },
    description: t("meta.siteDescription"),
    applicationName: t("meta.siteName"),
    openGraph: {
      siteName: t("meta.siteName"),
      locale: OG_LOCALE[locale],
      type: "website",
      images: [image],
    },
    twitter: { card: "summary_large_image", images: [image] },
    formatDetection: { telephone: false },
  }
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#7c2d12",
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale()
  const t = await getTranslator()
  return (
    <html lang={locale}>
      <body>
        <LocaleProvider locale={locale} messages={clientMessages(locale)}>
          <a className="skip-link" href="#main">
            {t("nav.skipToContent")}
          </a>
          <Header t={t} locale={locale} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <Footer t={t} />
        </LocaleProvider>
      </body>
    </html>
  )
}
