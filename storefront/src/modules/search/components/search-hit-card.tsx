import type { Translate } from "@/i18n"
import { hasHighlight } from "@/lib/util/highlight"
import { toImageSource } from "@/lib/util/images"
import { productHref } from "@/lib/util/routes"
import type { SearchHit } from "@karya-binaan/contracts"
import { ProductCardView } from "@/modules/products/components/product-card"
import { HighlightedText } from "./highlighted-text"

/**
 * A search hit as a product card: the title with the matched words marked and, when the match is in
 * the description, that piece of it.
 */
export function SearchHitCard({
  hit,
  t,
  eager = false,
  highPriority = false,
}: {
  hit: SearchHit
  t: Translate
  eager?: boolean
  highPriority?: boolean
}) {
  const snippet = hasHighlight(hit.highlight.description) ? hit.highlight.description : null
  return (
    <ProductCardView
      testId="search-hit"
      href={productHref(hit.handle)}
      title={hit.title}
      titleContent={<HighlightedText text={hit.highlight.title} />}
      image={hit.thumbnail ? toImageSource(hit.thumbnail) : null}
      price={hit.min_price !== null ? { min: hit.min_price, max: hit.min_price } : null}
      inStock={hit.in_stock}
      lapasName={hit.lapas.name || null}
      extra={
        snippet && (
          <p className="search-hit__snippet">
            <span className="visually-hidden">{t("searchPage.matchedDescription")}: </span>
            <HighlightedText text={snippet} />
          </p>
        )
      }
      headingLevel={2}
      eager={eager}
      highPriority={highPriority}
      t={t}
    />
  )
}
