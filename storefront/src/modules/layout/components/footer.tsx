import Link from "next/link"
import type { Translate } from "@/i18n"
import { MainLinkItems } from "./main-links"

export function Footer({ t }: { t: Translate }) {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t("footer.about")}</p>
        <p>{t("footer.mission")}</p>
        <nav aria-label={t("footer.navLabel")}>
          <ul className="site-footer__links" role="list">
            <MainLinkItems t={t} />
            <li>
              <Link prefetch={false} href="/lacak-pesanan">{t("footer.trackOrder")}</Link>
            </li>
          </ul>
        </nav>
        <p className="site-footer__copy">{t("footer.copyright", { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  )
}
