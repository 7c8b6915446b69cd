import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import { LocaleProvider } from "@/i18n/client"
import { getLocale, getTranslator } from "@/i18n/server"
import { Footer } from "@/modules/layout/components/footer"
import { Header } from "@/modules/layout/components/header"
import "./globals.css"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator()
  return {
    title: { default: t("meta.siteName"), template: `%s · ${t("meta.siteName")}` },
    description: t("meta.siteDescription"),
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
        <LocaleProvider locale={locale}>
          <a className="skip-link" href="#main">
            {t("nav.skipToContent")}
          </a>
          <Header t={t} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <Footer t={t} />
        </LocaleProvider>
      </body>
    </html>
  )
}
