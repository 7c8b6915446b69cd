import Link from "next/link"
import type { Translate } from "@/i18n"
import { CartLink } from "@/modules/layout/components/cart-link"
import { LanguageSwitch } from "./language-switch"
import { MainLinkItems } from "./main-links"

/** Logo, language switch and cart on the first row; the main sections on the second (phone first). */
export function Header({ t }: { t: Translate }) {
  return (
    <header className="site-header">
      <div className="container site-header__top">
        <Link href="/" className="logo">
          <span className="logo__mark" aria-hidden="true">
            KB
          </span>
          <span className="logo__text">{t("meta.siteName")}</span>
        </Link>
        <div className="site-header__actions">
          {/* Every page renders per request (the locale cookie), so reading the URL here never suspends. */}
          <LanguageSwitch />
          <CartLink />
        </div>
      </div>
      <nav className="container site-nav" aria-label={t("nav.mainLabel")}>
        <ul className="site-nav__list" role="list">
          <MainLinkItems t={t} />
        </ul>
      </nav>
    </header>
  )
}
