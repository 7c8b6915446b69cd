import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import { LocaleProvider } from "@/i18n/client"
import { commonMessages } from "@/i18n/common"
import { getLocale, getT } from "@/i18n/server"
import "./globals.css"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(commonMessages)
  return {
    title: { default: t("app.name"), template: `%s · ${t("app.name")}` },
    applicationName: t("app.name"),
    // Members' screens are private: keep them out of search engines.
    robots: { index: false, follow: false },
    formatDetection: { telephone: false },
  }
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0f4c45",
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale()
  const t = await getT(commonMessages)
  return (
    <html lang={locale}>
      <body>
        <LocaleProvider locale={locale}>
          <a className="skip-link" href="#main">
            {t("app.skipToContent")}
          </a>
          {children}
        </LocaleProvider>
      </body>
    </html>
  )
}
