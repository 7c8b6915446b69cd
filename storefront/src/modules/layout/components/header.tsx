import Link from "next/link"
import type { Locale, Translate } from "@/i18n"
import { CartLink } from "@/modules/layout/components/cart-link"
import { SearchBox } from "@/modules/search/components/search-box"
import { LanguageSwitch } from "./language-switch"
import { MainLinkItems } from "./main-links"

/**
 * Logo, language switch and cart on the first row, the product search under them (beside them on a
 * wide screen), then the main sections (phone first).
 */
export function Header({ t, locale }: { t: Translate; locale: Locale }) {
  return (
    <header className="site-header">
      <div className="container site-header__top">
        <Link prefetch={false} href="/" className="logo">
          <span className="logo__mark" aria-hidden="true">
            KB
          </span>
          <span className="logo__text">{t("meta.siteName")}</span>
        </Link>
        <div className="site-header__actions">
          <LanguageSwitch t={t} locale={locale} />
          <CartLink />
        </div>
        <div className="site-header__search">
          <SearchBox />
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
