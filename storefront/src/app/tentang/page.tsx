import type { Metadata } from "next"
import Link from "next/link"
import { getLocale, getTranslator } from "@/i18n/server"
import { getNationalImpact } from "@/lib/data/impact"
import { pageMetadata } from "@/lib/util/metadata"
import { ImpactSummary } from "@/modules/impact/components/impact-summary"
import "./about.css"

export const dynamic = "force-dynamic"

/** The default split of a sale's profit (Ditjenpas): capital 50 %, premi 35 %, PNBP 15 %. Text only: amounts come from the backend. */
const SHARES = [
  { key: "capital", percent: 50 },
  { key: "premi", percent: 35 },
  { key: "pnbp", percent: 15 },
] as const

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslator(), getLocale()])
  return pageMetadata({
    title: t("about.title"),
    description: t("about.description"),
    path: "/tentang",
    locale,
    siteName: t("meta.siteName"),
  })
}

export default async function AboutPage() {
  const [t, locale, impact] = await Promise.all([getTranslator(), getLocale(), getNationalImpact()])
  return (
    <div className="container section prose-page">
      <h1 className="page-title">{t("about.title")}</h1>
      <p className="page-intro">{t("about.intro")}</p>

      <section aria-labelledby="about-split" className="about-section">
        <h2 id="about-split" className="section__title">
          {t("about.split.title")}
        </h2>
        <p>{t("about.split.body")}</p>
        <div className="split-bar" role="img" aria-label={t("about.split.barLabel")} data-testid="share-split">
          {SHARES.map((share) => (
            <span
              key={share.key}
              className={`split-bar__part split-bar__part--${share.key}`}
              style={{ flexGrow: share.percent }}
            >
              {share.percent}%
            </span>
          ))}
        </div>
        <ul className="split-legend" role="list">
          {SHARES.map((share) => (
            <li key={share.key} className="split-legend__item">
              <span className={`split-legend__swatch split-bar__part--${share.key}`} aria-hidden="true" />
              <span>
                <strong>
                  {share.percent}% {t(`about.split.${share.key}.name`)}
                </strong>{" "}
                {t(`about.split.${share.key}.body`)}
              </span>
            </li>
          ))}
        </ul>
        <p className="muted">{t("about.split.policy")}</p>
        <p>{t("about.split.example")}</p>
      </section>

      <section aria-labelledby="about-premi" className="about-section">
        <h2 id="about-premi" className="section__title">
          {t("about.premi.title")}
        </h2>
        <ol className="steps">
          <li>{t("about.premi.step1")}</li>
          <li>{t("about.premi.step2")}</li>
          <li>{t("about.premi.step3")}</li>
          <li>{t("about.premi.step4")}</li>
        </ol>
      </section>

      <section aria-labelledby="about-pnbp" className="about-section">
        <h2 id="about-pnbp" className="section__title">
          {t("about.pnbp.title")}
        </h2>
        <p>{t("about.pnbp.body")}</p>
      </section>

      <section aria-labelledby="about-privacy" className="about-section">
        <h2 id="about-privacy" className="section__title">
          {t("about.privacy.title")}
        </h2>
        <p>{t("about.privacy.body")}</p>
      </section>

      <section aria-labelledby="about-impact" className="about-section">
        <h2 id="about-impact" className="section__title">
          {t("impact.national.title")}
        </h2>
        {impact ? (
          <ImpactSummary impact={impact} t={t} locale={locale} full />
        ) : (
          <p className="muted">{t("impact.national.unavailable")}</p>
        )}
      </section>

      <div className="message-panel__actions about-actions">
        <Link prefetch={false} href="/produk" className="button button--primary">
          {t("home.hero.cta")}
        </Link>
        <Link prefetch={false} href="/lapas" className="button button--ghost">
          {t("home.hero.ctaLapas")}
        </Link>
      </div>
    </div>
  )
}
