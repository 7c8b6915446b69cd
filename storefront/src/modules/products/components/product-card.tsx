import Link from "next/link"
import type { ReactNode } from "react"
import { t as defaultT, type Translate } from "@/i18n"
import { toImageSource, type ImageSource } from "@/lib/util/images"
import {
  getImageUrls,
  getLapasInfo,
  getPriceRange,
  isProductInStock,
  type PriceRange,
  type ProductWithLapas,
} from "@/lib/util/product"
import { productHref } from "@/lib/util/routes"
import { ProductPrice } from "./product-price"
import { ServerImage } from "@/modules/common/components/server-image"

type CardOptions = {
  t?: Translate
  /** Heading level of the title, so the page outline stays correct (h2 on listings, h3 under a section). */
  headingLevel?: 2 | 3
  /** Load the photo eagerly (first cards above the fold). */
  eager?: boolean
  /** The likely Largest Contentful Paint of the page (the first card of a listing): fetched first. */
  highPriority?: boolean
}

type Props = CardOptions & { product: ProductWithLapas }

export function ProductCard({ product, ...options }: Props) {
  const [firstImage] = getImageUrls(product)
  return (
    <ProductCardView
      {...options}
      href={productHref(product.handle ?? product.id)}
      title={product.title ?? ""}
      image={firstImage ? toImageSource(firstImage) : null}
      price={getPriceRange(product)}
      inStock={isProductInStock(product)}
      lapasName={getLapasInfo(product)?.name ?? null}
    />
  )
}

export type ProductCardViewProps = CardOptions & {
  href: string
  /** plain title: the photo's alt text, and the heading unless `titleContent` is given */
  title: string
  /** what the heading shows instead of the plain title (e.g. the title with search matches marked) */
  titleContent?: ReactNode
  image: ImageSource | null
  /** lowest and highest price, whole rupiah; "Mulai" is shown when they differ */
  price: PriceRange | null
  inStock: boolean
  lapasName: string | null
  /** more text under the title (e.g. a matching piece of the description) */
  extra?: ReactNode
  testId?: string
}

/** A product card from plain values: photo, title, price, lapas. Used for catalogue products and search hits. */
export function ProductCardView({
  href,
  title,
  titleContent,
  image,
  price,
  inStock,
  lapasName,
  extra,
  testId = "product-card",
  t = defaultT,
  headingLevel = 3,
  eager = false,
  highPriority = false,
}: ProductCardViewProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <article className="product-card" data-testid={testId}>
      {/* Every page renders per request: a prefetch on sight would fetch only the shared layout and cost
          a server render per visible card, so links fetch on click (the same on the site's other links). */}
      <Link prefetch={false} href={href} className="product-card__link">
        <div className="product-card__media">
          {image ? (
            <ServerImage
              src={image.src}
              unoptimized={image.unoptimized}
              alt={t("product.imageAlt", { title })}
              fill
              sizes="(min-width: 1024px) 280px, (min-width: 640px) 33vw, 50vw"
              loading={eager || highPriority ? "eager" : "lazy"}
              fetchPriority={highPriority ? "high" : undefined}
            />
          ) : (
            <span className="product-card__placeholder">{t("product.noImage")}</span>
          )}
          {!inStock && <span className="product-card__badge">{t("product.outOfStock")}</span>}
        </div>
        <Heading className="product-card__title">{titleContent ?? title}</Heading>
      </Link>
      {extra}
      <p className="product-card__price">
        {price ? (
          <>
            {price.min !== price.max && <span className="product-card__from">{t("product.priceFrom")} </span>}
            <ProductPrice amount={price.min} testId="product-card-price" />
          </>
        ) : (
          <span className="muted">{t("product.priceUnavailable")}</span>
        )}
      </p>
      {lapasName && <p className="product-card__lapas">{lapasName}</p>}
    </article>
  )
}
