import { formatRupiah } from "@karya-binaan/format"
import Link from "next/link"
import type { Translate } from "@/i18n"
import type { ProductImpact as Impact } from "@karya-binaan/contracts"

/**
 * What buying one unit does, as the backend computed it from the price, the production cost and
 * the share policy of the product's lapas. Nothing is computed here. When the sale makes no
 * profit (premi 0) the block says so plainly instead of showing zeros.
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
  const hasProfit = Number(impact.premi) > 0
  return (
    <section
      className="impact-card"
      aria-labelledby="product-impact-heading"
      data-testid="product-impact"
      data-premi={impact.premi}
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
              <strong>{formatRupiah(impact.premi)}</strong> {t("impact.product.premi")}
            </li>
            <li className="impact-list__item impact-list__item--pnbp" data-testid="product-impact-pnbp">
              <strong>{formatRupiah(impact.pnbp)}</strong> {t("impact.product.pnbp")}
            </li>
            <li className="impact-list__item impact-list__item--capital" data-testid="product-impact-capital">
              <strong>{formatRupiah(impact.capital)}</strong> {t("impact.product.capital")}
            </li>
          </ul>
          <p className="impact-card__note">{t("impact.product.note")}</p>
        </>
      ) : (
        <p className="impact-card__lead">{t("impact.product.noProfit")}</p>
      )}
      <p className="impact-card__more">
        <Link href="/tentang">{t("impact.product.learnMore")}</Link>
      </p>
    </section>
  )
}
