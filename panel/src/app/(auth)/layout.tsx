import type { ReactNode } from "react"
import { LanguageSwitch } from "@/components/shell/language-switch"
import { commonMessages } from "@/i18n/common"
import { getLocale } from "@/i18n/server"
import { translator } from "@/i18n/define"

/** Login, password and invitation pages: one card in the middle, no navigation. */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale()
  const t = translator(commonMessages, locale)
  return (
    <main id="main" className="centered-page" tabIndex={-1}>
      <div className="auth">
        <div className="auth__top">
          <div className="sidebar__brand auth__brand">
            <span className="brand-mark" aria-hidden="true">KB</span>
            <span>
              <span className="sidebar__name">{t("app.name")}</span>
              <span className="sidebar__tagline">{t("app.tagline")}</span>
            </span>
          </div>
          <LanguageSwitch locale={locale} />
        </div>
        <div className="card">{children}</div>
      </div>
    </main>
  )
}
