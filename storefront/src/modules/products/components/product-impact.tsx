import { formatRupiah } from "@karya-binaan/format"
import Link from "next/link"
import type { Translate } from "@/i18n"
import type { ProductImpact as Impact } from "@karya-binaan/contracts"

/** A share in percent as buyers read it: "35", "33,33" (at most two decimals). */
const percentText = (value: number) => new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }).format(value)

/**
 * What buying one unit does for the makers and the state, as the backend gives it: the makers'
 * premi as "at least Rp X" (rounded down to a step of Rp 1.000, so the production cost cannot be
 * worked out from it), the policy's premi and PNBP shares of the profit in percent, and the rest
 * to the workshop's capital. No cost, profit, PNBP or capital amount is shown. When the sale makes
 * no profit the block says so plainly instead of showing zeros.
 */
export function ProductImpact({
  impact,
  variantTitle,
  t,
}: {
  impact: Impact
  /** title of the variant the figures are for, when the product has several */
  variantTitle?: string | null
  t: Translate
}) {
  const hasProfit = impact.has_premi
  const atLeast = Number(impact.premi_at_least)
  const capitalPercent = Math.max(0, 100 - impact.premi_percent - impact.pnbp_percent)
  return (
    <section
      className="impact-card"
      aria-labelledby="product-impact-heading"
      data-testid="product-impact"
      data-premi-at-least={impact.premi_at_least}
    >
      <h2 id="product-impact-heading" className="impact-card__title">
        {t("impact.product.title")}
      </h2>
      {hasProfit ? (
        <>
          <p className="impact-card__lead">
            {variantTitle
              ? t("impact.product.leadVariant", { price: formatRupiah(impact.price), variant: variantTitle })
              : t("impact.product.lead", { price: formatRupiah(impact.price) })}
          </p>
          <ul className="impact-list" role="list">
            <li className="impact-list__item impact-list__item--premi" data-testid="product-impact-premi">
              {atLeast > 0
                ? t("impact.product.premiAtLeast", { amount: formatRupiah(atLeast), percent: percentText(impact.premi_percent) })
                : t("impact.product.premiUnder", {
                    amount: formatRupiah(impact.premi_step),
                    percent: percentText(impact.premi_percent),
                  })}
            </li>
            <li className="impact-list__item impact-list__item--pnbp" data-testid="product-impact-pnbp">
              {t("impact.product.pnbpShare", { percent: percentText(impact.pnbp_percent) })}
            </li>
            <li className="impact-list__item impact-list__item--capital" data-testid="product-impact-capital">
              {t("impact.product.capitalShare", { percent: percentText(capitalPercent) })}
            </li>
          </ul>
          <p className="impact-card__note">{t("impact.product.note", { step: formatRupiah(impact.premi_step) })}</p>
        </>
      ) : (
        <p className="impact-card__lead">{t("impact.product.noProfit")}</p>
      )}
      <p className="impact-card__more">
        <Link prefetch={false} href="/tentang">{t("impact.product.learnMore")}</Link>
      </p>
    </section>
  )
}
