import { formatDate, formatRupiah } from "@karya-binaan/format"
import { intlLocale, type Locale, type Translate } from "@/i18n"
import type { NationalImpact } from "@karya-binaan/contracts"

/**
 * The national figures booked so far: premi for inmates, PNBP to the state and orders (with
 * capital, lapas and products on the about page). Money as "Rp 125.000", the date in WIB.
 */
export function ImpactSummary({
  impact,
  t,
  locale,
  full = false,
  now = new Date(),
}: {
  impact: NationalImpact
  t: Translate
  locale: Locale
  full?: boolean
  now?: Date
}) {
  const count = (value: number) => new Intl.NumberFormat(intlLocale[locale]).format(value)
  // Before the first paid sale there is nothing to add up: say so rather than show "Rp 0".
  const noSalesYet = impact.orders === 0 && impact.premi === 0 && impact.pnbp === 0
  const figures: { key: string; value: string; label: string }[] = noSalesYet
    ? [
        { key: "lapas", value: count(impact.lapas), label: t("impact.national.lapas") },
        { key: "products", value: count(impact.products), label: t("impact.national.products") },
      ]
    : [
        { key: "premi", value: formatRupiah(impact.premi), label: t("impact.national.premi") },
        { key: "pnbp", value: formatRupiah(impact.pnbp), label: t("impact.national.pnbp") },
        { key: "orders", value: count(impact.orders), label: t("impact.national.orders") },
      ]
  if (full && !noSalesYet) {
    figures.push(
      { key: "capital", value: formatRupiah(impact.capital), label: t("impact.national.capital") },
      { key: "lapas", value: count(impact.lapas), label: t("impact.national.lapas") },
      { key: "products", value: count(impact.products), label: t("impact.national.products") }
    )
  }
  return (
    <div className="impact-summary" data-testid="impact-summary">
      {noSalesYet && <p className="impact-summary__empty">{t("impact.national.noSalesYet")}</p>}
      <dl className="impact-figures">
        {figures.map((figure) => (
          <div key={figure.key} className="impact-figure" data-figure={figure.key}>
            <dt className="impact-figure__label">{figure.label}</dt>
            <dd className="impact-figure__value">{figure.value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted impact-summary__asof">
        {t("impact.national.asOf", { date: formatDate(now, "Asia/Jakarta", locale) })}
      </p>
    </div>
  )
}
