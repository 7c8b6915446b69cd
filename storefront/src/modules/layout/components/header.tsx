import Link from "next/link"
import type { Translate } from "@/i18n"

export function Header({ t }: { t: Translate }) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="logo" aria-label={t("nav.logoLabel")}>
          <span className="logo__mark" aria-hidden="true">
            KB
          </span>
          <span className="logo__text">{t("meta.siteName")}</span>
        </Link>
        <nav aria-label={t("nav.mainLabel")}>
          <ul className="site-nav" role="list">
            <li>
              <Link href="/">{t("nav.home")}</Link>
            </li>
            <li>
              <Link href="/produk">{t("nav.products")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
