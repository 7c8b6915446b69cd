import type { Translate } from "@/i18n"

export function Footer({ t }: { t: Translate }) {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t("footer.about")}</p>
        <p>{t("footer.mission")}</p>
        <p className="site-footer__copy">{t("footer.copyright", { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  )
}
